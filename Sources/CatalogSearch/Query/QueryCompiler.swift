import Foundation

/// Where the compiler finds the index's own vocabulary (folded words written in the
/// catalogue and their terms).
protocol TermVocabulary {
    /// Terms of the words that fold to `word` (accent variants: `eleves` → `elev`) or whose
    /// blind term is `blind` (other inflections of those words).
    func terms(forFoldedWord word: String, blind: String) throws -> [String]
    /// Terms of the words starting with `prefix`, at most `limit`.
    func terms(withPrefix prefix: String, limit: Int) throws -> [String]
}

/// Terms to highlight in snippets: exact terms and word prefixes.
struct HighlightSet: Sendable, Hashable {
    var terms: Set<String> = []
    var prefixes: Set<String> = []

    func matches(term: String, foldedWord: String) -> Bool {
        terms.contains(term) || prefixes.contains { foldedWord.hasPrefix($0) }
    }
}

/// A query ready for the engine: the plan it evaluates, and the same query as one FTS5 MATCH
/// expression (what `PostingsTests` checks the plan against).
struct CompiledQuery: Sendable {
    /// The FTS5 MATCH expression of the positive clauses (and exclusions); nil when there is no
    /// positive clause (browse).
    var match: String?
    var highlight: HighlightSet
    /// Plain words typed by the user (not synonyms), with their variant terms.
    var words: [(word: String, terms: [String])]
    /// The same query as phrases for the posting lists.
    var plan = QueryPlan()
}

/// Turns a parsed query into a `QueryPlan` and an FTS5 MATCH expression. Every term is quoted,
/// so words such as `or`, `not` or `near` are never read as operators.
struct QueryCompiler {
    let vocabulary: any TermVocabulary
    var analyzer = TermAnalyzer()
    /// Longest OR-list of phrases produced for accent variants of a phrase.
    static let maxPhraseVariants = 8
    static let maxPrefixTerms = 64

    init(vocabulary: any TermVocabulary) {
        self.vocabulary = vocabulary
    }

    mutating func compile(_ query: ParsedQuery) throws -> CompiledQuery {
        var highlight = HighlightSet()
        var words: [(word: String, terms: [String])] = []
        var positives: [String] = []
        var negatives: [String] = []
        var plan = QueryPlan()
        for clause in query.clauses {
            var parts: [String] = []
            var phrases: [QueryPlan.Phrase] = []
            for alternative in clause.alternatives {
                guard let part = try expression(alternative) else { continue }
                parts.append(part.text)
                phrases += part.phrases
                if !clause.negated {
                    highlight.terms.formUnion(part.terms)
                    if let prefix = part.prefix { highlight.prefixes.insert(prefix) }
                }
                if !clause.expanded, !clause.negated, case .words(let typed) = alternative, typed.count == 1 {
                    words.append((typed[0], part.terms))
                }
            }
            guard !parts.isEmpty else { continue }
            let joined = parts.count == 1 ? parts[0] : "(" + parts.joined(separator: " OR ") + ")"
            if clause.negated {
                negatives.append(joined)
                plan.excluded += phrases
            } else {
                positives.append(joined)
                plan.clauses.append(phrases)
            }
        }
        let negative = negatives.isEmpty ? nil : negatives.joined(separator: " OR ")
        guard !positives.isEmpty else {
            return CompiledQuery(match: nil, highlight: highlight, words: words, plan: plan)
        }
        var match = positives.joined(separator: " AND ")
        if let negative { match = "(" + match + ") NOT (" + negative + ")" }
        return CompiledQuery(match: match, highlight: highlight, words: words, plan: plan)
    }

    /// Variant terms of one typed word: its own term and the terms of words that fold like it.
    mutating func variants(_ word: String) throws -> [String] {
        guard let term = analyzer.term(forWord: word) else { return [] }
        var result = [term]
        let folded = TermAnalyzer.fold(word)
        for other in try vocabulary.terms(forFoldedWord: folded, blind: TermAnalyzer.blindTerm(folded))
        where !result.contains(other) {
            result.append(other)
        }
        return result
    }

    static func quoted(_ term: String) -> String {
        "\"" + term.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    private static func anyOf(_ parts: [String]) -> String {
        parts.count == 1 ? parts[0] : "(" + parts.joined(separator: " OR ") + ")"
    }

    private mutating func expression(
        _ alternative: ParsedQuery.Alternative
    ) throws -> (text: String, terms: [String], prefix: String?, phrases: [QueryPlan.Phrase])? {
        switch alternative {
        case .words(let words) where words.count == 1:
            let terms = try variants(words[0])
            guard !terms.isEmpty else { return nil }
            return (Self.anyOf(terms.map(Self.quoted)), terms, nil, terms.map(QueryPlan.term))
        case .words(let words), .phrase(let words):
            var perWord: [[String]] = []
            for word in words {
                let terms = try variants(word)
                if !terms.isEmpty { perWord.append(terms) }
            }
            guard !perWord.isEmpty else { return nil }
            if perWord.count == 1 {
                return (Self.anyOf(perWord[0].map(Self.quoted)), perWord[0], nil, perWord[0].map(QueryPlan.term))
            }
            // Every combination of variants, while few; otherwise each word's own term.
            var phrases: [[String]] = [[]]
            for terms in perWord {
                let next = phrases.flatMap { phrase in terms.map { phrase + [$0] } }
                phrases = next.count <= Self.maxPhraseVariants ? next : phrases.map { $0 + [terms[0]] }
            }
            let quoted = phrases.map { Self.quoted($0.joined(separator: " ")) }
            return (Self.anyOf(quoted), perWord.flatMap { $0 }, nil, phrases.map(QueryPlan.sequence))
        case .prefix(let word):
            let folded = TermAnalyzer.fold(word)
            guard !folded.isEmpty else { return nil }
            var parts = [Self.quoted(folded) + " *"]
            var phrases = [QueryPlan.prefix(folded)]
            var terms: [String] = []
            for term in try vocabulary.terms(withPrefix: folded, limit: Self.maxPrefixTerms)
            where !term.hasPrefix(folded) && !terms.contains(term) {
                terms.append(term)
                parts.append(Self.quoted(term))
                phrases.append(QueryPlan.term(term))
            }
            return (Self.anyOf(parts), terms, folded, phrases)
        }
    }
}
