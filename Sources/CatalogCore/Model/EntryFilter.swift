/// Filters of `list` and `search`: OR within a key, AND across keys. Levels follow the
/// hierarchy (`cycle-4` also matches entries tagged `4e`).
public struct EntryFilter: Sendable, Hashable, Codable {
    public var kinds: [Entry.Kind]
    public var levels: [String]
    public var disciplines: [String]
    public var themes: [String]
    public var tools: [String]

    public init(
        kinds: [Entry.Kind] = [], levels: [String] = [], disciplines: [String] = [],
        themes: [String] = [], tools: [String] = []
    ) {
        self.kinds = kinds
        self.levels = levels
        self.disciplines = disciplines
        self.themes = themes
        self.tools = tools
    }

    public var isEmpty: Bool {
        kinds.isEmpty && levels.isEmpty && disciplines.isEmpty && themes.isEmpty && tools.isEmpty
    }

    /// Level ids a level filter accepts: each asked level and every level below it.
    public var expandedLevels: Set<String> {
        Set(levels.flatMap { Vocabularies.levels.selfAndDescendants(of: $0) })
    }

    /// Discipline ids a discipline filter accepts (`langues-vivantes` also accepts `anglais`).
    public var expandedDisciplines: Set<String> {
        Set(disciplines.flatMap { Vocabularies.disciplines.selfAndDescendants(of: $0) })
    }

    public func matches(_ entry: Entry) -> Bool {
        if !kinds.isEmpty && !kinds.contains(entry.kind) { return false }
        if !levels.isEmpty && expandedLevels.isDisjoint(with: entry.levels) { return false }
        if !disciplines.isEmpty && expandedDisciplines.isDisjoint(with: entry.disciplines) { return false }
        if !themes.isEmpty && Set(themes).isDisjoint(with: entry.themes) { return false }
        if !tools.isEmpty {
            // A tool matches itself; a scenario matches the tools it uses.
            let related = entry.kind == .tool ? [entry.id] : (entry.scenario?.tools.map(\.id) ?? [])
            if Set(tools).isDisjoint(with: related) { return false }
        }
        return true
    }

    /// Ids given to a filter that do not exist in their vocabulary, with the nearest valid id.
    public func unknownValues() -> [(key: String, value: String, suggestion: String?)] {
        var result: [(key: String, value: String, suggestion: String?)] = []
        for (key, values, vocabulary) in [
            ("--level", levels, Vocabularies.levels), ("--discipline", disciplines, Vocabularies.disciplines),
            ("--theme", themes, Vocabularies.themes),
        ] {
            for value in values where !vocabulary.contains(value) {
                result.append((key, value, vocabulary.nearest(to: value)))
            }
        }
        return result
    }
}
