internal import CLibXML2
public import Foundation

/// Streams XML through libxml2's `xmlTextWriter` into memory: escaping, namespaces and
/// well-formedness are libxml2's job, never string concatenation.
///
/// One writer builds one document (or one fragment, when `startDocument()` is not called, e.g.
/// a record embedded in an OAI-PMH envelope). Not thread-safe: use one writer per task.
public final class XMLStreamWriter {
    private let buffer: xmlBufferPtr
    private let writer: xmlTextWriterPtr
    private var finished = false

    /// - Parameter indent: indent nested elements with two spaces (output stays byte-stable).
    public init(indent: Bool = true) throws(ExportError) {
        LibXML2Environment.prepare()
        guard let buffer = xmlBufferCreateSize(16 * 1024) else { throw .writer("xmlBufferCreateSize") }
        guard let writer = xmlNewTextWriterMemory(buffer, 0) else {
            xmlBufferFree(buffer)
            throw .writer("xmlNewTextWriterMemory")
        }
        self.buffer = buffer
        self.writer = writer
        if indent {
            xmlTextWriterSetIndent(writer, 1)
            _ = "  ".withXMLChars { xmlTextWriterSetIndentString(writer, $0) }
        }
    }

    deinit {
        xmlFreeTextWriter(writer)
        xmlBufferFree(buffer)
    }

    /// `<?xml version="1.0" encoding="UTF-8"?>`
    public func startDocument() throws(ExportError) {
        try check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil)) { "startDocument" }
    }

    /// Opens an element. With `namespace`, libxml2 also declares `xmlns:prefix` on it.
    public func startElement(
        _ name: String, prefix: String? = nil, namespace: String? = nil
    ) throws(ExportError) {
        let result: Int32
        if prefix == nil && namespace == nil {
            result = name.withXMLChars { xmlTextWriterStartElement(writer, $0) }
        } else {
            result = name.withXMLChars { name in
                prefix.withOptionalXMLChars { prefix in
                    namespace.withOptionalXMLChars { namespace in
                        xmlTextWriterStartElementNS(writer, prefix, name, namespace)
                    }
                }
            }
        }
        try check(result) { "startElement \(name)" }
    }

    /// An attribute of the element just opened.
    public func attribute(_ name: String, _ value: String, prefix: String? = nil) throws(ExportError) {
        let result: Int32
        if let prefix {
            result = prefix.withXMLChars { prefix in
                name.withXMLChars { name in
                    value.withXMLChars { value in
                        xmlTextWriterWriteAttributeNS(writer, prefix, name, nil, value)
                    }
                }
            }
        } else {
            result = name.withXMLChars { name in
                value.withXMLChars { xmlTextWriterWriteAttribute(writer, name, $0) }
            }
        }
        try check(result) { "attribute \(name)" }
    }

    /// `xmlns:prefix="uri"` (or `xmlns="uri"` without a prefix) on the element just opened.
    public func declareNamespace(prefix: String?, uri: String) throws(ExportError) {
        let name = prefix.map { "xmlns:\($0)" } ?? "xmlns"
        try attribute(name, uri)
    }

    /// Escaped character data.
    ///
    /// Text without a character libxml2 would escape (`<`, `>`, `&`, `"`, carriage return; NUL
    /// ends a C string) is written as is with its length: the bytes `xmlTextWriterWriteString`
    /// would write, without its escaped copy and `strlen`.
    public func text(_ text: String) throws(ExportError) {
        let result = text.withXMLChars { chars in
            let count = text.utf8.count
            guard count > 0, !XMLText.needsEscaping(chars, count: count) else {
                return xmlTextWriterWriteString(writer, chars)
            }
            return xmlTextWriterWriteRawLen(writer, chars, Int32(count))
        }
        try check(result) { "text" }
    }

    /// A CDATA section; text containing `]]>` is written as escaped text instead.
    public func cdata(_ text: String) throws(ExportError) {
        if XMLText.containsCDATAEnd(text) {
            try self.text(text)
            return
        }
        try check(text.withXMLChars { xmlTextWriterWriteCDATA(writer, $0) }) { "cdata" }
    }

    /// `<name>text</name>` in one call.
    public func element(_ name: String, prefix: String? = nil, text: String) throws(ExportError) {
        try startElement(name, prefix: prefix)
        try self.text(text)
        try endElement()
    }

    /// Closes the innermost open element.
    public func endElement() throws(ExportError) {
        try check(xmlTextWriterEndElement(writer)) { "endElement" }
    }

    /// A well-formed fragment written as is (the caller vouches for it).
    public func raw(_ fragment: String) throws(ExportError) {
        try check(fragment.withXMLChars { xmlTextWriterWriteRaw(writer, $0) }) { "raw" }
    }

    /// Closes every open element and returns the bytes written. The writer cannot be used after.
    public func finish() throws(ExportError) -> Data {
        if !finished {
            finished = true
            try check(xmlTextWriterEndDocument(writer)) { "endDocument" }
            try check(xmlTextWriterFlush(writer)) { "flush" }
        }
        guard let content = buffer.pointee.content else { return Data() }
        return Data(bytes: content, count: Int(buffer.pointee.use))
    }

    /// Throws when libxml2 reports a failure; `operation` is only built then.
    private func check(_ result: Int32, _ operation: () -> String) throws(ExportError) {
        if result < 0 { throw .writer(operation()) }
    }
}

extension XMLStreamWriter: XMLSink {
    func open(_ name: StaticString) throws(ExportError) {
        try check(name.withNameBytes { xmlTextWriterStartElement(writer, $0) }) { "startElement \(name)" }
    }

    func setAttribute(_ name: StaticString, _ value: String) throws(ExportError) {
        let result = name.withNameBytes { name in value.withXMLChars { xmlTextWriterWriteAttribute(writer, name, $0) } }
        try check(result) { "attribute \(name)" }
    }

    func declare(_ attribute: StaticString, uri: String) throws(ExportError) {
        try setAttribute(attribute, uri)
    }

    func close() throws(ExportError) {
        try endElement()
    }
}
