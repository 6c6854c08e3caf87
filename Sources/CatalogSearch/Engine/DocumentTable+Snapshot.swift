import Foundation
import GRDB

/// The document table saved as one blob (`snapshots.docs`), column by column, so a process
/// reads 100k documents' facets with a few memory copies instead of 100k rows; kept in step
/// with `docs` by every write.
extension DocumentTable {
    static let tombstone: UInt8 = .max

    static func empty(generation: String) -> DocumentTable { DocumentTable(generation: generation) }

    mutating func append(rowid: Int64, _ document: IndexedDocument) {
        append(
            rowid: rowid, id: document.id, kind: document.kind, statusRank: document.statusRank,
            levels: IndexSchema.join(document.levels), disciplines: IndexSchema.join(document.disciplines),
            themes: IndexSchema.join(document.themes), tools: IndexSchema.join(document.tools),
            length: document.length)
    }

    /// Forgets a document (left as a tombstone until the table is saved).
    mutating func remove(rowid: Int64) {
        guard let position = position(of: rowid) else { return }
        statusRanks[position] = Self.tombstone
        positionByRowid[Int(rowid)] = -1
    }

    func isLive(_ position: Int) -> Bool { statusRanks[position] != Self.tombstone }

    /// The table without tombstones.
    func compacted() -> DocumentTable {
        guard statusRanks.contains(Self.tombstone) else { return self }
        var result = DocumentTable(generation: generation)
        (result.levels, result.disciplines, result.themes, result.tools) = (levels, disciplines, themes, tools)
        result.lengthByRowid = lengthByRowid
        for position in 0..<count where isLive(position) {
            result.rowids.append(rowids[position])
            result.idBytes.append(contentsOf: idBytes[Int(idOffsets[position])..<Int(idOffsets[position + 1])])
            result.idOffsets.append(Int32(result.idBytes.count))
            result.kindCodes.append(kindCodes[position])
            result.statusRanks.append(statusRanks[position])
            result.levelCodes.append(levelCodes[position])
            result.disciplineCodes.append(disciplineCodes[position])
            result.themeCodes.append(themeCodes[position])
            result.toolCodes.append(toolCodes[position])
        }
        result.indexRowids()
        return result
    }

    /// Saved with its tombstones (skipped when read) until they are more than a tenth.
    func serialized() -> [UInt8] {
        let tombstones = statusRanks.lazy.filter { $0 == Self.tombstone }.count
        let table = tombstones * 10 > count ? compacted() : self
        var writer = ByteWriter()
        for interned in [table.levels, table.disciplines, table.themes, table.tools] {
            writer.int32(Int32(interned.lists.count))
            for list in interned.lists { writer.string(IndexSchema.join(list)) }
        }
        writer.int32(Int32(table.count))
        writer.int32(Int32(table.idBytes.count))
        func column<T>(_ values: [T]) { values.withUnsafeBytes { writer.bytes.append(contentsOf: $0) } }
        column(table.rowids)
        column(table.idOffsets)
        column(table.idBytes)
        column(table.kindCodes)
        column(table.statusRanks)
        column(table.levelCodes)
        column(table.disciplineCodes)
        column(table.themeCodes)
        column(table.toolCodes)
        return writer.bytes
    }

    init(serialized bytes: [UInt8], generation: String) throws {
        self.init(generation: generation)
        var reader = ByteReader(bytes)
        var interned: [Interned] = []
        for _ in 0..<4 {
            var table = Interned()
            for _ in 0..<Int(try reader.int32()) { _ = table.code(try reader.string()) }
            interned.append(table)
        }
        (levels, disciplines, themes, tools) = (interned[0], interned[1], interned[2], interned[3])
        let count = Int(try reader.int32())
        let idByteCount = Int(try reader.int32())
        func column<T: FixedWidthInteger>(_ type: T.Type, _ length: Int) throws -> [T] {
            let size = length * MemoryLayout<T>.stride
            guard length >= 0, reader.offset + size <= bytes.count else { throw ByteReader.Failure.truncated }
            let values = [T](unsafeUninitializedCapacity: length) { buffer, initialized in
                bytes.withUnsafeBytes { source in
                    UnsafeMutableRawBufferPointer(buffer).copyMemory(
                        from: UnsafeRawBufferPointer(rebasing: source[reader.offset..<(reader.offset + size)]))
                }
                initialized = length
            }
            reader.offset += size
            return values
        }
        rowids = try column(Int64.self, count)
        idOffsets = try column(Int32.self, count + 1)
        idBytes = try column(UInt8.self, idByteCount)
        kindCodes = try column(UInt8.self, count)
        statusRanks = try column(UInt8.self, count)
        levelCodes = try column(Int32.self, count)
        disciplineCodes = try column(Int32.self, count)
        themeCodes = try column(Int32.self, count)
        toolCodes = try column(Int32.self, count)
        indexRowids()
    }

    /// Reads the saved table, or the `docs` rows when there is none.
    static func read(_ db: Database, generation: String) throws -> DocumentTable {
        if let data = try Data.fetchOne(db, sql: "SELECT data FROM snapshots WHERE name = 'docs'"),
            let lengths = try Data.fetchOne(db, sql: "SELECT data FROM snapshots WHERE name = 'lengths'"),
            lengths.count % 4 == 0,
            var table = try? DocumentTable(serialized: [UInt8](data), generation: generation)
        {
            table.lengthByRowid = [UInt32](repeating: 0, count: lengths.count / 4)
            table.lengthByRowid.withUnsafeMutableBytes { _ = lengths.copyBytes(to: $0) }
            return table
        }
        return try load(db, generation: generation)
    }

    func save(_ db: Database) throws {
        try db.execute(
            sql: "INSERT OR REPLACE INTO snapshots(name, data) VALUES('docs', ?)", arguments: [Data(serialized())])
        try saveLengths(db)
    }

    /// Saves only the lengths (an edit that changed nothing else the table holds).
    func saveLengths(_ db: Database) throws {
        let data = lengthByRowid.withUnsafeBytes { Data($0) }
        try db.execute(sql: "INSERT OR REPLACE INTO snapshots(name, data) VALUES('lengths', ?)", arguments: [data])
    }
}
