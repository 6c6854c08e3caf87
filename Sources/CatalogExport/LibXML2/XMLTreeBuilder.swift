internal import CLibXML2
import Foundation

/// Builds a libxml2 document node by node (no text to parse), so that a record can be validated
/// in place with `xmlSchemaValidateDoc`, then serialised with the same layout as
/// `XMLStreamWriter` (two-space indentation, UTF-8, CDATA kept). Element names are qualified
/// (`lom:title`); namespaces are declared on the root.
final class XMLTreeBuilder: XMLSink {
    private let document: xmlDocPtr
    private var stack: [xmlNodePtr] = []
    private var namespaces: [String: xmlNsPtr] = [:]
    private var defaultNamespace: xmlNsPtr?
    /// Prefix of each open element whose namespace is not declared yet (the root).
    private var pendingPrefix: String?

    init() throws(ExportError) {
        guard let document = xmlNewDoc("1.0") else { throw .writer("xmlNewDoc") }
        // Names come from a per-thread dictionary: no allocation per element name.
        if let dictionary = Self.threadDictionary() {
            document.pointee.dict = dictionary
            xmlDictReference(dictionary)
        }
        self.document = document
    }

    private static let dictionaryKey: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key) { pointer in
            if let pointer { xmlDictFree(OpaquePointer(pointer)) }
        }
        return key
    }()

    private static func threadDictionary() -> xmlDictPtr? {
        if let existing = pthread_getspecific(dictionaryKey) { return OpaquePointer(existing) }
        guard let dictionary = xmlDictCreate() else { return nil }
        pthread_setspecific(dictionaryKey, UnsafeRawPointer(dictionary))
        return dictionary
    }

    deinit {
        xmlFreeDoc(document)
    }

    func startElement(_ name: String, prefix: String? = nil, namespace: String? = nil) throws(ExportError) {
        let (elementPrefix, local) = Self.split(name, prefix: prefix)
        let ns = elementPrefix.map { namespaces[$0] } ?? defaultNamespace
        let created: xmlNodePtr? = local.withXMLChars { xmlNewDocNode(document, ns, $0, nil) }
        guard let node = created else { throw .writer("xmlNewDocNode \(name)") }
        if let parent = stack.last {
            xmlAddChild(parent, node)
        } else {
            xmlDocSetRootElement(document, node)
        }
        stack.append(node)
        if ns == nil { pendingPrefix = elementPrefix }
        if let namespace { try declareNamespace(prefix: elementPrefix, uri: namespace) }
    }

    func attribute(_ name: String, _ value: String, prefix: String? = nil) throws(ExportError) {
        guard let node = stack.last else { throw .writer("attribute outside an element") }
        let (attributePrefix, local) = Self.split(name, prefix: prefix)
        if attributePrefix == "xmlns" || (attributePrefix == nil && local == "xmlns") {
            try declareNamespace(prefix: attributePrefix == nil ? nil : local, uri: value)
            return
        }
        var ns: xmlNsPtr?
        if let attributePrefix {
            ns = attributePrefix == "xml" ? xmlSearchNs(document, node, "xml") : namespaces[attributePrefix]
            guard ns != nil else { throw .writer("undeclared prefix \(attributePrefix)") }
        }
        let result = local.withXMLChars { local in value.withXMLChars { xmlNewNsProp(node, ns, local, $0) } }
        if result == nil { throw .writer("xmlNewNsProp \(name)") }
    }

    func declareNamespace(prefix: String?, uri: String) throws(ExportError) {
        guard let node = stack.last else { throw .writer("namespace outside an element") }
        let created = uri.withXMLChars { uri in prefix.withOptionalXMLChars { xmlNewNs(node, uri, $0) } }
        guard let ns = created else { throw .writer("xmlNewNs \(prefix ?? "")") }
        if let prefix { namespaces[prefix] = ns } else { defaultNamespace = ns }
        if node.pointee.ns == nil && pendingPrefix == prefix {
            xmlSetNs(node, ns)
            pendingPrefix = nil
        }
    }

    func text(_ text: String) throws(ExportError) {
        guard let node = stack.last else { throw .writer("text outside an element") }
        let count = Int32(text.utf8.count)
        text.withXMLChars { xmlNodeAddContentLen(node, $0, count) }
    }

    func cdata(_ text: String) throws(ExportError) {
        if text.contains("]]>") {
            try self.text(text)
            return
        }
        guard let node = stack.last else { throw .writer("cdata outside an element") }
        let count = Int32(text.utf8.count)
        let block: xmlNodePtr? = text.withXMLChars { xmlNewCDataBlock(document, $0, count) }
        guard let block else { throw .writer("xmlNewCDataBlock") }
        xmlAddChild(node, block)
    }

    func endElement() throws(ExportError) {
        guard stack.popLast() != nil else { throw .writer("endElement without element") }
    }

    /// Validates the document as built; issues carry no line (the tree was never text).
    func validate(with validator: SchemaValidator) -> Bool {
        validator.isValid(document)
    }

    /// The document as UTF-8 bytes, laid out like `XMLStreamWriter`'s output.
    func serialized() throws(ExportError) -> Data {
        guard let buffer = xmlBufferCreateSize(16 * 1024) else { throw .writer("xmlBufferCreateSize") }
        defer { xmlBufferFree(buffer) }
        let options = Int32(XML_SAVE_FORMAT.rawValue)
        guard let context = xmlSaveToBuffer(buffer, "UTF-8", options) else { throw .writer("xmlSaveToBuffer") }
        xmlSaveDoc(context, document)
        xmlSaveClose(context)
        guard let content = buffer.pointee.content else { return Data() }
        return Data(bytes: content, count: Int(buffer.pointee.use))
    }

    private static func split(_ name: String, prefix: String?) -> (String?, String) {
        if let prefix { return (prefix, name) }
        guard let colon = name.firstIndex(of: ":") else { return (nil, name) }
        return (String(name[..<colon]), String(name[name.index(after: colon)...]))
    }
}
