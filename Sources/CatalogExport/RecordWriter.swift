public import CatalogCore
public import Foundation

/// Writes catalogue entries as ScoLOMFR, LOM or Dublin Core records.
public struct RecordWriter: Sendable {
    public let catalog: Catalog?
    public let settings: RecordSettings

    public init(catalog: Catalog, settings: RecordSettings = .default) {
        self.catalog = catalog
        self.settings = settings
    }

    /// A writer for records not tied to a loaded catalogue (relations keep tool ids as names).
    public init(settings: RecordSettings = .default) {
        self.catalog = nil
        self.settings = settings
    }

    /// The format-neutral record of `entry`.
    public func record(_ entry: Entry) -> LOMRecord {
        LOMRecord(entry: entry, catalog: catalog, settings: settings)
    }

    /// Writes the record element (`lom` root or `oai_dc:dc`) into an open writer, e.g. inside
    /// an OAI-PMH `<metadata>` element.
    public func write(_ entry: Entry, as format: ExportFormat, to writer: XMLStreamWriter) throws(ExportError) {
        try write(record(entry), as: format, to: writer)
    }

    public func write(_ record: LOMRecord, as format: ExportFormat, to writer: XMLStreamWriter) throws(ExportError) {
        try walk(record, as: format, into: writer)
    }

    /// A whole UTF-8 document for `entry`. Same entry, same bytes (no timestamps).
    public func document(_ entry: Entry, as format: ExportFormat) throws(ExportError) -> Data {
        try document(record(entry), as: format)
    }

    public func document(_ record: LOMRecord, as format: ExportFormat) throws(ExportError) -> Data {
        // Every libxml2 object of the record lives and dies inside the arena scope.
        try LibXML2Arena.scoped { () throws(ExportError) -> Data in
            let writer = try XMLStreamWriter()
            try writer.startDocument()
            try write(record, as: format, to: writer)
            return try writer.finish()
        }
    }

    /// The document of `record` checked against `validator`: built as a libxml2 tree and
    /// validated in place (no parsing); when it is invalid, the bytes are validated again as
    /// text so that every issue has its line and column. Same bytes as `document(_:as:)`.
    public func validatedDocument(
        _ record: LOMRecord, as format: ExportFormat, validator: SchemaValidator
    ) throws(ExportError) -> (data: Data, issues: [XMLIssue]) {
        // Every libxml2 object of the record lives and dies inside the arena scope.
        try LibXML2Arena.scoped { () throws(ExportError) -> (data: Data, issues: [XMLIssue]) in
            let tree = try XMLTreeBuilder()
            try walk(record, as: format, into: tree)
            if tree.validate(with: validator) {
                return (try tree.serialized(), [])
            }
            let data = try document(record, as: format)
            let issues = validator.validate(data, name: "\(record.id).xml")
            return (data, issues.isEmpty ? [XMLIssue(line: 0, message: "notice non valide")] : issues)
        }
    }

    func walk<Sink: XMLSink>(_ record: LOMRecord, as format: ExportFormat, into sink: Sink) throws(ExportError) {
        switch format {
        case .scolomfr: try ScoLOMFRWalker().write(record, to: sink)
        case .lom: try LOMWalker().write(record, to: sink)
        case .oaiDC: try DublinCoreWalker().write(record, to: sink)
        }
    }
}
