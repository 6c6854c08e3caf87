import ArgumentParser
import CatalogCore
import Foundation
import Testing

@testable import pedacat

/// `pedacat export` and `pedacat import` through the real argument parser.
@Suite struct ExportImportCommandTests {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let fixtureCatalog = packageRoot.appendingPathComponent("Tests/CatalogExportTests/Fixtures/catalog")
    static let standards = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/standards")

    func temporary() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("pedacat-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func exportWritesFilesAndValidatesWithSchema() async throws {
        #expect(FileManager.default.fileExists(atPath: Self.standards.path), "../shared/standards est requis")
        let output = try temporary()
        let command = try #require(
            try Pedacat.parseAsRoot([
                "export", "--catalog", Self.fixtureCatalog.path, "--format", "lom", "--output", output.path,
                "--schema", Self.standards.appendingPathComponent("lom/lomStrict.xsd").path,
            ]) as? Pedacat.Export)
        let console = Console.capture()
        try await command.execute(console: console)
        #expect(console.output.contains("2 écrite(s)"))
        #expect(console.errors.contains("brouillon-test : ignorée"))
        let names = try FileManager.default.contentsOfDirectory(atPath: output.appendingPathComponent("lom").path)
        #expect(names.filter { $0.hasSuffix(".xml") }.sorted() == ["debat-ia-emc-4e.xml", "le-chat-test.xml"])
    }

    @Test func exportReportsJSON() async throws {
        let output = try temporary()
        let command = try #require(
            try Pedacat.parseAsRoot([
                "export", "--catalog", Self.fixtureCatalog.path, "--format", "oai_dc", "--output", output.path,
                "--include-drafts", "--output-format", "json",
            ]) as? Pedacat.Export)
        let console = Console.capture()
        try await command.execute(console: console)
        let report = try JSONDecoder().decode(
            [String: AnyCodableList].self, from: Data(console.output.utf8))
        #expect(report["written"]?.values.count == 3)
    }

    @Test func unknownFormatIsAUsageError() {
        #expect(throws: (any Error).self) {
            try Pedacat.parseAsRoot(["export", "--format", "marc21"])
        }
    }

    @Test func importWritesDraftsAndReportsRejections() async throws {
        let catalog = try temporary()
        let good = Self.standards.appendingPathComponent("samples/scolomfr-3.x/echanges-v3.0.xml")
        let bad = Self.standards.appendingPathComponent("samples/invalid/double-general.xml")
        let command = try #require(
            try Pedacat.parseAsRoot(["import", "--catalog", catalog.path, good.path, bad.path]) as? Pedacat.Import)
        let console = Console.capture()
        await #expect(throws: (any Error).self) {
            try await command.execute(console: console)
        }
        #expect(console.output.contains("importée →"))
        #expect(console.output.contains("refusée"))
        #expect(console.output.contains("Bilan : 1 importée(s), 0 déjà présente(s), 1 refusée(s) sur 2."))
        let loaded = try CatalogLoader(root: catalog).load()
        #expect(loaded.entries.count == 1)
        #expect(loaded.entries.first?.status == "draft")
    }
}

/// Decodes `{"written": [...], ...}` keys whose values are lists or anything else.
struct AnyCodableList: Decodable {
    var values: [String] = []

    init(from decoder: any Decoder) throws {
        if let list = try? decoder.singleValueContainer().decode([String].self) { values = list }
    }
}
