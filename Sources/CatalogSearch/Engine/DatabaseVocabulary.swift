import GRDB

/// The index's `vocab` table seen by the query compiler.
struct DatabaseVocabulary: TermVocabulary {
    let db: Database

    func terms(forFoldedWord word: String, blind: String) throws -> [String] {
        try String.fetchAll(
            db, sql: "SELECT term FROM vocab WHERE word = ? UNION SELECT term FROM vocab WHERE blind = ? LIMIT 64",
            arguments: [word, blind])
    }

    func terms(withPrefix prefix: String, limit: Int) throws -> [String] {
        try String.fetchAll(
            db,
            sql: "SELECT DISTINCT term FROM vocab WHERE word >= ? AND word < ? LIMIT ?",
            arguments: [prefix, prefix + "\u{10FFFF}", limit])
    }

    /// Folded words of the catalogue whose length is near `length` and that start with `first`,
    /// with their terms and spellings.
    func words(
        startingWith first: String, lengthBetween low: Int, and high: Int
    ) throws -> [(word: String, term: String, spelling: String)] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT word, term, spelling FROM vocab WHERE word >= ? AND word < ?
                AND length(word) BETWEEN ? AND ?
                """,
            arguments: [first, first + "\u{10FFFF}", low, high]
        ).map { ($0[0], $0[1], $0[2]) }
    }
}
