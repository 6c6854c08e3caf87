import CatalogCore
import Foundation
import Testing

@testable import CatalogExport

/// ScoLOMFR 3.x samples: import → entry file → export ScoLOMFR → valid, facts preserved.
@Suite struct RoundTripTests {
    static let files = ["ExempleManuelReferenceScoLOMFRv3-1.xml", "consecutive-taxons-v3.0.xml", "echanges-v3.0.xml"]

    @Test(arguments: files)
    func importedRecordExportsValidScolomfr(name: String) throws {
        try Paths.requireStandards()
        let file = Paths.samples.appendingPathComponent("scolomfr-3.x/\(name)")
        let source = try Importer.record(from: Data(contentsOf: file), name: name)
        let root = try Paths.temporaryDirectory()
        guard
            case .imported(let id, _, _) = try #require(Importer(catalogRoot: root).importFiles([file]).items.first)
                .outcome
        else {
            Issue.record("\(name) not imported")
            return
        }
        let catalog = try CatalogLoader(root: root).load()
        var entry = try #require(catalog.entry(id))
        entry.authors = entry.authors.isEmpty ? [Author(name: "Curateur")] : entry.authors
        let data = try RecordWriter(catalog: catalog).document(entry, as: .scolomfr)
        let issues = try Validators.schema(for: .scolomfr).validate(data, name: "\(id).xml")
        #expect(issues.isEmpty, "\(issues)")

        let exported = try UntrustedXMLParser.parse(data, name: "\(id).xml")
        #expect(exported.first(path: "general/title/string")?.value == source.title)
        #expect(exported.first(path: "general/description/string")?.value == source.summary)
        #expect(exported.first("general")?.all("keyword").compactMap { $0.first("string")?.value } == source.keywords)
        let back = try LOMImportMapper.map(exported)
        #expect(back.title == source.title)
        #expect(back.summary == source.summary)
        #expect(back.keywords == source.keywords)
        #expect(back.levels == source.levels)
        #expect(back.disciplines == source.disciplines)
        #expect(!source.levels.isEmpty || !source.disciplines.isEmpty)
    }
}
