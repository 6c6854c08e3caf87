import CatalogCore
import Foundation
import Testing

@testable import CatalogExport

@Suite struct ExporterTests {
    struct InjectedFailure: Error {}

    func files(_ directory: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: directory.path) {
            result[name] = try Data(contentsOf: directory.appendingPathComponent(name))
        }
        return result
    }

    @Test func writesPublishedEntriesAndSkipsDraftsAndWithdrawn() throws {
        let output = try Paths.temporaryDirectory()
        let report = try Exporter(catalog: try FixtureCatalog.load())
            .export(ExportOptions(format: .scolomfr, output: output))
        #expect(report.written.sorted() == ["debat-ia-emc-4e", "le-chat-test"])
        #expect(Set(report.skipped.map(\.id)) == ["brouillon-test", "retire-test"])
        let names = try files(output.appendingPathComponent("scolomfr")).keys.sorted()
        #expect(names == [".pedacat-manifest.json", "debat-ia-emc-4e.xml", "le-chat-test.xml"])

        let withDrafts = try Exporter(catalog: try FixtureCatalog.load())
            .export(ExportOptions(format: .scolomfr, output: output, includeDrafts: true))
        #expect(withDrafts.written == ["brouillon-test"])
        #expect(withDrafts.unchanged.sorted() == ["debat-ia-emc-4e", "le-chat-test"])
    }

    @Test func secondRunRewritesNothingAndKeepsBytes() throws {
        let output = try Paths.temporaryDirectory()
        let exporter = Exporter(catalog: try FixtureCatalog.load())
        for format in ExportFormat.allCases {
            _ = try exporter.export(ExportOptions(format: format, output: output))
            let folder = output.appendingPathComponent(format.rawValue)
            let before = try files(folder)
            let dates = try before.keys.map {
                try FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent($0).path)[
                    .modificationDate] as? Date
            }
            let again = try exporter.export(ExportOptions(format: format, output: output))
            #expect(again.written.isEmpty)
            #expect(again.unchanged.count == 2)
            #expect(try files(folder) == before)
            let datesAfter = try before.keys.map {
                try FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent($0).path)[
                    .modificationDate] as? Date
            }
            #expect(dates == datesAfter)
        }
    }

    @Test func failureMidExportLeavesPreviousExportIntact() throws {
        let catalogFolder = try FixtureCatalog.copy()
        let output = try Paths.temporaryDirectory()
        _ = try Exporter(catalog: try CatalogLoader(root: catalogFolder).load())
            .export(ExportOptions(format: .scolomfr, output: output))
        let folder = output.appendingPathComponent("scolomfr")
        let before = try files(folder)

        // Change both entries, then fail while writing the second file.
        for (kind, id) in [("scenarios", "debat-ia-emc-4e"), ("tools", "le-chat-test")] {
            let file = catalogFolder.appendingPathComponent("\(kind)/\(id).md")
            let text = try String(contentsOf: file, encoding: .utf8)
            try text.replacingOccurrences(of: "title: ", with: "title: Modifié — ").write(
                to: file, atomically: true, encoding: .utf8)
        }
        var exporter = Exporter(catalog: try CatalogLoader(root: catalogFolder).load())
        let counter = Counter()
        exporter.beforeWrite = { _ in
            if counter.next() == 2 { throw InjectedFailure() }
        }
        #expect(throws: ExportError.self) {
            try exporter.export(ExportOptions(format: .scolomfr, output: output))
        }
        #expect(try files(folder) == before, "old files intact, no temporary file left")
    }

    @Test func filesOfDeletedEntriesAreRemovedButForeignFilesKept() throws {
        let catalogFolder = try FixtureCatalog.copy()
        let output = try Paths.temporaryDirectory()
        _ = try Exporter(catalog: try CatalogLoader(root: catalogFolder).load())
            .export(ExportOptions(format: .lom, output: output))
        let folder = output.appendingPathComponent("lom")
        try Data("<mine/>".utf8).write(to: folder.appendingPathComponent("notice-a-moi.xml"))
        try FileManager.default.removeItem(at: catalogFolder.appendingPathComponent("tools/le-chat-test.md"))
        let report = try Exporter(catalog: try CatalogLoader(root: catalogFolder).load())
            .export(ExportOptions(format: .lom, output: output))
        #expect(report.removed == ["le-chat-test"])
        #expect(
            try files(folder).keys.sorted() == [".pedacat-manifest.json", "debat-ia-emc-4e.xml", "notice-a-moi.xml"])
    }

    @Test func schemaValidationRejectsInvalidRecordsWithLinesAndWritesNothing() throws {
        try Paths.requireStandards()
        let output = try Paths.temporaryDirectory()
        // ScoLOMFR records are not plain LOM: validating them against lomStrict must fail.
        let options = ExportOptions(
            format: .scolomfr, output: output, schema: Paths.lomStrictXSD, xmlCatalog: Paths.xmlCatalog)
        do {
            _ = try Exporter(catalog: try FixtureCatalog.load()).export(options)
            Issue.record("export should fail")
        } catch ExportError.invalidRecords(let format, let problems) {
            #expect(format == .scolomfr)
            #expect(problems.map(\.id).sorted() == ["debat-ia-emc-4e", "le-chat-test"])
            #expect(problems.allSatisfy { $0.issues.allSatisfy { $0.line > 0 } })
        }
        #expect(try files(output.appendingPathComponent("scolomfr")).isEmpty)
    }

    @Test func schemaValidationPassesForValidRecords() throws {
        try Paths.requireStandards()
        let output = try Paths.temporaryDirectory()
        let report = try Exporter(catalog: try FixtureCatalog.load())
            .export(ExportOptions(format: .scolomfr, output: output, schema: Paths.scolomfrXSD))
        #expect(report.written.count == 2)
    }

    @Test func dryRunChecksEverythingAndWritesNothing() throws {
        try Paths.requireStandards()
        let output = try Paths.temporaryDirectory()
        let report = try Exporter(catalog: try FixtureCatalog.load())
            .export(ExportOptions(format: .scolomfr, output: output, schema: Paths.scolomfrXSD, dryRun: true))
        #expect(report.written.sorted() == ["debat-ia-emc-4e", "le-chat-test"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.path).isEmpty)
    }

    @Test func selectedIDsLeaveOtherFilesAlone() throws {
        let output = try Paths.temporaryDirectory()
        let exporter = Exporter(catalog: try FixtureCatalog.load())
        _ = try exporter.export(ExportOptions(format: .oaiDC, output: output))
        let report = try exporter.export(
            ExportOptions(format: .oaiDC, output: output, ids: ["le-chat-test", "retire-test"]))
        #expect(report.unchanged == ["le-chat-test"])
        #expect(try files(output.appendingPathComponent("oai_dc")).count == 3)
        #expect(throws: ExportError.entryNotFound("inconnue")) {
            try exporter.export(ExportOptions(format: .oaiDC, output: output, ids: ["inconnue"]))
        }
    }
}

/// A thread-safe counter for the failure hook.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    func next() -> Int {
        lock.withLock {
            value += 1
            return value
        }
    }
}
