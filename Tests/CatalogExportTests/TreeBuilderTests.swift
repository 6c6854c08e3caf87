import CatalogCore
import Foundation
import Testing

@testable import CatalogExport

/// Validated exports build a libxml2 tree instead of streaming: the bytes must not change.
@Suite struct TreeBuilderTests {
    @Test(arguments: ExportFormat.allCases)
    func treeAndStreamGiveTheSameBytes(format: ExportFormat) throws {
        try Paths.requireStandards()
        let validator = try Validators.schema(for: format)
        for root in [FixtureCatalog.root, Paths.catalog] {
            let catalog = try CatalogLoader(root: root).load()
            let writer = RecordWriter(catalog: catalog)
            for entry in catalog.entries {
                let record = writer.record(entry)
                let streamed = try writer.document(record, as: format)
                let (validated, issues) = try writer.validatedDocument(record, as: format, validator: validator)
                #expect(issues.isEmpty, "\(entry.id): \(issues)")
                #expect(
                    String(decoding: validated, as: UTF8.self) == String(decoding: streamed, as: UTF8.self),
                    "\(format.rawValue)/\(entry.id)")
            }
        }
    }

    @Test func invalidTreeReportsLines() throws {
        try Paths.requireStandards()
        let catalog = try FixtureCatalog.load()
        let writer = RecordWriter(catalog: catalog)
        let record = writer.record(try #require(catalog.entry("le-chat-test")))
        let strict = try Validators.schema(for: .lom)
        let (_, issues) = try writer.validatedDocument(record, as: .scolomfr, validator: strict)
        #expect(!issues.isEmpty)
        #expect(issues.allSatisfy { $0.line > 0 })
    }
}
