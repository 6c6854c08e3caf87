import Foundation
import Testing
@testable import CatalogCore

/// The shipped catalogue must load with no finding at all (errors or warnings).
@Test func shippedCatalogLoadsCleanly() throws {
    let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("catalog")
    let catalog = try CatalogLoader(root: root).load()
    #expect(catalog.findings.isEmpty, "\(catalog.findings.map(\.formatted).joined(separator: "\n"))")
    #expect(!catalog.entries.isEmpty)
}
