import Foundation
import GRDB

/// Posting lists kept beside the FTS5 table: for each FTS5 token, the documents holding it
/// (ascending rowids) with the token's weighted frequency there. They answer word and prefix
/// queries with the exact score FTS5's `bm25()` would give, without asking FTS5 to walk every
/// position of every matching row (on common words that walk is most of a query's time);
/// phrases still go through FTS5, which keeps the positions.
///
/// Storage: `postings(term, data)` holds the lists written by the last rebuild (or
/// compaction); documents written since are in `postings_delta(term, doc, weight)`, and
/// `postings_stale(doc)` lists the rowids whose lists in `postings` no longer hold (edited or
/// deleted documents). An update compacts the three when the delta grows large.
///
/// `data` is a run of varint pairs: rowid minus the previous rowid (zigzag), weight.
enum Postings {
    /// Column weights of `IndexSchema.columns`, doubled to integers (1.5 → 3).
    static let columnWeights: [UInt32] = IndexSchema.columns.map { UInt32($0.weight * 2) }

    /// Documents written since the last compaction beyond which an update compacts.
    static func compactionThreshold(documents: Int) -> Int { max(1_000, documents / 50) }

    /// Whether FTS5's `ascii` tokenizer keeps `term` as one token, unchanged: ASCII lowercase
    /// letters and digits, and any non-ASCII byte.
    static func isSingleToken(_ term: String) -> Bool {
        !term.isEmpty
            && term.utf8.allSatisfy { $0 >= 0x80 || ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) }
    }

    /// The tokens FTS5's `ascii` tokenizer makes of `term` (ASCII letters lowercased, other
    /// ASCII characters separate tokens).
    static func tokens(ofTerm term: String) -> [String] {
        var tokens: [String] = []
        var current: [UInt8] = []
        for byte in term.utf8 {
            if byte >= 0x80 || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) {
                current.append(byte)
            } else if byte >= 0x41 && byte <= 0x5A {
                current.append(byte + 0x20)
            } else if !current.isEmpty {
                tokens.append(String(decoding: current, as: UTF8.self))
                current.removeAll(keepingCapacity: true)
            }
        }
        if !current.isEmpty { tokens.append(String(decoding: current, as: UTF8.self)) }
        return tokens
    }

    // MARK: Encoding

    /// One posting list being written. Rowids are stored as zigzag deltas from the previous
    /// one, so lists written by different threads can be joined without sorting (readers do
    /// not need any order).
    struct ListWriter: Sendable {
        var bytes: [UInt8] = []
        var last: Int64 = 0

        mutating func append(rowid: Int64, weight: UInt32) {
            Postings.appendVarint(Postings.zigzag(rowid - last), to: &bytes)
            Postings.appendVarint(UInt64(weight), to: &bytes)
            last = rowid
        }

        /// Appends another list (its first delta is rewritten from this list's last rowid).
        mutating func append(contentsOf other: ListWriter) {
            guard !other.bytes.isEmpty else { return }
            guard !bytes.isEmpty else {
                self = other
                return
            }
            var offset = 0
            let first = other.bytes.withUnsafeBytes { Postings.unzigzag(Postings.readVarint($0, &offset)) }
            Postings.appendVarint(Postings.zigzag(first - last), to: &bytes)
            bytes.append(contentsOf: other.bytes[offset...])
            last = other.last
        }
    }

    static func zigzag(_ value: Int64) -> UInt64 { UInt64(bitPattern: (value << 1) ^ (value >> 63)) }
    static func unzigzag(_ value: UInt64) -> Int64 { Int64(bitPattern: value >> 1) ^ -Int64(bitPattern: value & 1) }

    @inline(__always)
    static func readVarint(_ bytes: UnsafeRawBufferPointer, _ offset: inout Int) -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while offset < bytes.count {
            let byte = bytes[offset]
            offset += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { break }
            shift += 7
        }
        return value
    }

    static func appendVarint(_ value: UInt64, to bytes: inout [UInt8]) {
        var value = value
        while value >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: value) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
    }

    /// Calls `body` with each (rowid, weight) of an encoded list.
    @inline(__always)
    static func forEach(in data: UnsafeRawBufferPointer, _ body: (Int64, UInt32) -> Void) {
        var offset = 0
        var rowid: Int64 = 0
        while offset < data.count {
            rowid &+= unzigzag(readVarint(data, &offset))
            body(rowid, UInt32(truncatingIfNeeded: readVarint(data, &offset)))
        }
    }

    /// Decodes a whole list (tests, compaction).
    static func decode(_ data: [UInt8]) -> [(rowid: Int64, weight: UInt32)] {
        var result: [(rowid: Int64, weight: UInt32)] = []
        data.withUnsafeBytes { buffer in forEach(in: buffer) { result.append(($0, $1)) } }
        return result
    }

    // MARK: Building

    /// The lists collected by a build's analyzers, those of one term joined, in term order.
    static func join(_ collected: [[(term: String, list: ListWriter)]]) -> [(term: String, data: Data)] {
        var joined: [String: ListWriter] = [:]
        for lists in collected {
            for (term, list) in lists { joined[term, default: ListWriter()].append(contentsOf: list) }
        }
        return joined.keys.sorted().map { ($0, Data(joined[$0]!.bytes)) }
    }

    /// Writes joined lists into `postings`.
    static func insert(_ lists: [(term: String, data: Data)], _ db: Database) throws {
        let statement = try db.makeStatement(sql: "INSERT INTO postings(term, data) VALUES(?, ?)")
        for (term, data) in lists where !data.isEmpty { try statement.execute(arguments: [term, data]) }
    }

    // MARK: Incremental writes

    /// Records a document written after the last build or compaction.
    static func addDelta(doc rowid: Int64, _ document: IndexedDocument, _ db: Database) throws {
        let statement = try db.cachedStatement(
            sql: "INSERT OR REPLACE INTO postings_delta(term, doc, weight) VALUES(?, ?, ?)")
        for entry in document.terms {
            try statement.execute(arguments: [entry.term, rowid, Int64(entry.weight)])
        }
    }

    /// Forgets what the postings say about a rowid (its document is edited or deleted).
    static func forget(doc rowid: Int64, _ db: Database) throws {
        try db.execute(sql: "DELETE FROM postings_delta WHERE doc = ?", arguments: [rowid])
        try db.execute(sql: "INSERT OR IGNORE INTO postings_stale(doc) VALUES(?)", arguments: [rowid])
    }

    /// Rewrites `postings` without stale rowids and with the delta merged in, when more than
    /// `compactionThreshold` rowids are stale (every document written since the last build or
    /// compaction is: a count of that small table says how far the delta has grown). Returns
    /// whether it compacted.
    @discardableResult
    static func compactIfNeeded(_ db: Database) throws -> Bool {
        let stale = try Int.fetchOne(db, sql: "SELECT count(*) FROM postings_stale") ?? 0
        guard stale > compactionThreshold(documents: 0) else { return false }
        let documents = try Int.fetchOne(db, sql: "SELECT count(*) FROM docs") ?? 0
        guard stale > compactionThreshold(documents: documents) else { return false }
        try compact(db)
        return true
    }

    static func compact(_ db: Database) throws {
        let stale = Set(try Int64.fetchAll(db, sql: "SELECT doc FROM postings_stale"))
        var delta: [String: [(rowid: Int64, weight: UInt32)]] = [:]
        let rows = try Row.fetchCursor(db, sql: "SELECT term, doc, weight FROM postings_delta ORDER BY term, doc")
        while let row = try rows.next() {
            let weight: Int64 = row[2]
            delta[row[0], default: []].append((row[1], UInt32(truncatingIfNeeded: weight)))
        }
        var rewritten: [(term: String, data: [UInt8])] = []
        let lists = try Row.fetchCursor(db, sql: "SELECT term, data FROM postings")
        while let row = try lists.next() {
            let term: String = row[0]
            let data: [UInt8] = [UInt8](row[1] as Data)
            let added = delta.removeValue(forKey: term) ?? []
            var hasStale = false
            if !stale.isEmpty {
                data.withUnsafeBytes { buffer in
                    forEach(in: buffer) { rowid, _ in if stale.contains(rowid) { hasStale = true } }
                }
            }
            guard hasStale || !added.isEmpty else { continue }
            var merged = decode(data).filter { !stale.contains($0.rowid) } + added
            merged.sort { $0.rowid < $1.rowid }
            var writer = ListWriter()
            for entry in merged { writer.append(rowid: entry.rowid, weight: entry.weight) }
            rewritten.append((term, writer.bytes))
        }
        for (term, entries) in delta {
            var writer = ListWriter()
            for entry in entries { writer.append(rowid: entry.rowid, weight: entry.weight) }
            rewritten.append((term, writer.bytes))
        }
        let statement = try db.makeStatement(sql: "INSERT OR REPLACE INTO postings(term, data) VALUES(?, ?)")
        let remove = try db.makeStatement(sql: "DELETE FROM postings WHERE term = ?")
        for (term, data) in rewritten {
            if data.isEmpty {
                try remove.execute(arguments: [term])
            } else {
                try statement.execute(arguments: [term, Data(data)])
            }
        }
        try db.execute(sql: "DELETE FROM postings_delta; DELETE FROM postings_stale")
    }
}
