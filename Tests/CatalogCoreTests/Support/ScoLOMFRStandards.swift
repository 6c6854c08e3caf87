import CatalogCore
import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The official ScoLOMFR concepts and labels, read from `shared/standards/scolomfr/` beside the
/// package: SKOS 3.2.0 (`vocab-3.2.0/SKOS/*.rdf`) and the flat JSON 7.0 export
/// (`vocab-7.0-json/json/*.json`). Only tests read these files; the project ships none of them.
struct ScoLOMFRStandards: Sendable {
    /// `…/shared/standards/scolomfr`, computed from this file's path (package root + `../shared`).
    static let directory: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Support
        .deletingLastPathComponent()  // CatalogCoreTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // package root
        .deletingLastPathComponent()
        .appendingPathComponent("shared/standards/scolomfr", isDirectory: true)

    /// Loaded once for every test that needs it.
    static let shared: Result<ScoLOMFRStandards, any Error> = Result { try load(from: directory) }

    /// Every concept URI (`rdf:about` in SKOS 3.2.0, flat ids of JSON 7.0 under `conceptBase`).
    var uris: Set<String> = []
    /// Official French labels by URI: SKOS prefLabel and altLabel, JSON 7.0 label.
    var labels: [String: Set<String>] = [:]
    /// Files read, so a test can tell an empty folder from a missing concept.
    var rdfFileCount = 0
    var jsonFileCount = 0

    enum LoadError: Error, CustomStringConvertible {
        case missingFolder(String)
        case unreadable(String, String)

        var description: String {
            switch self {
            case .missingFolder(let path):
                "ScoLOMFR standards folder not found at \(path): clone the repository next to "
                    + "shared/ (CI provides ../shared/standards beside the clone)."
            case .unreadable(let path, let reason): "cannot read \(path): \(reason)"
            }
        }
    }

    static func load(from directory: URL) throws -> ScoLOMFRStandards {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: directory.path, isDirectory: &isDirectory),
            isDirectory.boolValue
        else { throw LoadError.missingFolder(directory.path) }

        var standards = ScoLOMFRStandards()
        let skos = directory.appendingPathComponent("vocab-3.2.0/SKOS", isDirectory: true)
        for file in try files(in: skos, extension: "rdf") {
            try standards.addSKOS(file)
            standards.rdfFileCount += 1
        }
        let json = directory.appendingPathComponent("vocab-7.0-json/json", isDirectory: true)
        for file in try files(in: json, extension: "json") {
            try standards.addFlatJSON(file)
            standards.jsonFileCount += 1
        }
        return standards
    }

    private static func files(in directory: URL, extension pathExtension: String) throws -> [URL] {
        try FileManager.default.contentsOfDirectory(
            at: directory, includingPropertiesForKeys: nil
        )
        .filter { $0.pathExtension == pathExtension }
        .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    private mutating func addSKOS(_ file: URL) throws {
        guard let parser = XMLParser(contentsOf: file) else {
            throw LoadError.unreadable(file.path, "not readable as XML")
        }
        let collector = SKOSCollector()
        parser.delegate = collector
        parser.shouldProcessNamespaces = false
        guard parser.parse() else {
            throw LoadError.unreadable(
                file.path, parser.parserError.map { "\($0)" } ?? "XML parse error")
        }
        uris.formUnion(collector.uris)
        for (uri, found) in collector.labels { labels[uri, default: []].formUnion(found) }
    }

    private mutating func addFlatJSON(_ file: URL) throws {
        struct Flat: Decodable {
            let id: String
            let terms: [String: String]
        }
        let flat: Flat
        do {
            flat = try JSONDecoder().decode(Flat.self, from: Data(contentsOf: file))
        } catch {
            throw LoadError.unreadable(file.path, "\(error)")
        }
        for (id, label) in flat.terms {
            // A few ids are already full URIs (MIME types, languages); the rest are concept ids.
            let uri = id.contains("://") ? id : Vocabularies.conceptBase + id
            uris.insert(uri)
            labels[uri, default: []].insert(label)
        }
    }
}

/// Collects `rdf:about` and French `skos:prefLabel` / `skos:altLabel` from one SKOS RDF/XML file.
private final class SKOSCollector: NSObject, XMLParserDelegate {
    var uris: Set<String> = []
    var labels: [String: Set<String>] = [:]
    /// The concept being described, and the element that names it (`rdf:Description`, …).
    private var subject: (uri: String, element: String)?
    private var label: String?

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName qName: String?, attributes: [String: String] = [:]
    ) {
        if let about = attributes["rdf:about"] {
            uris.insert(about)
            subject = (about, elementName)
        } else if subject != nil,
            elementName == "skos:prefLabel" || elementName == "skos:altLabel",
            attributes["xml:lang"].map({ $0 == "fr" }) ?? true
        {
            label = ""
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        label? += string
    }

    func parser(
        _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
        qualifiedName qName: String?
    ) {
        if elementName == "skos:prefLabel" || elementName == "skos:altLabel" {
            if let subject = subject?.uri,
                let text = label?.trimmingCharacters(in: .whitespacesAndNewlines),
                !text.isEmpty
            {
                labels[subject, default: []].insert(text)
            }
            label = nil
        } else if elementName == subject?.element {
            subject = nil
        }
    }
}
