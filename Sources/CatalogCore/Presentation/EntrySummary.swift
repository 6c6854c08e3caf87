/// The short form of an entry in JSON outputs (`list`, `show`, the server's API).
public struct EntrySummary: Encodable, Sendable, Hashable {
    public var id: String
    public var kind: String
    public var title: String
    public var summary: String
    public var status: String
    public var levels: [String]
    public var disciplines: [String]
    public var themes: [String]
    public var file: String

    /// `file` replaces the entry's path when given (the server shows paths relative to the catalogue).
    public init(_ entry: Entry, file: String? = nil) {
        id = entry.id
        kind = entry.kind.rawValue
        title = entry.title
        summary = entry.summary
        status = entry.status
        levels = entry.levels
        disciplines = entry.disciplines
        themes = entry.themes
        self.file = file ?? entry.file
    }
}
