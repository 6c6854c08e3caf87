import Foundation
import Testing

/// Locations tests rely on, from this file's path: the package root, the shared standards
/// (`../shared/standards`, which must exist: tests fail without them) and the catalogue.
enum Paths {
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static let standards = packageRoot.deletingLastPathComponent()
        .appendingPathComponent("shared/standards", isDirectory: true)
    static let catalog = packageRoot.appendingPathComponent("catalog", isDirectory: true)
    static let tests = packageRoot.appendingPathComponent("Tests/CatalogExportTests", isDirectory: true)
    static let snapshots = tests.appendingPathComponent("Snapshots", isDirectory: true)
    static let fixtures = tests.appendingPathComponent("Fixtures", isDirectory: true)

    static let scolomfrXSD = standards.appendingPathComponent("scolomfr/xsd-3.1/scolomfr.xsd")
    static let lomStrictXSD = standards.appendingPathComponent("lom/lomStrict.xsd")
    static let oaiDCXSD = standards.appendingPathComponent("oai-pmh/oai_dc.xsd")
    static let xmlCatalog = standards.appendingPathComponent("catalog.xml")
    static let samples = standards.appendingPathComponent("samples", isDirectory: true)

    /// Fails the test (never skips it) when the shared standards are missing.
    static func requireStandards() throws {
        try #require(
            FileManager.default.fileExists(atPath: scolomfrXSD.path),
            "../shared/standards est introuvable : les tests d'export en ont besoin")
    }

    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("pedacat-export-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
