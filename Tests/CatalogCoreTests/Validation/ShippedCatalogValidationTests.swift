import Foundation
import Testing
@testable import CatalogCore

/// The shipped catalogue must pass `pedacat validate --strict`: no finding at all.
@Test func shippedCatalogPassesStrictValidation() throws {
    let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("catalog")
    let catalog = try CatalogLoader(root: root).load()
    #expect(!catalog.entries.isEmpty)
    let findings = Validator().validate(catalog)
    #expect(findings.isEmpty, "\(findings.map(\.formatted).joined(separator: "\n"))")
}
