import GRDB

/// Prepared statements that write documents, file states and vocabulary.
struct DocumentWriter {
    private let db: Database
    private let insertDoc: Statement
    private let insertFTS: Statement
    private let upsertFile: Statement
    private let insertWord: Statement
    /// Whether inserted documents go to `postings_delta` (an update) rather than to the lists
    /// a build accumulates in memory.
    private let writesDelta: Bool

    init(_ db: Database, writesDelta: Bool = true) throws {
        self.db = db
        self.writesDelta = writesDelta
        insertDoc = try db.makeStatement(
            sql: """
                INSERT INTO docs(rowid, id, path, kind, status_rank, title, summary, body, keywords, extra, tags,
                    levels, disciplines, themes, tools, length) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        let columns = IndexSchema.columns.map(\.name)
        insertFTS = try db.makeStatement(
            sql: "INSERT INTO fts(rowid, \(columns.joined(separator: ", "))) VALUES(?"
                + String(repeating: ", ?", count: columns.count) + ")")
        upsertFile = try db.makeStatement(
            sql: "INSERT OR REPLACE INTO files(path, size, mtime, hash, doc) VALUES(?, ?, ?, ?, ?)")
        insertWord = try db.makeStatement(
            sql: "INSERT OR IGNORE INTO vocab(word, term, blind, spelling) VALUES(?, ?, ?, ?)")
    }

    /// Inserts a document (with this rowid, or the next free one); returns its rowid.
    func insert(_ document: IndexedDocument, rowid chosen: Int64? = nil) throws -> Int64 {
        try insertDoc.execute(arguments: [
            chosen, document.id, document.path, document.kind, document.statusRank, document.title, document.summary,
            document.body, document.keywords, document.extra, document.tags, IndexSchema.join(document.levels),
            IndexSchema.join(document.disciplines), IndexSchema.join(document.themes),
            IndexSchema.join(document.tools), document.length,
        ])
        let rowid = db.lastInsertedRowID
        var arguments: [(any DatabaseValueConvertible)?] = [rowid]
        arguments += document.analyzed.map { $0 as (any DatabaseValueConvertible)? }
        try insertFTS.execute(arguments: StatementArguments(arguments))
        if writesDelta {
            // A rowid freed by a deletion may be given again: its old lists must not count.
            try Postings.forget(doc: rowid, db)
            try Postings.addDelta(doc: rowid, document, db)
        }
        return rowid
    }

    func recordFile(_ result: EntryFileReader.Result, doc: Int64?) throws {
        try upsertFile.execute(arguments: [
            result.state.path, result.state.size, result.state.mtime, result.hash, doc,
        ])
    }

    func insertVocabulary(_ pairs: some Sequence<VocabularyPair>) throws {
        for pair in pairs { try insertWord.execute(arguments: [pair.word, pair.term, pair.blind, pair.spelling]) }
    }

    /// Replaces a document in place, keeping its rowid (an edited entry with the same id).
    /// Returns whether what the document table holds (id, kind, status, facets) changed; the
    /// caller records the new length.
    func replace(doc rowid: Int64, with document: IndexedDocument, analyzer: inout TermAnalyzer) throws -> Bool {
        guard
            let old = try Row.fetchOne(
                db,
                sql: """
                    SELECT id, kind, status_rank, levels, disciplines, themes, tools FROM docs WHERE rowid = ?
                    """, arguments: [rowid])
        else { return true }
        try removeTerms(doc: rowid, analyzer: &analyzer)
        try db.execute(
            sql: """
                UPDATE docs SET id = ?, path = ?, kind = ?, status_rank = ?, title = ?, summary = ?, body = ?,
                    keywords = ?, extra = ?, tags = ?, levels = ?, disciplines = ?, themes = ?, tools = ?,
                    length = ?
                WHERE rowid = ?
                """,
            arguments: [
                document.id, document.path, document.kind, document.statusRank, document.title, document.summary,
                document.body, document.keywords, document.extra, document.tags, IndexSchema.join(document.levels),
                IndexSchema.join(document.disciplines), IndexSchema.join(document.themes),
                IndexSchema.join(document.tools), document.length, rowid,
            ])
        var arguments: [(any DatabaseValueConvertible)?] = [rowid]
        arguments += document.analyzed.map { $0 as (any DatabaseValueConvertible)? }
        try insertFTS.execute(arguments: StatementArguments(arguments))
        try Postings.forget(doc: rowid, db)
        try Postings.addDelta(doc: rowid, document, db)
        let same =
            old[0] == document.id && old[1] == document.kind && old[2] == document.statusRank
            && old[3] == IndexSchema.join(document.levels) && old[4] == IndexSchema.join(document.disciplines)
            && old[5] == IndexSchema.join(document.themes) && old[6] == IndexSchema.join(document.tools)
        return !same
    }

    /// Removes a document from `docs` and `fts` (contentless: its terms are given again).
    func delete(doc: Int64, analyzer: inout TermAnalyzer) throws {
        try removeTerms(doc: doc, analyzer: &analyzer)
        try db.execute(sql: "DELETE FROM docs WHERE rowid = ?", arguments: [doc])
        try Postings.forget(doc: doc, db)
    }

    /// Removes a document's terms from the contentless FTS5 table.
    private func removeTerms(doc: Int64, analyzer: inout TermAnalyzer) throws {
        guard
            let row = try Row.fetchOne(
                db, sql: "SELECT title, keywords, summary, body, extra, tags FROM docs WHERE rowid = ?",
                arguments: [doc])
        else { return }
        let columns = IndexedDocument.analyzedColumns(
            title: row[0], keywords: row[1], summary: row[2], body: row[3], extra: row[4], tags: row[5],
            analyzer: &analyzer)
        var arguments: [(any DatabaseValueConvertible)?] = ["delete", doc]
        arguments += columns.map { $0 as (any DatabaseValueConvertible)? }
        let names = IndexSchema.columns.map(\.name).joined(separator: ", ")
        try db.execute(
            sql: "INSERT INTO fts(fts, rowid, \(names)) VALUES(?, ?" + String(repeating: ", ?", count: columns.count)
                + ")",
            arguments: StatementArguments(arguments))
    }
}
