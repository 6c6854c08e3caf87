/// Builds a short excerpt of an entry around the words a query matched, with each matched
/// word between `[[` and `]]`.
struct SnippetBuilder {
    let highlight: HighlightSet
    /// Words shown in an excerpt.
    var windowWords = 28
    /// Kept by the engine between queries, so words are stemmed once per process.
    var analyzer: TermAnalyzer

    init(highlight: HighlightSet, analyzer: TermAnalyzer = TermAnalyzer()) {
        self.highlight = highlight
        self.analyzer = analyzer
    }

    private struct Candidate {
        var text: String
        /// Byte range of each word in `text`.
        var tokens: [Range<Int>]
        /// The analyzer's number of the matched term of each word, or -1.
        var matched: [Int32]
        var start = 0
        var score = 0
    }

    /// Whether each term (by the analyzer's number) is highlighted, decided once per query.
    private var decided: [Int32: Bool] = [:]

    /// An excerpt of the first text (summary) or the second (body), whichever shows more of
    /// the query; the summary's beginning when nothing matches.
    mutating func snippet(summary: String, body: String) -> String {
        var best: Candidate?
        for text in [summary, MarkdownText.plain(body)] where !text.isEmpty {
            var candidate = analyze(text)
            choose(&candidate)
            if best == nil || candidate.score > best!.score { best = candidate }
        }
        guard let best else { return "" }
        return render(best)
    }

    private mutating func analyze(_ text: String) -> Candidate {
        var tokens: [Range<Int>] = []
        var matched: [Int32] = []
        WordTokenizer.forEachWord(in: text) { bytes, range in
            tokens.append(range)
            let analysis = analyzer.analysis(ofBytes: bytes)
            guard let term = analysis.term else {
                matched.append(-1)
                return
            }
            let id = analysis.termID
            let isMatch: Bool
            if let known = decided[id] {
                isMatch = known
            } else {
                isMatch = highlight.matches(term: term, foldedWord: analysis.folded)
                // Words sharing a term may differ in folded spelling: only exact terms are
                // decided once for all (prefixes look at the spelling).
                if highlight.prefixes.isEmpty { decided[id] = isMatch }
            }
            matched.append(isMatch ? id : -1)
        }
        return Candidate(text: text, tokens: tokens, matched: matched)
    }

    /// The window with the most distinct matched terms (then the most matches), earliest first.
    private func choose(_ candidate: inout Candidate) {
        let count = candidate.tokens.count
        guard count > 0 else { return }
        var bestStart = 0
        var bestScore = -1
        let starts = candidate.matched.indices.filter { candidate.matched[$0] >= 0 }
        for start in starts.isEmpty ? [0] : starts {
            let from = max(0, start - 3)
            let to = min(count, from + windowWords)
            var distinct: Set<Int32> = []
            var hits = 0
            for index in from..<to where candidate.matched[index] >= 0 {
                distinct.insert(candidate.matched[index])
                hits += 1
            }
            let score = distinct.count * 100 + hits
            if score > bestScore {
                bestScore = score
                bestStart = from
            }
        }
        candidate.start = bestStart
        candidate.score = max(0, bestScore)
    }

    private func render(_ candidate: Candidate) -> String {
        let tokens = candidate.tokens
        guard !tokens.isEmpty else { return String(candidate.text.prefix(200)) }
        let bytes = Array(candidate.text.utf8)
        func text(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }
        let end = min(tokens.count, candidate.start + windowWords)
        var result = candidate.start > 0 ? "… " : ""
        var cursor = tokens[candidate.start].lowerBound
        for index in candidate.start..<end {
            let token = tokens[index]
            result += text(cursor..<token.lowerBound)
            if candidate.matched[index] >= 0 {
                result += SearchHit.highlightStart + text(token) + SearchHit.highlightEnd
            } else {
                result += text(token)
            }
            cursor = token.upperBound
        }
        if end < tokens.count {
            result += " …"
        } else {
            result += text(cursor..<bytes.count)
        }
        return MarkdownText.collapseSpaces(result)
    }
}
