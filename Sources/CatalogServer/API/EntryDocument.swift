import CatalogCore

/// `/api/entries/{id}`: the shape of `pedacat show --format json` — the entry with the keys of
/// its file, the tools a scenario uses and the scenarios that use a tool — with the file path
/// relative to the catalogue (no server path is shown).
struct EntryDocument: Encodable, Sendable {
    var entry: Entry
    var tools: [Summary]
    var usedBy: [Summary]

    struct Summary: Encodable, Sendable {
        var id: String
        var kind: String
        var title: String
        var summary: String
        var status: String
        var levels: [String]
        var disciplines: [String]
        var themes: [String]
        var file: String

        init(_ entry: Entry, state: ServerState) {
            id = entry.id
            kind = entry.kind.rawValue
            title = entry.title
            summary = entry.summary
            status = entry.status
            levels = entry.levels
            disciplines = entry.disciplines
            themes = entry.themes
            file = state.relativeFile(of: entry)
        }
    }

    init(entry: Entry, state: ServerState) {
        var shown = entry
        shown.file = state.relativeFile(of: entry)
        self.entry = shown
        tools = state.catalog.tools(of: entry).map { Summary($0, state: state) }
        usedBy = entry.kind == .tool ? state.catalog.scenarios(using: entry.id).map { Summary($0, state: state) } : []
    }

    enum CodingKeys: String, CodingKey {
        case entry, tools
        case usedBy = "used_by"
    }
}
