import CatalogCore
import GRDB

/// Status, kind and facet values of every indexed document, kept in memory by a process
/// (filters, facets and ordering need them for every match; one read per index generation).
///
/// Facet lists are interned: documents share few distinct `levels` (…) lists, so each
/// document holds a small code per key and counting facets adds integers.
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

    var generation: String
    var rowids: [Int64] = []
    /// Position of each rowid (rowids are small and dense: an array, not a dictionary).
    var positionByRowid: [Int32] = []
    var ids: [String] = []
    var kinds: [String] = []
    var statusRanks: [UInt8] = []
    var levels = Interned()
    var disciplines = Interned()
    var themes = Interned()
    var tools = Interned()
    var levelCodes: [Int32] = []
    var disciplineCodes: [Int32] = []
    var themeCodes: [Int32] = []
    var toolCodes: [Int32] = []

    static func load(_ db: Database, generation: String) throws -> DocumentTable {
        var table = DocumentTable(generation: generation)
        let count = try Int.fetchOne(db, sql: "SELECT count(*) FROM docs") ?? 0
        table.reserve(count)
        let statement = try db.makeStatement(
            sql: "SELECT rowid, id, kind, status_rank, levels, disciplines, themes, tools FROM docs")
        let cursor = try Row.fetchCursor(statement)
        while let row = try cursor.next() {
            let rowid: Int64 = row[0]
            let position = table.rowids.count
            if rowid >= 0 && rowid < 1 << 31 {
                let index = Int(rowid)
                if index >= table.positionByRowid.count {
                    table.positionByRowid.append(
                        contentsOf: repeatElement(-1, count: index - table.positionByRowid.count + 1))
                }
                table.positionByRowid[index] = Int32(position)
            }
            table.rowids.append(rowid)
            table.ids.append(row[1])
            table.kinds.append(row[2])
            table.statusRanks.append(UInt8(clamping: row[3] as Int))
            table.levelCodes.append(table.levels.code(row[4]))
            table.disciplineCodes.append(table.disciplines.code(row[5]))
            table.themeCodes.append(table.themes.code(row[6]))
            table.toolCodes.append(table.tools.code(row[7]))
        }
        return table
    }

    private mutating func reserve(_ count: Int) {
        rowids.reserveCapacity(count)
        ids.reserveCapacity(count)
        kinds.reserveCapacity(count)
        statusRanks.reserveCapacity(count)
        levelCodes.reserveCapacity(count)
        disciplineCodes.reserveCapacity(count)
        themeCodes.reserveCapacity(count)
        toolCodes.reserveCapacity(count)
    }

    var count: Int { rowids.count }

    func position(of rowid: Int64) -> Int? {
        guard rowid >= 0 && rowid < Int64(positionByRowid.count) else { return nil }
        let position = positionByRowid[Int(rowid)]
        return position >= 0 ? Int(position) : nil
    }

    func levels(at position: Int) -> [String] { levels.lists[Int(levelCodes[position])] }
    func disciplines(at position: Int) -> [String] { disciplines.lists[Int(disciplineCodes[position])] }
    func themes(at position: Int) -> [String] { themes.lists[Int(themeCodes[position])] }

    /// A predicate over positions for `filter` (OR within a key, AND across, level hierarchy).
    func matcher(for filter: EntryFilter) -> (Int) -> Bool {
        if filter.isEmpty { return { _ in true } }
        let kinds = Set(filter.kinds.map(\.rawValue))
        // Accepted list codes per key, computed once over the few distinct lists.
        func accepted(_ interned: Interned, _ wanted: Set<String>) -> [Bool]? {
            wanted.isEmpty ? nil : interned.lists.map { $0.contains(where: wanted.contains) }
        }
        let levelOK = accepted(levels, filter.levels.isEmpty ? [] : filter.expandedLevels)
        let disciplineOK = accepted(disciplines, filter.disciplines.isEmpty ? [] : filter.expandedDisciplines)
        let themeOK = accepted(themes, Set(filter.themes))
        let toolOK = accepted(tools, Set(filter.tools))
        return { index in
            if !kinds.isEmpty && !kinds.contains(self.kinds[index]) { return false }
            if let levelOK, !levelOK[Int(self.levelCodes[index])] { return false }
            if let disciplineOK, !disciplineOK[Int(self.disciplineCodes[index])] { return false }
            if let themeOK, !themeOK[Int(self.themeCodes[index])] { return false }
            if let toolOK, !toolOK[Int(self.toolCodes[index])] { return false }
            return true
        }
    }

    func facets(of positions: [Int]) -> SearchFacets {
        var kindCounts: [String: Int] = [:]
        var levelCounts = [Int](repeating: 0, count: levels.lists.count)
        var disciplineCounts = [Int](repeating: 0, count: disciplines.lists.count)
        var themeCounts = [Int](repeating: 0, count: themes.lists.count)
        var scenarios = 0
        for index in positions {
            if kinds[index] == "scenario" { scenarios += 1 } else { kindCounts[kinds[index], default: 0] += 1 }
            levelCounts[Int(levelCodes[index])] += 1
            disciplineCounts[Int(disciplineCodes[index])] += 1
            themeCounts[Int(themeCodes[index])] += 1
        }
        if scenarios > 0 { kindCounts["scenario", default: 0] += scenarios }
        func expand(_ counts: [Int], _ interned: Interned) -> [String: Int] {
            var result: [String: Int] = [:]
            for (code, count) in counts.enumerated() where count > 0 {
                for value in interned.lists[code] { result[value, default: 0] += count }
            }
            return result
        }
        return SearchFacets(
            kind: kindCounts, levels: expand(levelCounts, levels),
            disciplines: expand(disciplineCounts, disciplines), themes: expand(themeCounts, themes))
    }
}
