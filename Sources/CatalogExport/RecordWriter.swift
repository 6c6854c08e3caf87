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
        switch format {
        case .scolomfr: try ScoLOMFRWalker().write(record, to: writer)
        case .lom: try LOMWalker().write(record, to: writer)
        case .oaiDC: try DublinCoreWalker().write(record, to: writer)
        }
    }

    /// A whole UTF-8 document for `entry`. Same entry, same bytes (no timestamps).
    public func document(_ entry: Entry, as format: ExportFormat) throws(ExportError) -> Data {
        try document(record(entry), as: format)
    }

    public func document(_ record: LOMRecord, as format: ExportFormat) throws(ExportError) -> Data {
        let writer = try XMLStreamWriter()
        try writer.startDocument()
        try write(record, as: format, to: writer)
        return try writer.finish()
    }
}
