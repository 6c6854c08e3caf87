public import Foundation

/// What `pedacat export` should do.
public struct ExportOptions: Sendable {
    public var format: ExportFormat
    /// `DIR`: files go to `DIR/<format>/<id>.xml`.
    public var output: URL
    /// Export `draft` entries too (`withdrawn` entries are never exported).
    public var includeDrafts: Bool
    /// Only these entries (all when empty). Files of other entries are left alone.
    public var ids: [String]
    /// XSD every record must satisfy before anything is written.
    public var schema: URL?
    /// OASIS XML catalog for the schema's remote imports.
    public var xmlCatalog: URL?
    /// Build and check every record, write nothing (`written` lists the records that pass).
    public var dryRun = false

    public init(
        format: ExportFormat, output: URL, includeDrafts: Bool = false, ids: [String] = [],
        schema: URL? = nil, xmlCatalog: URL? = nil, dryRun: Bool = false
    ) {
        self.dryRun = dryRun
        self.format = format
        self.output = output
        self.includeDrafts = includeDrafts
        self.ids = ids
        self.schema = schema
        self.xmlCatalog = xmlCatalog
    }
}

/// What an export did.
public struct ExportReport: Sendable, Hashable, Codable {
    public var format: ExportFormat
    public var directory: String
    /// Ids whose file was created or changed.
    public var written: [String] = []
    /// Ids whose file already had the same bytes.
    public var unchanged: [String] = []
    /// Ids whose file was removed (entry deleted or withdrawn).
    public var removed: [String] = []
    /// Ids left out, with the reason in French.
    public var skipped: [SkippedEntry] = []

    public struct SkippedEntry: Sendable, Hashable, Codable {
        public var id: String
        public var reason: String
    }
}
