internal import CLibXML2
public import Foundation

/// An XSD compiled once by libxml2, validating any number of documents in-process.
///
/// Each `validate` call parses the document without network access or entity expansion and
/// uses its own validation context, so one validator may serve several threads.
public final class SchemaValidator: @unchecked Sendable {
    // The compiled schema is read-only after init; libxml2 allows sharing it across threads
    // as long as each validation has its own context.
    private let schema: xmlSchemaPtr
    public let xsd: URL

    /// Compiles `xsd`. `catalog` is an OASIS XML catalog mapping remote schema locations to
    /// local files (`shared/standards/catalog.xml`); network access is never attempted.
    public init(xsd: URL, catalog: URL? = nil) throws(ExportError) {
        LibXML2Environment.prepare()
        if let catalog { LibXML2Environment.loadCatalog(catalog) }
        guard FileManager.default.fileExists(atPath: xsd.path) else {
            throw .schemaNotFound(xsd.path)
        }
        self.xsd = xsd
        let collector = IssueCollector()
        let compiled: xmlSchemaPtr? = collector.capturingParserErrors {
            guard let parser = xmlSchemaNewParserCtxt(xsd.path) else { return nil }
            defer { xmlSchemaFreeParserCtxt(parser) }
            pedacat_xmlSchemaSetParserStructuredErrors(parser, IssueCollector.handler, collector.pointer)
            return xmlSchemaParse(parser)
        }
        guard let compiled else { throw .schemaInvalid(xsd.path, collector.issues) }
        schema = compiled
    }

    deinit {
        xmlSchemaFree(schema)
    }

    /// Problems of `data` against the schema (well-formedness included); empty when valid.
    /// `name` names the document in messages. The document is validated while it is parsed
    /// (SAX streaming, no tree built), without network access, DTD loading or entity expansion.
    /// libxml2's allocations (parser and validation contexts) live in the thread's record arena.
    public func validate(_ data: Data, name: String = "record.xml") -> [XMLIssue] {
        LibXML2Arena.scoped { validateStream(data) }
    }

    private func validateStream(_ data: Data) -> [XMLIssue] {
        let collector = IssueCollector()
        return collector.capturingParserErrors {
            guard let context = xmlSchemaNewValidCtxt(schema) else {
                return [XMLIssue(line: 0, message: "Contexte de validation impossible à créer.")]
            }
            defer { xmlSchemaFreeValidCtxt(context) }
            pedacat_xmlSchemaSetValidStructuredErrors(context, IssueCollector.handler, collector.pointer)
            let result: Int32 = data.withUnsafeBytes { bytes in
                guard let base = bytes.baseAddress?.assumingMemoryBound(to: CChar.self),
                    let input = xmlParserInputBufferCreateMem(base, Int32(bytes.count), XML_CHAR_ENCODING_NONE)
                else { return -1 }
                // xmlSchemaValidateStream frees the input buffer.
                return xmlSchemaValidateStream(context, input, XML_CHAR_ENCODING_NONE, nil, nil)
            }
            if result != 0 && collector.issues.isEmpty {
                collector.issues.append(
                    XMLIssue(line: 0, message: "Document non valide ou illisible (code \(result))."))
            }
            return collector.issues
        }
    }

    /// Whether an in-memory document (built, not parsed) is valid; errors are not collected.
    func isValid(_ document: xmlDocPtr) -> Bool {
        guard let context = xmlSchemaNewValidCtxt(schema) else { return false }
        defer { xmlSchemaFreeValidCtxt(context) }
        let collector = IssueCollector(limit: 0)
        pedacat_xmlSchemaSetValidStructuredErrors(context, IssueCollector.handler, collector.pointer)
        return xmlSchemaValidateDoc(context, document) == 0
    }
}
