import CatalogCore
import CatalogExport
import Foundation

/// Writes OAI-PMH 2.0 response documents with CatalogExport's `XMLStreamWriter`; records are
/// embedded by `RecordWriter.write(_:as:to:)` inside `<metadata>`.
struct OAIResponseWriter: Sendable {
    let repository: OAIRepository
    let records: RecordWriter
    /// `http://host:port/oai`, echoed in `<request>` and Identify's `baseURL`.
    let baseURL: String

    static let namespace = "http://www.openarchives.org/OAI/2.0/"
    static let schemaLocation = "http://www.openarchives.org/OAI/2.0/ http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd"
    static let identifierNamespace = "http://www.openarchives.org/OAI/2.0/oai-identifier"
    static let identifierSchemaLocation =
        "http://www.openarchives.org/OAI/2.0/oai-identifier http://www.openarchives.org/OAI/2.0/oai-identifier.xsd"

    /// The whole response. `request` is `nil` when the request was refused as badVerb or
    /// badArgument (the `request` element then carries no attributes, as the protocol asks).
    func document(_ result: OAIResult, request: OAIRequest?, now: Date) -> Data {
        do {
            return try write(result, request: request, now: now)
        } catch {
            // A record that cannot be written must not become an HTTP 500: answer an OAI error.
            let fallback = OAIError(
                .cannotDisseminateFormat, "Un enregistrement n'a pas pu être produit dans ce format.")
            return (try? write(.error(fallback), request: request, now: now)) ?? Data()
        }
    }

    private func write(_ result: OAIResult, request: OAIRequest?, now: Date) throws -> Data {
        let w = try XMLStreamWriter(indent: true)
        try w.startDocument()
        try w.startElement("OAI-PMH")
        try w.declareNamespace(prefix: nil, uri: Self.namespace)
        try w.declareNamespace(prefix: "xsi", uri: XMLNamespaces.xsi)
        try w.attribute("xsi:schemaLocation", Self.schemaLocation)
        try w.element("responseDate", text: OAIDatestamp(date: now).description)
        try w.startElement("request")
        if let request, !isArgumentError(result) {
            for (name, value) in request.echoedArguments { try w.attribute(name, value) }
        }
        try w.text(baseURL)
        try w.endElement()
        switch result {
        case .error(let error):
            try w.startElement("error")
            try w.attribute("code", error.code.rawValue)
            try w.text(error.message)
            try w.endElement()
        case .identify: try identify(w)
        case .metadataFormats(let formats):
            try w.startElement("ListMetadataFormats")
            for format in formats {
                try w.startElement("metadataFormat")
                try w.element("metadataPrefix", text: format.prefix)
                try w.element("schema", text: format.schema)
                try w.element("metadataNamespace", text: format.namespace)
                try w.endElement()
            }
            try w.endElement()
        case .sets(let sets):
            try w.startElement("ListSets")
            for set in sets {
                try w.startElement("set")
                try w.element("setSpec", text: set.spec)
                try w.element("setName", text: set.name)
                try w.endElement()
            }
            try w.endElement()
        case .headers(let items, let resumption):
            try w.startElement("ListIdentifiers")
            for item in items { try header(w, item) }
            try resumptionToken(w, resumption)
            try w.endElement()
        case .records(let items, let format, let resumption):
            try w.startElement("ListRecords")
            for item in items { try record(w, item, format) }
            try resumptionToken(w, resumption)
            try w.endElement()
        case .record(let item, let format):
            try w.startElement("GetRecord")
            try record(w, item, format)
            try w.endElement()
        }
        try w.endElement()
        return try w.finish()
    }

    /// badVerb and badArgument answers echo no arguments (protocol 3.2).
    private func isArgumentError(_ result: OAIResult) -> Bool {
        if case .error(let error) = result { return error.code == .badVerb || error.code == .badArgument }
        return false
    }

    private func identify(_ w: XMLStreamWriter) throws {
        let settings = repository.settings
        try w.startElement("Identify")
        try w.element("repositoryName", text: settings.repositoryName)
        try w.element("baseURL", text: baseURL)
        try w.element("protocolVersion", text: "2.0")
        try w.element("adminEmail", text: settings.adminEmail)
        try w.element("earliestDatestamp", text: repository.earliestDatestamp.description)
        try w.element("deletedRecord", text: "persistent")
        try w.element("granularity", text: "YYYY-MM-DDThh:mm:ssZ")
        try w.startElement("description")
        try w.startElement("oai-identifier")
        try w.declareNamespace(prefix: nil, uri: Self.identifierNamespace)
        try w.attribute("xsi:schemaLocation", Self.identifierSchemaLocation)
        try w.element("scheme", text: "oai")
        try w.element("repositoryIdentifier", text: settings.repositoryIdentifier)
        try w.element("delimiter", text: ":")
        try w.element("sampleIdentifier", text: repository.sampleIdentifier)
        try w.endElement()
        try w.endElement()
        try w.endElement()
    }

    private func header(_ w: XMLStreamWriter, _ item: OAIItem) throws {
        try w.startElement("header")
        if item.isDeleted { try w.attribute("status", "deleted") }
        try w.element("identifier", text: item.identifier)
        try w.element("datestamp", text: item.datestamp.description)
        if repository.settings.offersSets {
            for spec in item.setSpecs { try w.element("setSpec", text: spec) }
        }
        try w.endElement()
    }

    private func record(_ w: XMLStreamWriter, _ item: OAIItem, _ format: OAIMetadataFormat) throws {
        try w.startElement("record")
        try header(w, item)
        if !item.isDeleted {
            try w.startElement("metadata")
            try records.write(item.entry, as: format.exportFormat, to: w)
            try w.endElement()
        }
        try w.endElement()
    }

    private func resumptionToken(_ w: XMLStreamWriter, _ resumption: OAIResumption?) throws {
        guard let resumption else { return }
        try w.startElement("resumptionToken")
        if let expiration = resumption.expirationDate { try w.attribute("expirationDate", expiration.description) }
        try w.attribute("completeListSize", String(resumption.completeListSize))
        try w.attribute("cursor", String(resumption.cursor))
        if let token = resumption.token { try w.text(token) }
        try w.endElement()
    }
}
