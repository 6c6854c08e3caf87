/// One catalogue entry: a teaching scenario or an AI tool, read from `catalog/<kind>s/<id>.md`.
///
/// Values from closed lists (status, `ai_use`, `cost`…) are kept as the text the curator wrote,
/// so that an unknown value can be reported with a suggestion instead of being lost; the typed
/// accessors (`statusValue`, …) give the enum when the text is valid.
public struct Entry: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case scenario
        case tool

        /// French label, for users.
        public var label: String {
            switch self {
            case .scenario: "scénario"
            case .tool: "outil"
            }
        }

        /// Folder of `catalog/` where entries of this kind live.
        public var folder: String {
            switch self {
            case .scenario: "scenarios"
            case .tool: "tools"
            }
        }
    }

    public enum Status: String, Sendable, Hashable, Codable, CaseIterable {
        case draft, review, published, withdrawn

        public var label: String {
            switch self {
            case .draft: "brouillon"
            case .review: "en relecture"
            case .published: "publié"
            case .withdrawn: "retiré"
            }
        }
    }

    public var id: String
    public var kind: Kind
    public var title: String
    public var summary: String
    public var language: String
    public var themes: [String]
    public var keywords: [String]
    public var license: String
    public var status: String
    public var created: ISODate?
    public var updated: ISODate?
    public var authors: [Author]
    /// The Markdown body after the front matter: the long description.
    public var body: String

    /// Present when `kind == .scenario`.
    public var scenario: ScenarioDetails?
    /// Present when `kind == .tool`.
    public var tool: ToolDetails?

    /// Path of the file the entry was read from, as given to the loader.
    public var file: String
    /// Where each key and list item was written: `levels`, `levels[1]`, `privacy.hosting`, …
    /// Not part of the JSON form.
    public var locations: [String: SourceLocation] = [:]
    /// Line of the first body line in the file (1-based).
    public var bodyLine: Int

    public init(
        id: String, kind: Kind, title: String, summary: String = "", language: String = "fr",
        themes: [String] = [], keywords: [String] = [], license: String = "",
        status: String = Status.draft.rawValue, created: ISODate? = nil, updated: ISODate? = nil,
        authors: [Author] = [], body: String = "", scenario: ScenarioDetails? = nil,
        tool: ToolDetails? = nil, file: String = "", locations: [String: SourceLocation] = [:],
        bodyLine: Int = 1
    ) {
        self.id = id
        self.kind = kind
        self.title = title
        self.summary = summary
        self.language = language
        self.themes = themes
        self.keywords = keywords
        self.license = license
        self.status = status
        self.created = created
        self.updated = updated
        self.authors = authors
        self.body = body
        self.scenario = scenario
        self.tool = tool
        self.file = file
        self.locations = locations
        self.bodyLine = bodyLine
    }

    enum CodingKeys: String, CodingKey {
        case id, kind, title, summary, language, themes, keywords, license, status, created, updated
        case authors, body, scenario, tool, file
        case bodyLine = "body_line"
    }

    public var statusValue: Status? { Status(rawValue: status) }
    public var isPublished: Bool { statusValue == .published }

    /// Where a key path was written, or the file's first line when it was not written.
    public func location(of keyPath: String) -> SourceLocation {
        locations[keyPath] ?? SourceLocation(file: file, line: 1, column: 1)
    }

    /// Levels of a scenario (empty for a tool).
    public var levels: [String] { scenario?.levels ?? [] }
    /// Disciplines of a scenario (empty for a tool).
    public var disciplines: [String] { scenario?.disciplines ?? [] }
}

public struct Author: Sendable, Hashable, Codable {
    public var name: String
    public var organization: String?
    public var email: String?

    public init(name: String, organization: String? = nil, email: String? = nil) {
        self.name = name
        self.organization = organization
        self.email = email
    }
}
