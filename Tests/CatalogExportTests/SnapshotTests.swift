import CatalogCore
import Foundation
import Testing

@testable import CatalogExport

/// Golden files: one scenario and one tool per format, byte for byte. Run with
/// `PEDACAT_UPDATE_SNAPSHOTS=1` to rewrite them after an intended change, then review the diff.
@Suite struct SnapshotTests {
    static let cases: [(ExportFormat, String)] = ExportFormat.allCases.flatMap { format in
        ["debat-ia-emc-4e", "le-chat-test"].map { (format, $0) }
    }

    @Test(arguments: cases)
    func matchesGoldenFile(format: ExportFormat, id: String) throws {
        let catalog = try FixtureCatalog.load()
        let entry = try #require(catalog.entry(id))
        let data = try RecordWriter(catalog: catalog).document(entry, as: format)
        let golden = Paths.snapshots.appendingPathComponent("\(format.rawValue)-\(id).xml")
        if ProcessInfo.processInfo.environment["PEDACAT_UPDATE_SNAPSHOTS"] == "1" {
            try data.write(to: golden)
        }
        let expected = try Data(contentsOf: golden)
        #expect(
            String(decoding: data, as: UTF8.self) == String(decoding: expected, as: UTF8.self),
            "\(golden.lastPathComponent) differs")
    }

    @Test(arguments: ExportFormat.allCases)
    func goldenFilesValidate(format: ExportFormat) throws {
        try Paths.requireStandards()
        let validator = try Validators.schema(for: format)
        for id in ["debat-ia-emc-4e", "le-chat-test"] {
            let data = try Data(contentsOf: Paths.snapshots.appendingPathComponent("\(format.rawValue)-\(id).xml"))
            #expect(validator.validate(data, name: "\(id).xml") == [])
        }
    }
}
