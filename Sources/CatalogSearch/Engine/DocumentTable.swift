import CatalogCore
import GRDB

/// Status, kind and facet values of every indexed document, kept in memory by a process
/// (filters, facets and ordering need them for every match; read once per index generation).
///
/// Stored by columns so that it is saved and read as a few memory copies: ids in one byte
/// buffer, facet lists interned (documents share few distinct `levels` lists, so each holds a
/// small code per key and counting facets adds integers).
struct DocumentTable: Sendable {
    /// Distinct value lists of one facet key.
    struct Interned: Sendable {
        var lists: [[String]] = []
        var codes: [String: Int32] = [:]

        mutating func code(_ joined: String) -> Int32 {
            if let code = codes[joined] { return code }
            let code = Int32(lists.count)
            lists.append(IndexSchema.split(joined))
            codes[joined] = code
            return code
        }
    }

    static let kindNames = ["scenario", "tool"]

    var generation: String
    var rowids: [Int64] = []
    /// Position of each rowid (rowids are small and dense: an array, not a dictionary).
    var positionByRowid: [Int32] = []
    var idOffsets: [Int32] = [0]
    var idBytes: [UInt8] = []
    var kindCodes: [UInt8] = []
    var statusRanks: [UInt8] = []
    var levels = Interned()
    var disciplines = Interned()
    var themes = Interned()
    var tools = Interned()
    var levelCodes: [Int32] = []
    var disciplineCodes: [Int32] = []
    var themeCodes: [Int32] = []
    var toolCodes: [Int32] = []
    /// Length of each document in FTS5 tokens, all columns (BM25's document length), by
    /// rowid: saved apart (`snapshots.lengths`), so that an edit that changes only the text
    /// rewrites 4 bytes per document rather than the whole table.
    var lengthByRowid: [UInt32] = []

    func length(at position: Int) -> UInt32 {
        let rowid = Int(rowids[position])
        return rowid < lengthByRowid.count ? lengthByRowid[rowid] : 0
    }

    mutating func setLength(_ length: Int, rowid: Int64) {
        guard rowid >= 0 && rowid < 1 << 31 else { return }
        let index = Int(rowid)
        if index >= lengthByRowid.count {
            lengthByRowid.append(contentsOf: repeatElement(0, count: index - lengthByRowid.count + 1))
        }
        lengthByRowid[index] = UInt32(clamping: length)
    }

    init(generation: String) { self.generation = generation }

    var count: Int { rowids.count }

    func id(at position: Int) -> String {
        String(decoding: idBytes[Int(idOffsets[position])..<Int(idOffsets[position + 1])], as: UTF8.self)
    }

    func kind(at position: Int) -> String { Self.kindNames[Int(kindCodes[position])] }

    /// Whether the id at `a` sorts before the id at `b` (UTF-8 byte order).
    func idPrecedes(_ a: Int, _ b: Int) -> Bool {
        let left = idBytes[Int(idOffsets[a])..<Int(idOffsets[a + 1])]
        let right = idBytes[Int(idOffsets[b])..<Int(idOffsets[b + 1])]
        return left.lexicographicallyPrecedes(right)
    }

    func position(of rowid: Int64) -> Int? {
        guard rowid >= 0 && rowid < Int64(positionByRowid.count) else { return nil }
        let position = positionByRowid[Int(rowid)]
        return position >= 0 ? Int(position) : nil
    }

    func levels(at position: Int) -> [String] { levels.lists[Int(levelCodes[position])] }
    func disciplines(at position: Int) -> [String] { disciplines.lists[Int(disciplineCodes[position])] }
    func themes(at position: Int) -> [String] { themes.lists[Int(themeCodes[position])] }

    mutating func indexRowids() {
        positionByRowid = []
        let maximum = rowids.max() ?? 0
        guard maximum < 1 << 31 else { return }
        positionByRowid = [Int32](repeating: -1, count: Int(maximum) + 1)
        for (position, rowid) in rowids.enumerated() where rowid >= 0 && statusRanks[position] != Self.tombstone {
            positionByRowid[Int(rowid)] = Int32(position)
        }
    }

    /// Reads the `docs` rows (when no saved table exists).
    static func load(_ db: Database, generation: String) throws -> DocumentTable {
        var table = DocumentTable(generation: generation)
        let cursor = try Row.fetchCursor(
            db, sql: "SELECT rowid, id, kind, status_rank, levels, disciplines, themes, tools, length FROM docs")
        while let row = try cursor.next() {
            table.append(
                rowid: row[0], id: row[1], kind: row[2], statusRank: row[3], levels: row[4], disciplines: row[5],
                themes: row[6], tools: row[7], length: row[8])
        }
        table.indexRowids()
        return table
    }

    mutating func append(
        rowid: Int64, id: String, kind: String, statusRank: Int, levels: String, disciplines: String,
        themes: String, tools: String, length: Int
    ) {
        rowids.append(rowid)
        setLength(length, rowid: rowid)
        idBytes.append(contentsOf: id.utf8)
        idOffsets.append(Int32(idBytes.count))
        kindCodes.append(kind == "tool" ? 1 : 0)
        statusRanks.append(UInt8(clamping: statusRank))
        levelCodes.append(self.levels.code(levels))
        disciplineCodes.append(self.disciplines.code(disciplines))
        themeCodes.append(self.themes.code(themes))
        toolCodes.append(self.tools.code(tools))
        if rowid >= 0 && rowid < 1 << 31 {
            let index = Int(rowid)
            if index >= positionByRowid.count {
                positionByRowid.append(contentsOf: repeatElement(-1, count: index - positionByRowid.count + 1))
            }
            positionByRowid[index] = Int32(rowids.count - 1)
        }
    }

    /// A predicate over positions for `filter` (OR within a key, AND across, level hierarchy).
    func matcher(for filter: EntryFilter) -> (Int) -> Bool {
        if filter.isEmpty { return { _ in true } }
        let kinds = Set(filter.kinds.map { UInt8($0 == .tool ? 1 : 0) })
        // Accepted list codes per key, computed once over the few distinct lists.
        func accepted(_ interned: Interned, _ wanted: Set<String>) -> [Bool]? {
            wanted.isEmpty ? nil : interned.lists.map { $0.contains(where: wanted.contains) }
        }
        let levelOK = accepted(levels, filter.levels.isEmpty ? [] : filter.expandedLevels)
        let disciplineOK = accepted(disciplines, filter.disciplines.isEmpty ? [] : filter.expandedDisciplines)
        let themeOK = accepted(themes, Set(filter.themes))
        let toolOK = accepted(tools, Set(filter.tools))
        return { index in
            if !kinds.isEmpty && !kinds.contains(self.kindCodes[index]) { return false }
            if let levelOK, !levelOK[Int(self.levelCodes[index])] { return false }
            if let disciplineOK, !disciplineOK[Int(self.disciplineCodes[index])] { return false }
            if let themeOK, !themeOK[Int(self.themeCodes[index])] { return false }
            if let toolOK, !toolOK[Int(self.toolCodes[index])] { return false }
            return true
        }
    }

    func facets(of positions: [Int]) -> SearchFacets {
        var kindCounts = [0, 0]
        var levelCounts = [Int](repeating: 0, count: levels.lists.count)
        var disciplineCounts = [Int](repeating: 0, count: disciplines.lists.count)
        var themeCounts = [Int](repeating: 0, count: themes.lists.count)
        for index in positions {
            kindCounts[Int(kindCodes[index])] += 1
            levelCounts[Int(levelCodes[index])] += 1
            disciplineCounts[Int(disciplineCodes[index])] += 1
            themeCounts[Int(themeCodes[index])] += 1
        }
        func expand(_ counts: [Int], _ interned: Interned) -> [String: Int] {
            var result: [String: Int] = [:]
            for (code, count) in counts.enumerated() where count > 0 {
                for value in interned.lists[code] { result[value, default: 0] += count }
            }
            return result
        }
        var kinds: [String: Int] = [:]
        for (code, count) in kindCounts.enumerated() where count > 0 { kinds[Self.kindNames[code]] = count }
        return SearchFacets(
            kind: kinds, levels: expand(levelCounts, levels),
            disciplines: expand(disciplineCounts, disciplines), themes: expand(themeCounts, themes))
    }
}
