/// A query as the engine evaluates it: clauses that must all match, each an OR of phrases,
/// and phrases that exclude. Each phrase scores on its own, as a phrase of an FTS5 MATCH
/// expression does in `bm25()`, so the score of a document is the sum over the phrases it holds.
struct QueryPlan: Sendable, Hashable {
    enum Phrase: Sendable, Hashable {
        /// One FTS5 token, or an indexed phrase (terms joined by spaces), from the posting lists.
        case term(String)
        /// Every token starting with this text (FTS5 `"text" *`), from the posting lists.
        case prefix(String)
        /// Anything else (several words in order), as FTS5 MATCH text.
        case fts5(String)
    }

    var clauses: [[Phrase]] = []
    var excluded: [Phrase] = []

    static func term(_ term: String) -> Phrase {
        Postings.isSingleToken(term) ? .term(term) : .fts5(QueryCompiler.quoted(term))
    }

    /// Terms that must follow each other: an indexed phrase's list, or FTS5.
    static func sequence(_ terms: [String]) -> Phrase {
        SynonymExpander.shared.isIndexedPhrase(terms)
            ? .term(SynonymExpander.phraseKey(terms))
            : .fts5(QueryCompiler.quoted(terms.joined(separator: " ")))
    }

    static func prefix(_ folded: String) -> Phrase {
        Postings.isSingleToken(folded) ? .prefix(folded) : .fts5(QueryCompiler.quoted(folded) + " *")
    }
}
