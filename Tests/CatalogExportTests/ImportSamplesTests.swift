import CatalogCore
import Foundation
import Testing

@testable import CatalogExport

/// The 47 third-party records of `shared/standards/samples/`.
@Suite struct ImportSamplesTests {
    static func sampleFiles() throws -> [URL] {
        try Paths.requireStandards()
        var result: [URL] = []
        for folder in try FileManager.default.contentsOfDirectory(atPath: Paths.samples.path).sorted() {
            let url = Paths.samples.appendingPathComponent(folder, isDirectory: true)
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: url.path) else { continue }
            result += names.filter { $0.hasSuffix(".xml") }.sorted().map { url.appendingPathComponent($0) }
        }
        return result
    }

    @Test func everySampleIsImportedOrRejectedWithAReason() throws {
        let files = try Self.sampleFiles()
        #expect(files.count == 47)
        var imported = 0
        var rejected: [String: String] = [:]
        for file in files {
            // Each record into its own empty catalogue: revisions of one record share identifiers.
            let root = try Paths.temporaryDirectory()
            let report = Importer(catalogRoot: root).importFiles([file])
            switch try #require(report.items.first).outcome {
            case .imported(let id, let path, _):
                imported += 1
                let catalog = try CatalogLoader(root: root).load()
                #expect(catalog.entry(id) != nil, "\(path)")
                let errors = catalog.findings.filter { $0.severity == .error }
                #expect(errors.isEmpty, "\(file.lastPathComponent): \(errors.map(\.formatted))")
                #expect(catalog.entry(id)?.statusValue == .draft)
            case .rejected(let failure):
                rejected[file.lastPathComponent] = failure.description
            case .alreadyImported:
                Issue.record("empty catalogue cannot hold \(file.lastPathComponent)")
            }
        }
        #expect(imported >= 45)
        #expect(Set(rejected.keys) == ["double-general.xml", "extraction-scolomfr-educasources-90524.xml"])
        #expect(rejected["double-general.xml"]?.contains("<general>") == true)
        #expect(rejected["extraction-scolomfr-educasources-90524.xml"]?.contains("vocational training") == true)
    }

    @Test func sameRecordTwiceIsRecognisedAndNothingIsOverwritten() throws {
        let root = try Paths.temporaryDirectory()
        let file = Paths.samples.appendingPathComponent("scolomfr-3.x/ExempleManuelReferenceScoLOMFRv3-1.xml")
        let first = Importer(catalogRoot: root).importFiles([file])
        guard case .imported(let id, let path, _) = try #require(first.items.first).outcome else {
            Issue.record("not imported")
            return
        }
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let second = Importer(catalogRoot: root).importFiles([file])
        guard case .alreadyImported(let again, _) = try #require(second.items.first).outcome else {
            Issue.record("second import not recognised")
            return
        }
        #expect(again == id)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("scenarios").path).count
                == 1)
    }

    @Test func legacyRecordsMapLevelsAndDisciplinesThroughLabels() throws {
        let file = Paths.samples.appendingPathComponent("scolomfr-1.x-educasources/darwin-161986.xml")
        let record = try Importer.record(from: Data(contentsOf: file), name: file.lastPathComponent)
        #expect(!record.levels.isEmpty || !record.disciplines.isEmpty)
        #expect(!record.unmapped.isEmpty, "1.x records carry Dewey and audience data pedacat cannot keep")
        #expect(record.unmapped.allSatisfy { $0.hasPrefix("ligne ") })
    }

    @Test func latin1RecordIsDecoded() throws {
        let file = Paths.samples.appendingPathComponent("scolomfr-1.x-educasources/ecriture-maternelle-159857.xml")
        let utf8 = try String(contentsOf: file, encoding: .utf8)
        let latin1Text = utf8.replacingOccurrences(of: "encoding=\"UTF-8\"", with: "encoding=\"ISO-8859-1\"")
        let latin1 = try #require(latin1Text.data(using: .isoLatin1))
        #expect(latin1 != Data(utf8.utf8))
        let fromLatin1 = try Importer.record(from: latin1, name: "latin1.xml")
        let fromUTF8 = try Importer.record(from: Data(utf8.utf8), name: "utf8.xml")
        #expect(fromLatin1.title == fromUTF8.title)
        #expect(fromLatin1.summary == fromUTF8.summary)
        #expect(fromLatin1.title.contains("é"))
    }
}
