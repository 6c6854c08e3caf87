import Foundation
import GRDB

/// Evaluates a `QueryPlan`: words and prefixes from the posting lists, other phrases from
/// FTS5, each phrase scored exactly as FTS5's `bm25()` scores it (same statistics, same
/// formula, k1 = 1.2, b = 0.75, the column weights of `IndexSchema.columns`).
///
/// The work is proportional to the length of the lists read: a word held by every document
/// costs one pass over a few hundred kilobytes, where FTS5 would walk every position of every
/// row and look up every row's size.
struct PostingsSearch {
    let db: Database
    let table: DocumentTable
    /// Position of each rowid for the entries of `postings`: the table's, with the rowids whose
    /// built lists no longer hold (`postings_stale`: edited or deleted since) at -1, so that
    /// reading a list costs one array load per entry whatever the number of edits.
    private let basePositions: [Int32]
    /// FTS5's own statistics: rows, and the average length of a row in tokens.
    private let rowCount: Double
    private let averageLength: Double

    static let k1 = 1.2
    static let b = 0.75

    init(db: Database, table: DocumentTable) throws {
        self.db = db
        self.table = table
        var positions = table.positionByRowid
        for rowid in try Int64.fetchAll(db, sql: "SELECT doc FROM postings_stale")
        where rowid >= 0 && rowid < Int64(positions.count) {
            positions[Int(rowid)] = -1
        }
        basePositions = positions
        // The averages record of the FTS5 index (rowid 1 of `fts_data`): varints, rows then
        // the tokens of each column.
        let averages = try Data.fetchOne(db, sql: "SELECT block FROM fts_data WHERE id = 1") ?? Data()
        let values = Self.sqliteVarints([UInt8](averages))
        let rows = values.first ?? 0
        let tokens = values.dropFirst().reduce(0, +)
        rowCount = Double(rows)
        averageLength = rows > 0 ? Double(tokens) / Double(rows) : 0
    }

    /// Positions matching the plan and accepted by `accept`, with their score (FTS5's
    /// convention: negative, lower is better).
    func run(_ plan: QueryPlan, accept: (Int) -> Bool) throws -> [(position: Int, score: Double)] {
        let count = table.count
        guard !plan.clauses.isEmpty, count > 0 else { return [] }
        // Per position: score so far, last clause that matched (1-based) and clauses matched;
        // one allocation, written through a pointer (no copy-on-write checks per entry).
        let scores = UnsafeMutablePointer<Double>.allocate(capacity: count)
        let marks = UnsafeMutablePointer<UInt16>.allocate(capacity: 2 * count)
        let clauseCounts = marks + count
        defer {
            scores.deallocate()
            marks.deallocate()
        }
        scores.initialize(repeating: 0, count: count)
        marks.initialize(repeating: 0, count: 2 * count)
        var candidates: [Int32] = []
        for (number, clause) in plan.clauses.enumerated() {
            let mark = UInt16(truncatingIfNeeded: number + 1)
            let first = number == 0
            for phrase in clause {
                try contributions(of: phrase) { position, value in
                    scores[position] += value
                    if marks[position] != mark {
                        marks[position] = mark
                        clauseCounts[position] &+= 1
                        if first { candidates.append(Int32(position)) }
                    }
                }
            }
        }
        let excluded = try excludedPositions(plan.excluded)
        let wanted = UInt16(truncatingIfNeeded: plan.clauses.count)
        var hits: [(position: Int, score: Double)] = []
        for candidate in candidates {
            let position = Int(candidate)
            if clauseCounts[position] == wanted, excluded?[position] != true, accept(position) {
                hits.append((position, -scores[position]))
            }
        }
        return hits
    }

    /// Number of live documents holding a token.
    func documentCount(_ term: String) throws -> Int {
        var positions: [Int32] = []
        var weights: [UInt32] = []
        try readList(of: term, into: &positions, &weights)
        return positions.count
    }

    /// Positions holding any of `phrases` (nil when there are none).
    func excludedPositions(_ phrases: [QueryPlan.Phrase]) throws -> [Bool]? {
        guard !phrases.isEmpty else { return nil }
        var excluded = [Bool](repeating: false, count: table.count)
        for phrase in phrases {
            try contributions(of: phrase) { position, _ in excluded[position] = true }
        }
        return excluded
    }

    /// Calls `body` with each live document holding `phrase` and the phrase's BM25 term.
    private func contributions(of phrase: QueryPlan.Phrase, _ body: (Int, Double) -> Void) throws {
        switch phrase {
        case .fts5(let text):
            let rows = try Row.fetchCursor(
                db.cachedStatement(sql: "SELECT rowid, \(IndexSchema.bm25) FROM fts WHERE fts MATCH ?"),
                arguments: [text])
            while let row = try rows.next() {
                if let position = table.position(of: row[0]) {
                    let score: Double = row[1]
                    body(position, -score)
                }
            }
        case .term(let term):
            var positions: [Int32] = []
            var weights: [UInt32] = []
            try readList(of: term, into: &positions, &weights)
            score(positions, weights, body)
        case .prefix(let prefix):
            // The union of the lists of every token with the prefix, as one phrase.
            let weights = UnsafeMutablePointer<UInt32>.allocate(capacity: table.count)
            defer { weights.deallocate() }
            weights.initialize(repeating: 0, count: table.count)
            var positions: [Int32] = []
            try readLists(from: prefix, to: prefix + "\u{10FFFF}") { position, weight in
                if weights[position] == 0 { positions.append(Int32(position)) }
                weights[position] &+= weight
            }
            score(positions, positions.map { weights[Int($0)] }, body)
        }
    }

    /// BM25 of one phrase held by `positions` with these doubled weighted frequencies.
    private func score(_ positions: [Int32], _ weights: [UInt32], _ body: (Int, Double) -> Void) {
        guard !positions.isEmpty, averageLength > 0 else { return }
        let hits = Double(positions.count)
        var idf = log((rowCount - hits + 0.5) / (hits + 0.5))
        if idf <= 0 { idf = 1e-6 }
        let lengthFactor = Self.k1 * Self.b / averageLength
        let base = Self.k1 * (1 - Self.b)
        let rowids = table.rowids
        let lengths = table.lengthByRowid
        for index in positions.indices {
            let position = Int(positions[index])
            let frequency = Double(weights[index]) / 2
            let rowid = Int(rowids[position])
            let length = rowid < lengths.count ? Double(lengths[rowid]) : 0
            let value = idf * (frequency * (Self.k1 + 1)) / (frequency + base + lengthFactor * length)
            body(position, value)
        }
    }

    /// Live entries of one token's list: the built list (without stale rowids) and the delta.
    private func readList(of term: String, into positions: inout [Int32], _ weights: inout [UInt32]) throws {
        if let data = try Data.fetchOne(
            db.cachedStatement(sql: "SELECT data FROM postings WHERE term = ?"), arguments: [term])
        {
            // Entries take two bytes or more: filled through pointers, then trimmed.
            let capacity = data.count / 2
            let byRowid = basePositions
            var filled = 0
            weights = [UInt32](repeating: 0, count: capacity)
            positions = [Int32](unsafeUninitializedCapacity: capacity) { positionBuffer, initialized in
                weights.withUnsafeMutableBufferPointer { weightBuffer in
                    byRowid.withUnsafeBufferPointer { byRowid in
                        data.withUnsafeBytes { buffer in
                            Postings.forEach(in: buffer) { rowid, weight in
                                guard rowid >= 0 && rowid < Int64(byRowid.count) else { return }
                                let position = byRowid[Int(rowid)]
                                if position >= 0 {
                                    positionBuffer[filled] = position
                                    weightBuffer[filled] = weight
                                    filled += 1
                                }
                            }
                        }
                    }
                }
                initialized = filled
            }
            weights.removeLast(capacity - filled)
        }
        let delta = try Row.fetchCursor(
            db.cachedStatement(sql: "SELECT doc, weight FROM postings_delta WHERE term = ?"), arguments: [term])
        while let row = try delta.next() {
            if let position = table.position(of: row[0]) {
                let weight: Int64 = row[1]
                positions.append(Int32(position))
                weights.append(UInt32(truncatingIfNeeded: weight))
            }
        }
    }

    /// Live entries of every token in [low, high) (not the indexed phrases: their keys hold a space).
    private func readLists(from low: String, to high: String, _ body: (Int, UInt32) -> Void) throws {
        let lists = try Row.fetchCursor(
            db.cachedStatement(sql: "SELECT data FROM postings WHERE term >= ? AND term < ? AND instr(term, ' ') = 0"),
            arguments: [low, high])
        while let row = try lists.next() {
            let data: Data = row[0]
            decode(data, body)
        }
        let delta = try Row.fetchCursor(
            db.cachedStatement(
                sql: "SELECT doc, weight FROM postings_delta WHERE term >= ? AND term < ? AND instr(term, ' ') = 0"),
            arguments: [low, high])
        while let row = try delta.next() {
            if let position = table.position(of: row[0]) {
                let weight: Int64 = row[1]
                body(position, UInt32(truncatingIfNeeded: weight))
            }
        }
    }

    private func decode(_ data: Data, _ body: (Int, UInt32) -> Void) {
        let byRowid = basePositions
        data.withUnsafeBytes { buffer in
            Postings.forEach(in: buffer) { rowid, weight in
                guard rowid >= 0 && rowid < Int64(byRowid.count) else { return }
                let position = byRowid[Int(rowid)]
                if position >= 0 { body(Int(position), weight) }
            }
        }
    }

    /// SQLite's varints (big-endian groups of 7 bits, a 9th byte of 8 bits), as FTS5 writes
    /// its averages record.
    static func sqliteVarints(_ bytes: [UInt8]) -> [UInt64] {
        var values: [UInt64] = []
        var index = 0
        while index < bytes.count {
            var value: UInt64 = 0
            for step in 0..<9 {
                guard index < bytes.count else { break }
                let byte = bytes[index]
                index += 1
                if step == 8 {
                    value = (value << 8) | UInt64(byte)
                    break
                }
                value = (value << 7) | UInt64(byte & 0x7F)
                if byte < 0x80 { break }
            }
            values.append(value)
        }
        return values
    }
}
