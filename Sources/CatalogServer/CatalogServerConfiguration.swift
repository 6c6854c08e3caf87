public import Foundation

/// Everything `pedacat serve` and the tests choose about a server.
public struct CatalogServerConfiguration: Sendable {
    /// Address to bind; loopback by default, so that nothing is exposed by accident.
    public var host: String
    /// TCP port; 0 asks the system for a free one.
    public var port: Int
    /// The catalogue folder (`catalog/`).
    public var catalogURL: URL
    /// The search index file (a cache, rebuilt when entries change).
    public var indexURL: URL
    /// Records or identifiers per OAI-PMH list response before a resumption token is issued.
    public var pageSize: Int
    /// Repository identifier of OAI identifiers: `oai:<repositoryIdentifier>:<id>`. The
    /// oai-identifier scheme wants a domain-like name (`catalogue.academie.fr`, at least one dot).
    public var repositoryIdentifier: String
    /// `repositoryName` of Identify.
    public var repositoryName: String
    /// `adminEmail` of Identify.
    public var adminEmail: String
    /// Public base URL of the server (`https://catalogue.example.org`), used in OAI `request` and
    /// `baseURL`; when `nil`, it is taken from the request's Host header.
    public var publicBaseURL: String?
    /// How long a resumption token stays valid (seconds), as long as the catalogue does not change.
    public var resumptionTokenLifetime: TimeInterval
    /// Whether the repository offers sets (when not, set requests answer `noSetHierarchy`).
    public var offersSets: Bool
    /// Largest request body accepted (POST to `/oai`), in bytes.
    public var maxRequestBodySize: Int
    /// Largest `limit` of `/api/search` and of the search page.
    public var maxSearchLimit: Int

    public init(
        host: String = "127.0.0.1", port: Int = 8080, catalogURL: URL, indexURL: URL,
        pageSize: Int = 50, repositoryIdentifier: String = "pedacat.local",
        repositoryName: String = "pedacat — scénarios pédagogiques et outils d'IA",
        adminEmail: String = "admin@pedacat.invalid", publicBaseURL: String? = nil,
        resumptionTokenLifetime: TimeInterval = 24 * 3600, offersSets: Bool = true,
        maxRequestBodySize: Int = 16 * 1024, maxSearchLimit: Int = 100
    ) {
        self.host = host
        self.port = port
        self.catalogURL = catalogURL
        self.indexURL = indexURL
        self.pageSize = pageSize
        self.repositoryIdentifier = repositoryIdentifier
        self.repositoryName = repositoryName
        self.adminEmail = adminEmail
        self.publicBaseURL = publicBaseURL
        self.resumptionTokenLifetime = resumptionTokenLifetime
        self.offersSets = offersSets
        self.maxRequestBodySize = maxRequestBodySize
        self.maxSearchLimit = maxSearchLimit
    }

    /// Largest page size accepted, so that one response stays small.
    public static let pageSizeRange = 1...1000
}

extension CatalogServerConfiguration {
    /// Whether `identifier` follows the oai-identifier scheme's repositoryIdentifier pattern
    /// `[a-zA-Z][a-zA-Z0-9\-]*(\.[a-zA-Z][a-zA-Z0-9\-]*)+`.
    public static func isValidRepositoryIdentifier(_ identifier: String) -> Bool {
        let labels = identifier.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2 else { return false }
        return labels.allSatisfy { label in
            guard let first = label.first, first.isASCII, first.isLetter else { return false }
            return label.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
        }
    }
}
