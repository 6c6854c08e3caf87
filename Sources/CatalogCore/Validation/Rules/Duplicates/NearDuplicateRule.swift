/// Entries whose title and summary are nearly the same text (Jaccard similarity of word pairs).
///
/// Sub-quadratic: MinHash signatures + LSH banding give candidate pairs, then the exact Jaccard
/// similarity of the word 2-shingles decides. See `MinHash` for the candidate probabilities and
/// docs/README-validate.md for the measurements behind `threshold`.
public struct NearDuplicateRule: ValidationRule {
    /// Minimum Jaccard similarity of title + summary word pairs to report.
    public var threshold: Double
    public var minHash: MinHash

    public init(threshold: Double = 0.5, minHash: MinHash = MinHash(bands: 32, rows: 4)) {
        self.threshold = threshold
        self.minHash = minHash
    }

    public var descriptor: RuleDescriptor {
        RuleDescriptor(
            id: "duplicate.near", severity: .warning, title: "Pas de fiches quasi identiques",
            explanation: """
                Deux fiches dont le titre et le résumé sont presque le même texte (plus de \
                \(Int((threshold * 100).rounded())) % de paires de mots consécutifs en commun, sans tenir compte des \
                accents ni des majuscules) sont probablement un doublon : une copie oubliée, ou une variante qui \
                devrait être fusionnée avec l'original. Fusionnez-les, ou réécrivez le titre et le résumé pour dire \
                ce qui distingue chaque fiche (niveau, discipline, outil).
                """)
    }

    /// Pairs of entry indexes with their similarity, above the threshold.
    public func similarPairs(_ entries: [Entry]) -> [(Int, Int, Double)] {
        let sets = Self.distinctiveShingles(entries.parallelMap { Shingles.of($0.title + " " + $0.summary) })
        let keys = minHash.bandKeys(of: sets)
        let candidates = Array(minHash.candidatePairs(keys))
        let scored = candidates.parallelMap(chunk: 4096) { pair -> (Int, Int, Double) in
            let i = Int(pair >> 32)
            let j = Int(pair & 0xFFFF_FFFF)
            return (i, j, Shingles.jaccard(sets[i], sets[j]))
        }
        return scored.filter { $0.2 >= threshold }
    }

    /// Removes the word pairs found in more than 1 % of the entries (and at least 50): template
    /// phrases (« les élèves », « à partir de ») make unrelated entries look alike and would make
    /// the candidate count grow with the square of the catalogue. A copy shares its distinctive
    /// pairs too, so it stays similar. A text made only of common pairs keeps them all.
    public static func distinctiveShingles(_ sets: [[UInt64]]) -> [[UInt64]] {
        let common = commonShingles(sets)
        guard !common.isEmpty else { return sets }
        return sets.parallelMap { removing(common, from: $0) }
    }

    /// Word pairs in more than 1 % of the sets (and more than 50).
    public static func commonShingles(_ sets: [[UInt64]]) -> Set<UInt64> {
        let limit = max(50, sets.count / 100)
        guard sets.count > limit else { return [] }
        var frequency: [UInt64: Int32] = [:]
        frequency.reserveCapacity(sets.count * 16)
        for set in sets {
            for shingle in set { frequency[shingle, default: 0] += 1 }
        }
        return Set(frequency.lazy.filter { $0.value > limit }.map(\.key))
    }

    /// `set` without the common pairs, or `set` itself when nothing distinctive is left.
    public static func removing(_ common: Set<UInt64>, from set: [UInt64]) -> [UInt64] {
        let kept = set.filter { !common.contains($0) }
        return kept.isEmpty ? set : kept
    }

    public func check(_ context: ValidationContext) -> [Finding] {
        let entries = context.catalog.entries
        let targetFiles = Set(context.targets.map(\.file))
        var best: [Int: (other: Int, similarity: Double, count: Int)] = [:]
        for (i, j, similarity) in similarPairs(entries) where entries[i].id != entries[j].id {
            for (a, b) in [(i, j), (j, i)] where targetFiles.contains(entries[a].file) {
                let current = best[a]
                let count = (current?.count ?? 0) + 1
                if current == nil || similarity > current!.similarity
                    || (similarity == current!.similarity && entries[b].file < entries[current!.other].file)
                {
                    best[a] = (b, similarity, count)
                } else {
                    best[a] = (current!.other, current!.similarity, count)
                }
            }
        }
        return best.keys.sorted().map { index in
            let entry = entries[index]
            let match = best[index]!
            let other = entries[match.other]
            let percent = Int((match.similarity * 100).rounded())
            let more = match.count > 1 ? " (et \(match.count - 1) autre(s) fiche(s) proche(s))" : ""
            return Finding(
                rule: descriptor.id, severity: descriptor.severity,
                message:
                    "Titre et résumé presque identiques à ceux de « \(other.file) » (« \(other.id) », \(percent) % de similarité)\(more) : fusionnez les deux fiches ou précisez ce qui les distingue.",
                location: entry.location(of: "title"), entryID: entry.id)
        }
    }
}
