import CatalogExport
import CatalogServer
import Foundation
import FoundationXML
import Hummingbird
import Testing

/// Paths, configurations and XML helpers shared by the server tests.
enum TestSupport {
    static let testsDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let packageRoot = testsDirectory.deletingLastPathComponent().deletingLastPathComponent()
    static let fixtureCatalog = testsDirectory.appendingPathComponent("Fixtures/catalog", isDirectory: true)
    /// `../shared/standards` beside the package: tests FAIL (not skip) when it is missing.
    static let standards = packageRoot.deletingLastPathComponent()
        .appendingPathComponent("shared/standards", isDirectory: true)
    static let artefacts = packageRoot.appendingPathComponent(".build/artefacts", isDirectory: true)

    /// Harvestable items of the fixture catalogue: published entries and the withdrawn one.
    static let harvestableIDs: Set = [
        "assistant-conversationnel", "synthese-vocale-locale", "esprit-critique-ia-4e", "neurones-debranche-5e",
        "lecture-voix-haute-cm1", "ancien-scenario-retire",
    ]

    /// A configuration over the fixture catalogue, its index in a fresh temporary folder.
    static func configuration(pageSize: Int = 2, offersSets: Bool = true, port: Int = 0) -> CatalogServerConfiguration {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("pedacat-serve-tests-\(UUID().uuidString)", isDirectory: true)
        return CatalogServerConfiguration(
            host: "127.0.0.1", port: port, catalogURL: fixtureCatalog,
            indexURL: folder.appendingPathComponent("index.sqlite"), pageSize: pageSize,
            repositoryIdentifier: "pedacat.test", offersSets: offersSets)
    }

    // MARK: Schemas

    static func wrapper(_ name: String) throws -> URL {
        let url = standards.appendingPathComponent("oai-pmh/own-wrappers/\(name)")
        try #require(
            FileManager.default.fileExists(atPath: url.path),
            "missing \(url.path): shared/standards must be beside the package")
        return url
    }

    /// OAI-PMH with oai_dc and ScoLOMFR 3.1: validates every response but Identify.
    static let recordsValidator: Result<SchemaValidator, any Error> = Result {
        try SchemaValidator(
            xsd: try wrapper("oai-pmh+oai_dc+scolomfr-3.1.xsd"),
            catalog: standards.appendingPathComponent("catalog.xml"))
    }

    /// OAI-PMH with the oai-identifier description: validates Identify.
    static let identifyValidator: Result<SchemaValidator, any Error> = Result {
        try SchemaValidator(
            xsd: try wrapper("oai-pmh+oai-identifier.xsd"), catalog: standards.appendingPathComponent("catalog.xml"))
    }

    /// Schema problems of an OAI-PMH response (empty when valid).
    static func issues(_ data: Data, identify: Bool = false) throws -> [String] {
        let validator = try (identify ? identifyValidator : recordsValidator).get()
        return validator.validate(data, name: "response.xml").map(\.description)
    }

    // MARK: XML reading

    static func document(_ data: Data) throws -> XMLDocument {
        try XMLDocument(data: data, options: [])
    }

    /// Text of every element named `name` (any namespace).
    static func texts(_ document: XMLDocument, _ name: String) throws -> [String] {
        try document.nodes(forXPath: "//*[local-name()='\(name)']").compactMap(\.stringValue)
    }

    /// The OAI error code of a response, if any.
    static func errorCode(_ document: XMLDocument) throws -> String? {
        let nodes = try document.nodes(forXPath: "//*[local-name()='error']")
        return (nodes.first as? XMLElement).flatMap { attribute($0, "code") }
    }

    /// An attribute's value (`XMLElement.attribute(forName:)` misses them on namespaced elements on Linux).
    static func attribute(_ element: XMLElement, _ name: String) -> String? {
        element.attributes?.first { $0.name == name || $0.localName == name }?.stringValue
    }

    static func resumptionToken(_ document: XMLDocument) throws -> XMLElement? {
        try document.nodes(forXPath: "//*[local-name()='resumptionToken']").first as? XMLElement
    }
}

extension TestSupport {
    static func bytes(_ buffer: ByteBuffer) -> Data { Data(buffer.readableBytesView) }
}
