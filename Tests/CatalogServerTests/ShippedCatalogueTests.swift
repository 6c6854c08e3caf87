import CatalogServer
import Foundation
import FoundationXML
import Hummingbird
import HummingbirdTesting
import Testing

/// The shipped catalogue (`catalog/`), served and harvested page by page in both formats:
/// every page valid against OAI-PMH + oai_dc + ScoLOMFR 3.1, every published entry harvested.
@Suite struct ShippedCatalogueTests {
    @Test(arguments: ["oai_dc", "lom"])
    func everyPageOfTheShippedCatalogueValidates(prefix: String) async throws {
        var configuration = TestSupport.configuration(pageSize: 25)
        configuration.catalogURL = TestSupport.packageRoot.appendingPathComponent("catalog", isDirectory: true)
        let app = try await buildApplication(configuration: configuration)
        let identifiers = try await app.test(.router) { client in
            var identifiers: [String] = []
            var query = "verb=ListRecords&metadataPrefix=\(prefix)"
            for page in 0..<100 {
                let data = try await client.execute(uri: "/oai?\(query)", method: .get) { TestSupport.bytes($0.body) }
                #expect(try TestSupport.issues(data) == [], "page \(page)")
                let document = try TestSupport.document(data)
                #expect(try TestSupport.errorCode(document) == nil)
                identifiers += try TestSupport.texts(document, "identifier").filter {
                    $0.hasPrefix("oai:pedacat.test:")
                }
                guard let token = try TestSupport.resumptionToken(document)?.stringValue, !token.isEmpty else { break }
                query = "verb=ListRecords&resumptionToken=\(token)"
            }
            return identifiers
        }
        let files = try FileManager.default.subpathsOfDirectory(atPath: configuration.catalogURL.path)
            .filter { $0.hasSuffix(".md") }
        var published: Set<String> = []
        for file in files {
            let text = try String(contentsOf: configuration.catalogURL.appendingPathComponent(file), encoding: .utf8)
            if text.contains("\nstatus: published\n") || text.contains("\nstatus: withdrawn\n") {
                published.insert(
                    "oai:pedacat.test:" + URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent)
            }
        }
        #expect(!published.isEmpty)
        #expect(Set(identifiers) == published)
        #expect(identifiers.count == published.count)
    }
}
