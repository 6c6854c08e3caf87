internal import CLibXML2
import Foundation

/// Builds a libxml2 document node by node (no text to parse), so that a record can be validated
/// in place with `xmlSchemaValidateDoc`, then serialised with the same layout as
/// `XMLStreamWriter` (two-space indentation, UTF-8, CDATA kept). Element names are qualified
/// (`lom:title`); namespaces are declared on the root.
final class XMLTreeBuilder: XMLSink {
    private let document: xmlDocPtr
    /// The innermost open element (`nil` before the root and after it is closed).
    private var current: xmlNodePtr?
    /// Namespaces declared so far, by prefix (static bytes, not NUL-terminated here).
    private var namespaces: [(prefix: UnsafeBufferPointer<UInt8>, ns: xmlNsPtr)] = []
    private var defaultNamespace: xmlNsPtr?
    /// An element opened before its namespace was declared (the root), and that prefix
    /// (empty: the default namespace).
    private var pending: (node: xmlNodePtr, prefix: UnsafeBufferPointer<UInt8>)?

    /// Names are copied into each document (no dictionary: a dictionary kept across records
    /// would grow inside `LibXML2Arena` scopes, and the arena makes the copies cheap).
    init() throws(ExportError) {
        LibXML2Environment.prepare()
        guard let document = xmlNewDoc("1.0") else { throw .writer("xmlNewDoc") }
        self.document = document
    }

    deinit {
        xmlFreeDoc(document)
    }

    func open(_ name: StaticString) throws(ExportError) {
        let (prefix, local) = Self.split(name)
        let ns = prefix.isEmpty ? defaultNamespace : namespace(prefix)
        guard let node = xmlNewDocNode(document, ns, local, nil) else { throw .writer("xmlNewDocNode \(name)") }
        if let current {
            xmlAddChild(current, node)
        } else {
            xmlDocSetRootElement(document, node)
        }
        current = node
        if ns == nil { pending = (node, prefix) }
    }

    func setAttribute(_ name: StaticString, _ value: String) throws(ExportError) {
        guard let node = current else { throw .writer("attribute outside an element") }
        let (prefix, local) = Self.split(name)
        var ns: xmlNsPtr?
        if !prefix.isEmpty {
            ns = Self.equal(prefix, "xml") ? xmlSearchNs(document, node, "xml") : namespace(prefix)
            guard ns != nil else { throw .writer("undeclared prefix in \(name)") }
        }
        if value.withXMLChars({ xmlNewNsProp(node, ns, local, $0) }) == nil { throw .writer("xmlNewNsProp \(name)") }
    }

    func declare(_ attribute: StaticString, uri: String) throws(ExportError) {
        guard let node = current else { throw .writer("namespace outside an element") }
        guard attribute.hasPointerRepresentation, attribute.utf8CodeUnitCount >= 5 else {
            throw .writer("namespace attribute \(attribute)")
        }
        let bytes = UnsafeBufferPointer(start: attribute.utf8Start, count: attribute.utf8CodeUnitCount)
        let prefix = UnsafeBufferPointer(rebasing: bytes.dropFirst(min(6, bytes.count)))
        let created = uri.withXMLChars { uri in xmlNewNs(node, uri, prefix.isEmpty ? nil : prefix.baseAddress) }
        guard let ns = created else { throw .writer("xmlNewNs \(attribute)") }
        if prefix.isEmpty { defaultNamespace = ns } else { namespaces.append((prefix, ns)) }
        if let pending, Self.equal(pending.prefix, prefix) {
            xmlSetNs(pending.node, ns)
            self.pending = nil
        }
    }

    func text(_ text: String) throws(ExportError) {
        guard let node = current else { throw .writer("text outside an element") }
        var text = text
        text.withUTF8 { bytes in
            if let base = bytes.baseAddress { xmlNodeAddContentLen(node, base, Int32(bytes.count)) }
        }
    }

    func cdata(_ text: String) throws(ExportError) {
        if XMLText.containsCDATAEnd(text) {
            try self.text(text)
            return
        }
        guard let node = current else { throw .writer("cdata outside an element") }
        var text = text
        let block = text.withUTF8 { bytes in xmlNewCDataBlock(document, bytes.baseAddress, Int32(bytes.count)) }
        guard let block else { throw .writer("xmlNewCDataBlock") }
        xmlAddChild(node, block)
    }

    func close() throws(ExportError) {
        guard let node = current else { throw .writer("endElement without element") }
        let parent = node.pointee.parent
        current = parent?.pointee.type == XML_ELEMENT_NODE ? parent : nil
    }

    private func namespace(_ prefix: UnsafeBufferPointer<UInt8>) -> xmlNsPtr? {
        namespaces.first { Self.equal($0.prefix, prefix) }?.ns
    }

    /// Prefix bytes (empty when there is none) and the NUL-terminated local name of `name`.
    private static func split(_ name: StaticString) -> (UnsafeBufferPointer<UInt8>, UnsafePointer<UInt8>) {
        precondition(name.hasPointerRepresentation, "element and attribute names are string literals")
        let start = name.utf8Start
        guard let colon = name.colonOffset else { return (UnsafeBufferPointer(start: start, count: 0), start) }
        return (UnsafeBufferPointer(start: start, count: colon), start + colon + 1)
    }

    private static func equal(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        a.count == b.count && (a.count == 0 || memcmp(a.baseAddress!, b.baseAddress!, a.count) == 0)
    }

    private static func equal(_ a: UnsafeBufferPointer<UInt8>, _ b: StaticString) -> Bool {
        equal(a, UnsafeBufferPointer(start: b.utf8Start, count: b.utf8CodeUnitCount))
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
}
