import CatalogCore
import Foundation
import Testing

@testable import CatalogExport

/// The small test catalogue of `Fixtures/catalog` (a scenario using a tool, a draft, a
/// withdrawn entry), copied where a test may change it.
enum FixtureCatalog {
    static let root = Paths.fixtures.appendingPathComponent("catalog", isDirectory: true)

    static func load() throws -> Catalog {
        let catalog = try CatalogLoader(root: root).load()
        #expect(catalog.findings.filter { $0.severity == .error }.isEmpty, "\(catalog.findings.map(\.formatted))")
        return catalog
    }

    /// A copy of the fixture catalogue in a new temporary folder.
    static func copy() throws -> URL {
        let folder = try Paths.temporaryDirectory().appendingPathComponent("catalog", isDirectory: true)
        try FileManager.default.copyItem(at: root, to: folder)
        return folder
    }
}
