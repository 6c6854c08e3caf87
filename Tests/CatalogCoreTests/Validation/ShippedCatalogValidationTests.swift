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
    // Known content issues, routed to the catalogue authors (see docs/README-validate.md): pupil
    // accounts on tools whose GDPR evidence is not in their entry, and unknown min_age. When they
    // are fixed this known issue is no longer recorded and the test fails: remove the wrapper.
    withKnownIssue("contenu du catalogue en cours de correction") {
        #expect(findings.isEmpty, "\(findings.map(\.formatted).joined(separator: "\n"))")
    }
}
