/// The answer to a search, in the JSON shape of PRODUCT.md (`search --format json`).
public struct SearchResponse: Codable, Sendable, Hashable {
    /// The query text as given (empty when browsing by filters).
    public var query: String
    /// Number of entries that match, before paging.
    public var total: Int
    /// The requested page, best first.
    public var results: [SearchHit]
    /// Counts per value, when asked with `--facets`.
    public var facets: SearchFacets?
    /// A corrected query, when the query looks misspelled and finds little.
    public var suggestion: String?
    /// Time spent answering, in batch mode only.
    public var tookMs: Double?

    public init(
        query: String, total: Int, results: [SearchHit], facets: SearchFacets? = nil,
        suggestion: String? = nil, tookMs: Double? = nil
    ) {
        self.query = query
        self.total = total
        self.results = results
        self.facets = facets
        self.suggestion = suggestion
        self.tookMs = tookMs
    }

    enum CodingKeys: String, CodingKey {
        case query, total, results, facets, suggestion
        case tookMs = "took_ms"
    }
}

/// One result of a search.
public struct SearchHit: Codable, Sendable, Hashable {
    public var id: String
    public var kind: String
    public var title: String
    public var summary: String
    /// Relevance, higher is better (negated BM25; 0 when browsing without a query).
    public var score: Double
    /// An excerpt with matched words between `[[` and `]]`.
    public var snippet: String
    public var levels: [String]
    public var disciplines: [String]
    public var themes: [String]

    public init(
        id: String, kind: String, title: String, summary: String, score: Double, snippet: String,
        levels: [String], disciplines: [String], themes: [String]
    ) {
        self.id = id
        self.kind = kind
        self.title = title
        self.summary = summary
        self.score = score
        self.snippet = snippet
        self.levels = levels
        self.disciplines = disciplines
        self.themes = themes
    }

    /// Marker that opens a highlighted term in `snippet`.
    public static let highlightStart = "[["
    /// Marker that closes a highlighted term in `snippet`.
    public static let highlightEnd = "]]"
}

/// Counts of matching entries per value of each facet key.
public struct SearchFacets: Codable, Sendable, Hashable {
    public var kind: [String: Int]
    public var levels: [String: Int]
    public var disciplines: [String: Int]
    public var themes: [String: Int]

    public init(
        kind: [String: Int] = [:], levels: [String: Int] = [:], disciplines: [String: Int] = [:],
        themes: [String: Int] = [:]
    ) {
        self.kind = kind
        self.levels = levels
        self.disciplines = disciplines
        self.themes = themes
    }
}
