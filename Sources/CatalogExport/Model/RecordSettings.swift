import CatalogCore

/// Where exported records point: the public site that shows the catalogue.
public struct RecordSettings: Sendable, Hashable {
    /// Base of entry pages: a scenario's location is `<baseURL>scenarios/<id>`.
    public var baseURL: String
    /// `general/identifier/catalog` and the prefix of `general/identifier/entry`.
    public var identifierPrefix: String

    public static let `default` = RecordSettings()

    public init(baseURL: String = "https://pedacat.example.org/", identifierPrefix: String = "urn:pedacat:") {
        self.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
        self.identifierPrefix = identifierPrefix
    }

    func identifier(of entry: Entry) -> String {
        identifierPrefix + entry.kind.folder + ":" + entry.id
    }

    func identifier(kind: Entry.Kind, id: String) -> String {
        identifierPrefix + kind.folder + ":" + id
    }

    func page(of entry: Entry) -> String {
        baseURL + entry.kind.folder + "/" + entry.id
    }
}
