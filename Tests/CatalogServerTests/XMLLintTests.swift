import CatalogServer
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// A second, independent schema check of OAI-PMH responses: libxml2's own `xmllint`, with the
/// wrappers and the XML catalog of `shared/standards` (as SOURCES.md runs it).
@Suite struct XMLLintTests {
    static let xmllint = Subprocess.which("xmllint")

    static let requests: [(String, String)] = [
        ("verb=Identify", "oai-pmh+oai-identifier.xsd"),
        ("verb=ListMetadataFormats", "oai-pmh+oai_dc.xsd"),
        ("verb=ListSets", "oai-pmh+oai_dc.xsd"),
        ("verb=ListIdentifiers&metadataPrefix=lom", "oai-pmh+oai_dc.xsd"),
        ("verb=ListRecords&metadataPrefix=oai_dc", "oai-pmh+oai_dc.xsd"),
        ("verb=ListRecords&metadataPrefix=lom", "oai-pmh+oai_dc+scolomfr-3.1.xsd"),
        (
            "verb=GetRecord&metadataPrefix=lom&identifier=oai:pedacat.test:synthese-vocale-locale",
            "oai-pmh+oai_dc+scolomfr-3.1.xsd"
        ),
        ("verb=GetRecord&metadataPrefix=lom&identifier=oai:pedacat.test:nope", "oai-pmh+oai_dc.xsd"),
    ]

    @Test(
        .enabled(
            if: xmllint != nil || Subprocess.inCI, "xmllint is absent (apt-get install libxml2-utils); required in CI"))
    func responsesValidateWithXmllint() async throws {
        let xmllint = try #require(Self.xmllint, "xmllint not found")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "pedacat-xmllint-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let app = try await buildApplication(configuration: TestSupport.configuration(pageSize: 50))
        let files = try await app.test(.router) { client in
            var files: [(URL, String)] = []
            for (position, (query, wrapper)) in Self.requests.enumerated() {
                let data = try await client.execute(uri: "/oai?\(query)", method: .get) { TestSupport.bytes($0.body) }
                let file = folder.appendingPathComponent("response-\(position).xml")
                try data.write(to: file)
                files.append((file, wrapper))
            }
            return files
        }
        for (file, wrapper) in files {
            let run = try await Subprocess.run(
                xmllint, ["--nonet", "--noout", "--schema", try TestSupport.wrapper(wrapper).path, file.path],
                environment: ["XML_CATALOG_FILES": TestSupport.standards.appendingPathComponent("catalog.xml").path])
            #expect(run.status == 0, "\(file.lastPathComponent) against \(wrapper): \(run.errors)")
        }
    }
}
