import CatalogCore
import Foundation

/// "Did you mean": replaces typed words that match nothing by the nearest word of the index's
/// own vocabulary (edit distance 1 for short words, 2 otherwise, a swap of two neighbouring
/// letters counting as one, on folded spellings; the most
/// frequent wins), written with its accents as the catalogue writes it.
struct Suggester {
    let vocabulary: DatabaseVocabulary
    /// Number of documents holding a term (the posting lists: FTS5's vocabulary table counts
    /// by walking every doclist, ≈ 1 ms a term at 100k entries).
    let documentCount: (String) throws -> Int

    func suggestion(for text: String, words: [(word: String, terms: [String])]) throws -> String? {
        var replacements: [String: String] = [:]
        for (word, terms) in words where replacements[word] == nil {
            let count = try terms.reduce(0) { $0 + (try documentCount($1)) }
            guard count == 0, let better = try nearest(to: word) else { continue }
            replacements[word] = better
        }
        guard !replacements.isEmpty else { return nil }
        // Rewrite the text word by word, keeping operators, quotes and other words as typed.
        var output = ""
        var changed = false
        var current = ""
        func flush() {
            guard !current.isEmpty else { return }
            let lowered = current.lowercased()
            let core = lowered.trimmingCharacters(in: CharacterSet.alphanumerics.inverted)
            if let replacement = replacements[core] {
                output += lowered.replacingOccurrences(of: core, with: replacement)
                changed = true
            } else {
                output += current
            }
            current = ""
        }
        for c in text {
            if c.isWhitespace || c == "\"" {
                flush()
                output.append(c)
            } else {
                current.append(c)
            }
        }
        flush()
        return changed ? output : nil
    }

    func nearest(to word: String) throws -> String? {
        let folded = TermAnalyzer.fold(word)
        let length = folded.unicodeScalars.count
        guard length >= 3, let first = folded.unicodeScalars.first else { return nil }
        let maxDistance = length <= 4 ? 1 : 2
        var best: (word: String, spelling: String, distance: Int, count: Int)?
        var counts: [String: Int] = [:]
        for (candidate, term, spelling) in try vocabulary.words(
            startingWith: String(first), lengthBetween: length - maxDistance, and: length + maxDistance)
        where candidate != folded {
            let distance = EditDistance.withTranspositions(folded, candidate)
            guard distance <= maxDistance else { continue }
            if let best, distance > best.distance { continue }
            let count: Int
            if let known = counts[term] {
                count = known
            } else {
                count = try documentCount(term)
                counts[term] = count
            }
            guard count > 0 else { continue }
            if let current = best, distance == current.distance,
                count < current.count || (count == current.count && candidate >= current.word)
            {
                continue
            }
            best = (candidate, spelling, distance, count)
        }
        return best?.spelling
    }
}
