import Foundation
import GRDB

/// The document table saved as one blob (`snapshots.docs`), so a process reads 100k
/// documents' facets in one row instead of 100k rows; kept in step with `docs` by every write.
extension DocumentTable {
    static let tombstone: UInt8 = .max

    static func empty(generation: String) -> DocumentTable { DocumentTable(generation: generation) }

    mutating func append(rowid: Int64, _ document: IndexedDocument) {
        let position = rowids.count
        if rowid >= 0 && rowid < 1 << 31 {
            let index = Int(rowid)
            if index >= positionByRowid.count {
                positionByRowid.append(contentsOf: repeatElement(-1, count: index - positionByRowid.count + 1))
            }
            positionByRowid[index] = Int32(position)
        }
        rowids.append(rowid)
        ids.append(document.id)
        kinds.append(document.kind)
        statusRanks.append(UInt8(clamping: document.statusRank))
        levelCodes.append(levels.code(IndexSchema.join(document.levels)))
        disciplineCodes.append(disciplines.code(IndexSchema.join(document.disciplines)))
        themeCodes.append(themes.code(IndexSchema.join(document.themes)))
        toolCodes.append(tools.code(IndexSchema.join(document.tools)))
    }

    /// Forgets a document (left as a tombstone until the table is saved).
    mutating func remove(rowid: Int64) {
        guard let position = position(of: rowid) else { return }
        statusRanks[position] = Self.tombstone
        positionByRowid[Int(rowid)] = -1
    }

    func isLive(_ position: Int) -> Bool { statusRanks[position] != Self.tombstone }

    func serialized() -> [UInt8] {
        var writer = ByteWriter()
        for interned in [levels, disciplines, themes, tools] {
            writer.int32(Int32(interned.lists.count))
            for list in interned.lists { writer.string(IndexSchema.join(list)) }
        }
        let live = (0..<count).filter(isLive)
        writer.int32(Int32(live.count))
        for position in live {
            writer.int64(rowids[position])
            writer.string(ids[position])
            writer.uint8(kinds[position] == "tool" ? 1 : 0)
            writer.uint8(statusRanks[position])
            writer.int32(levelCodes[position])
            writer.int32(disciplineCodes[position])
            writer.int32(themeCodes[position])
            writer.int32(toolCodes[position])
        }
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
        rowids.reserveCapacity(count)
        ids.reserveCapacity(count)
        for position in 0..<count {
            let rowid = try reader.int64()
            if rowid >= 0 && rowid < 1 << 31 {
                let index = Int(rowid)
                if index >= positionByRowid.count {
                    positionByRowid.append(contentsOf: repeatElement(-1, count: index - positionByRowid.count + 1))
                }
                positionByRowid[index] = Int32(position)
            }
            rowids.append(rowid)
            ids.append(try reader.string())
            kinds.append(try reader.uint8() == 1 ? "tool" : "scenario")
            statusRanks.append(try reader.uint8())
            levelCodes.append(try reader.int32())
            disciplineCodes.append(try reader.int32())
            themeCodes.append(try reader.int32())
            toolCodes.append(try reader.int32())
        }
    }

    /// Reads the saved table, or the `docs` rows when there is none.
    static func read(_ db: Database, generation: String) throws -> DocumentTable {
        if let data = try Data.fetchOne(db, sql: "SELECT data FROM snapshots WHERE name = 'docs'"),
            let table = try? DocumentTable(serialized: [UInt8](data), generation: generation)
        {
            return table
        }
        return try load(db, generation: generation)
    }

    func save(_ db: Database) throws {
        try db.execute(
            sql: "INSERT OR REPLACE INTO snapshots(name, data) VALUES('docs', ?)", arguments: [Data(serialized())])
    }
}
