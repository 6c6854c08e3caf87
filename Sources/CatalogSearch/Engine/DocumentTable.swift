import CatalogCore
import GRDB

/// Status, kind and facet values of every indexed document, kept in memory by a process
/// (filters, facets and ordering need them for every match; one read per index generation).
struct DocumentTable: Sendable {
    var generation: String
    var rowids: [Int64] = []
    var position: [Int64: Int] = [:]
    var ids: [String] = []
    var kinds: [String] = []
    var statusRanks: [Int] = []
    var levels: [[String]] = []
    var disciplines: [[String]] = []
    var themes: [[String]] = []
    var tools: [[String]] = []

    static func load(_ db: Database, generation: String) throws -> DocumentTable {
        var table = DocumentTable(generation: generation)
        let cursor = try Row.fetchCursor(
            db, sql: "SELECT rowid, id, kind, status_rank, levels, disciplines, themes, tools FROM docs")
        while let row = try cursor.next() {
            let rowid: Int64 = row[0]
            table.position[rowid] = table.rowids.count
            table.rowids.append(rowid)
            table.ids.append(row[1])
            table.kinds.append(row[2])
            table.statusRanks.append(row[3])
            table.levels.append(IndexSchema.split(row[4]))
            table.disciplines.append(IndexSchema.split(row[5]))
            table.themes.append(IndexSchema.split(row[6]))
            table.tools.append(IndexSchema.split(row[7]))
        }
        return table
    }

    var count: Int { rowids.count }

    /// A predicate over positions for `filter` (OR within a key, AND across, level hierarchy).
    func matcher(for filter: EntryFilter) -> (Int) -> Bool {
        if filter.isEmpty { return { _ in true } }
        let kinds = Set(filter.kinds.map(\.rawValue))
        let levels = filter.expandedLevels
        let disciplines = filter.expandedDisciplines
        let themes = Set(filter.themes)
        let tools = Set(filter.tools)
        return { index in
            if !kinds.isEmpty && !kinds.contains(self.kinds[index]) { return false }
            if !levels.isEmpty && !self.levels[index].contains(where: levels.contains) { return false }
            if !disciplines.isEmpty && !self.disciplines[index].contains(where: disciplines.contains) { return false }
            if !themes.isEmpty && !self.themes[index].contains(where: themes.contains) { return false }
            if !tools.isEmpty && !self.tools[index].contains(where: tools.contains) { return false }
            return true
        }
    }

    func facets(of positions: [Int]) -> SearchFacets {
        var facets = SearchFacets()
        for index in positions {
            facets.kind[kinds[index], default: 0] += 1
            for value in levels[index] { facets.levels[value, default: 0] += 1 }
            for value in disciplines[index] { facets.disciplines[value, default: 0] += 1 }
            for value in themes[index] { facets.themes[value, default: 0] += 1 }
        }
        return facets
    }
}
