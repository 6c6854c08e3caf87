/// `show --format json` and `/api/entries/{id}`: the entry with the keys of its file, the tools
/// a scenario uses and the scenarios that use a tool.
public struct EntryDetail: Encodable, Sendable {
    public var entry: Entry
    public var tools: [EntrySummary]
    public var usedBy: [EntrySummary]

    /// `displayPath` gives the path shown for an entry (its file by default).
    public init(entry: Entry, in catalog: Catalog, displayPath: (Entry) -> String = { $0.file }) {
        var shown = entry
        shown.file = displayPath(entry)
        self.entry = shown
        tools = catalog.tools(of: entry).map { EntrySummary($0, file: displayPath($0)) }
        usedBy =
            entry.kind == .tool
            ? catalog.scenarios(using: entry.id).map { EntrySummary($0, file: displayPath($0)) } : []
    }

    enum CodingKeys: String, CodingKey {
        case entry, tools
        case usedBy = "used_by"
    }
}
