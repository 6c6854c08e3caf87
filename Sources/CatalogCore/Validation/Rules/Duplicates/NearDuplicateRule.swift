/// Entries whose title and summary are nearly the same text (Jaccard similarity of word pairs).
///
/// Sub-quadratic: MinHash signatures + LSH banding give candidate pairs, then the exact Jaccard
/// similarity of the word 2-shingles decides. See `MinHash` for the candidate probabilities and
/// docs/README-validate.md for the measurements behind `threshold`.
public struct NearDuplicateRule: ValidationRule {
    /// Minimum Jaccard similarity of title + summary word pairs to report.
    public var threshold: Double
    public var minHash: MinHash

    public init(threshold: Double = 0.6, minHash: MinHash = MinHash(bands: 20, rows: 4)) {
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
        let sets = entries.parallelMap { Shingles.of($0.title + " " + $0.summary) }
        let keys = minHash.bandKeys(of: sets)
        let candidates = Array(minHash.candidatePairs(keys))
        let scored = candidates.parallelMap(chunk: 4096) { pair -> (Int, Int, Double) in
            let i = Int(pair >> 32)
            let j = Int(pair & 0xFFFF_FFFF)
            return (i, j, Shingles.jaccard(sets[i], sets[j]))
        }
        return scored.filter { $0.2 >= threshold }
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
                message: "Titre et résumé presque identiques à ceux de « \(other.file) » (« \(other.id) », \(percent) % de similarité)\(more) : fusionnez les deux fiches ou précisez ce qui les distingue.",
                location: entry.location(of: "title"), entryID: entry.id)
        }
    }
}
