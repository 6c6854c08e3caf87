import CatalogCore

/// Expands acronyms and synonyms of `Vocabularies.synonyms`: a query word or run of words
/// equal to one form of a group becomes an OR of every form (multiword forms as phrases),
/// so `IA` also finds `intelligence artificielle` and the reverse.
struct SynonymExpander: Sendable {
    private struct Form: Sendable {
        var words: [String]
        var terms: [String]
    }

    private let groups: [[Form]]
    /// First term of a form → (group, form) pairs, longest forms first.
    private let byFirstTerm: [String: [(group: Int, form: Int)]]
    /// Multiword forms as term sequences, by first term: the index keeps a posting list for
    /// each (`IndexedPhrases`), so that expanding a query to them costs no FTS5 phrase search.
    let phrasesByFirstTerm: [String: [[String]]]

    static let shared = SynonymExpander(Vocabularies.synonyms)

    init(_ synonyms: [SynonymGroup]) {
        var analyzer = TermAnalyzer()
        var groups: [[Form]] = []
        var byFirst: [String: [(group: Int, form: Int)]] = [:]
        for group in synonyms {
            var forms: [Form] = []
            for text in group.forms {
                var words: [String] = []
                WordTokenizer.forEachToken(in: text) { words.append($0.word) }
                let terms = words.compactMap { analyzer.term(forWord: $0) }
                guard !terms.isEmpty else { continue }
                byFirst[terms[0], default: []].append((groups.count, forms.count))
                forms.append(Form(words: words, terms: terms))
            }
            groups.append(forms)
        }
        self.groups = groups
        var phrases: [String: [[String]]] = [:]
        for form in groups.joined() where form.terms.count > 1 && form.terms.allSatisfy(Postings.isSingleToken) {
            if phrases[form.terms[0]]?.contains(form.terms) != true {
                phrases[form.terms[0], default: []].append(form.terms)
            }
        }
        self.phrasesByFirstTerm = phrases
        self.byFirstTerm = byFirst.mapValues { entries in
            entries.sorted { groups[$0.group][$0.form].terms.count > groups[$1.group][$1.form].terms.count }
        }
    }

    /// Whether the index keeps a posting list for this term sequence.
    func isIndexedPhrase(_ terms: [String]) -> Bool {
        terms.count > 1 && phrasesByFirstTerm[terms[0]]?.contains(terms) == true
    }

    /// The posting-list key of an indexed phrase (a space never occurs in an FTS5 token).
    static func phraseKey(_ terms: [String]) -> String { terms.joined(separator: " ") }

    func expand(_ query: ParsedQuery, analyzer: inout TermAnalyzer) -> ParsedQuery {
        var result: [ParsedQuery.Clause] = []
        let clauses = query.clauses
        var index = 0
        while index < clauses.count {
            let clause = clauses[index]
            guard !clause.negated, clause.alternatives.count == 1 else {
                result.append(clause)
                index += 1
                continue
            }
            // A whole phrase equal to a form.
            if case .phrase(let words) = clause.alternatives[0] {
                let terms = words.compactMap { analyzer.term(forWord: $0) }
                if let (group, _) = match(terms, at: 0), match(terms, at: 0)?.length == terms.count {
                    result.append(expanded(group, from: [clause]))
                    index += 1
                    continue
                }
                result.append(clause)
                index += 1
                continue
            }
            // A run of single-word clauses equal to a form.
            var run: [String] = []
            var runClauses = 0
            var cursor = index
            while cursor < clauses.count, !clauses[cursor].negated, clauses[cursor].alternatives.count == 1,
                case .words(let words) = clauses[cursor].alternatives[0], words.count == 1
            {
                run.append(analyzer.term(forWord: words[0]) ?? "")
                runClauses += 1
                cursor += 1
            }
            if runClauses > 0, let (group, length) = match(run, at: 0) {
                result.append(expanded(group, from: Array(clauses[index..<(index + length)])))
                index += length
            } else {
                result.append(clause)
                index += 1
            }
        }
        return ParsedQuery(clauses: result)
    }

    /// The longest form matching `terms` from `start`: its group and length in words.
    private func match(_ terms: [String], at start: Int) -> (group: Int, length: Int)? {
        guard start < terms.count, let candidates = byFirstTerm[terms[start]] else { return nil }
        for candidate in candidates {
            let form = groups[candidate.group][candidate.form].terms
            if start + form.count <= terms.count, Array(terms[start..<(start + form.count)]) == form {
                return (candidate.group, form.count)
            }
        }
        return nil
    }

    private func expanded(_ group: Int, from clauses: [ParsedQuery.Clause]) -> ParsedQuery.Clause {
        let alternatives = groups[group].map { form -> ParsedQuery.Alternative in
            form.words.count == 1 ? .words(form.words) : .phrase(form.words)
        }
        return ParsedQuery.Clause(
            alternatives: alternatives, negated: false,
            source: clauses.map(\.source).joined(separator: " "), expanded: true)
    }
}
