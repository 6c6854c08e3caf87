import GRDB

/// Prepared statements that write documents, file states and vocabulary.
struct DocumentWriter {
    private let db: Database
    private let insertDoc: Statement
    private let insertFTS: Statement
    private let upsertFile: Statement
    private let insertWord: Statement

    init(_ db: Database) throws {
        self.db = db
        insertDoc = try db.makeStatement(
            sql: """
                INSERT INTO docs(id, path, kind, status_rank, title, summary, body, keywords, levels,
                    disciplines, themes, tools) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        let columns = IndexSchema.columns.map(\.name)
        insertFTS = try db.makeStatement(
            sql: "INSERT INTO fts(rowid, \(columns.joined(separator: ", "))) VALUES(?"
                + String(repeating: ", ?", count: columns.count) + ")")
        upsertFile = try db.makeStatement(
            sql: "INSERT OR REPLACE INTO files(path, size, mtime, hash, doc) VALUES(?, ?, ?, ?, ?)")
        insertWord = try db.makeStatement(sql: "INSERT OR IGNORE INTO vocab(word, term, blind) VALUES(?, ?, ?)")
    }

    /// Inserts a document; returns its rowid.
    func insert(_ document: IndexedDocument) throws -> Int64 {
        try insertDoc.execute(arguments: [
            document.id, document.path, document.kind, document.statusRank, document.title, document.summary,
            document.body, document.keywords, IndexSchema.join(document.levels),
            IndexSchema.join(document.disciplines), IndexSchema.join(document.themes),
            IndexSchema.join(document.tools),
        ])
        let rowid = db.lastInsertedRowID
        var arguments: [(any DatabaseValueConvertible)?] = [rowid]
        arguments += document.analyzed.map { $0 as (any DatabaseValueConvertible)? }
        try insertFTS.execute(arguments: StatementArguments(arguments))
        return rowid
    }

    func recordFile(_ result: EntryFileReader.Result, doc: Int64?) throws {
        try upsertFile.execute(arguments: [
            result.state.path, result.state.size, result.state.mtime, result.hash, doc,
        ])
    }

    func insertVocabulary(_ pairs: some Sequence<VocabularyPair>) throws {
        for pair in pairs { try insertWord.execute(arguments: [pair.word, pair.term, pair.blind]) }
    }

    /// Removes a document from `docs` and `fts`.
    func delete(doc: Int64) throws {
        try db.execute(sql: "DELETE FROM fts WHERE rowid = ?", arguments: [doc])
        try db.execute(sql: "DELETE FROM docs WHERE rowid = ?", arguments: [doc])
    }
}
