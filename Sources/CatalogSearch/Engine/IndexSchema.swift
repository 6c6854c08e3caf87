import GRDB

/// The tables of the index file.
///
/// Design: entries are analyzed in Swift (FrenchAnalyzer: elisions, stopwords, Snowball stems,
/// folded accents) and the FTS5 table receives the terms joined by spaces, tokenized by the
/// plain `ascii` tokenizer. A custom FTS5 tokenizer would run the same Swift code through
/// C callbacks for every row and every query, and would have to be registered on every
/// connection (any other SQLite client could not read the index); pre-analysis lets the
/// analysis run on both cores before the single-writer insert, and keeps the index readable
/// by any SQLite. The FTS5 table is contentless (it keeps only the inverted index, not a second
/// copy of the text): `docs` holds the text, and a removal re-analyzes it. Display text, facet values and status live in `docs`; the folded words
/// written in the catalogue and their terms live in `vocab` (accent variants, prefixes and
/// "did you mean"). Word and prefix queries are answered from posting lists kept beside the
/// FTS5 table (`Postings`), phrases from FTS5.
enum IndexSchema {
    /// Bumped when tables change; an index of another version is rebuilt.
    static let version = 5

    /// FTS5 columns, in order, with their BM25 weights: title and keywords weigh most.
    static let columns: [(name: String, weight: Double)] = [
        ("title", 5), ("keywords", 3), ("summary", 2), ("body", 1), ("tags", 1.5),
    ]

    static var bm25: String {
        "bm25(fts, " + columns.map { String($0.weight) }.joined(separator: ", ") + ")"
    }

    static func create(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
                CREATE TABLE files(
                    path TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime INTEGER NOT NULL,
                    hash TEXT NOT NULL, doc INTEGER) WITHOUT ROWID;
                CREATE TABLE docs(
                    rowid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, path TEXT NOT NULL,
                    kind TEXT NOT NULL, status_rank INTEGER NOT NULL, title TEXT NOT NULL,
                    summary TEXT NOT NULL, body TEXT NOT NULL, keywords TEXT NOT NULL,
                    extra TEXT NOT NULL, tags TEXT NOT NULL, levels TEXT NOT NULL, disciplines TEXT NOT NULL, themes TEXT NOT NULL,
                    tools TEXT NOT NULL, length INTEGER NOT NULL);
                CREATE VIRTUAL TABLE fts USING fts5(\(columns.map(\.name).joined(separator: ", ")),
                    content = '', tokenize = 'ascii');
                CREATE TABLE vocab(
                    word TEXT NOT NULL, term TEXT NOT NULL, blind TEXT NOT NULL, spelling TEXT NOT NULL,
                    PRIMARY KEY(word, term)) WITHOUT ROWID;
                CREATE INDEX vocab_blind ON vocab(blind);
                CREATE TABLE snapshots(name TEXT PRIMARY KEY, data BLOB NOT NULL) WITHOUT ROWID;
                CREATE TABLE postings(term TEXT PRIMARY KEY, data BLOB NOT NULL) WITHOUT ROWID;
                CREATE TABLE postings_delta(
                    term TEXT NOT NULL, doc INTEGER NOT NULL, weight INTEGER NOT NULL,
                    PRIMARY KEY(term, doc)) WITHOUT ROWID;
                CREATE INDEX postings_delta_doc ON postings_delta(doc);
                CREATE TABLE postings_stale(doc INTEGER PRIMARY KEY);
                """)
    }

    /// Values stored in `meta` that must match for the index to be used as is.
    static func expectedMeta(catalog: String) -> [String: String] {
        [
            "schema_version": String(version),
            "analyzer_version": String(FrenchAnalyzer.version),
            "catalog": catalog,
        ]
    }

    /// Separator of multi-valued facet columns.
    static let listSeparator: Character = "\u{1F}"

    static func join(_ values: [String]) -> String { values.joined(separator: String(listSeparator)) }

    static func split(_ text: String) -> [String] {
        text.isEmpty ? [] : text.split(separator: listSeparator, omittingEmptySubsequences: true).map(String.init)
    }
}
