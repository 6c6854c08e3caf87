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
        var tokens: [WordTokenizer.Token]
        var matched: [String?]  // the matched term of each token, or nil
        var start = 0
        var score = 0
    }

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
        var tokens: [WordTokenizer.Token] = []
        var matched: [String?] = []
        WordTokenizer.forEachToken(in: text) { token in
            tokens.append(token)
            let analysis = analyzer.analysis(ofRaw: token.raw)
            if let term = analysis.term, highlight.matches(term: term, foldedWord: analysis.folded) {
                matched.append(term)
            } else {
                matched.append(nil)
            }
        }
        return Candidate(text: text, tokens: tokens, matched: matched)
    }

    /// The window with the most distinct matched terms (then the most matches), earliest first.
    private func choose(_ candidate: inout Candidate) {
        let count = candidate.tokens.count
        guard count > 0 else { return }
        var bestStart = 0
        var bestScore = -1
        let starts = candidate.matched.indices.filter { candidate.matched[$0] != nil }
        for start in starts.isEmpty ? [0] : starts {
            let from = max(0, start - 3)
            let to = min(count, from + windowWords)
            var distinct: Set<String> = []
            var hits = 0
            for index in from..<to {
                if let term = candidate.matched[index] {
                    distinct.insert(term)
                    hits += 1
                }
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
        var cursor = tokens[candidate.start].range.lowerBound
        for index in candidate.start..<end {
            let token = tokens[index]
            result += text(cursor..<token.range.lowerBound)
            if candidate.matched[index] != nil {
                result += SearchHit.highlightStart + token.raw + SearchHit.highlightEnd
            } else {
                result += token.raw
            }
            cursor = token.range.upperBound
        }
        if end < tokens.count {
            result += " …"
        } else {
            result += text(cursor..<bytes.count)
        }
        return MarkdownText.collapseSpaces(result)
    }
}
