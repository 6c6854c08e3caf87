/// Writes one `LOMRecord` in one format into an open XML sink (a streaming writer or a tree).
protocol RecordWalker {
    func write<Sink: XMLSink>(_ record: LOMRecord, to writer: Sink) throws(ExportError)
}

/// What walkers write to: `XMLStreamWriter` (bytes through xmlTextWriter) or `XMLTreeBuilder`
/// (a libxml2 document validated in place, then serialised).
protocol XMLSink: AnyObject {
    func startElement(_ name: String, prefix: String?, namespace: String?) throws(ExportError)
    func attribute(_ name: String, _ value: String, prefix: String?) throws(ExportError)
    func declareNamespace(prefix: String?, uri: String) throws(ExportError)
    func text(_ text: String) throws(ExportError)
    func cdata(_ text: String) throws(ExportError)
    func endElement() throws(ExportError)
}

extension XMLSink {
    func startElement(_ name: String) throws(ExportError) {
        try startElement(name, prefix: nil, namespace: nil)
    }

    func attribute(_ name: String, _ value: String) throws(ExportError) {
        try attribute(name, value, prefix: nil)
    }

    /// `<name>text</name>` in one call.
    func element(_ name: String, text: String) throws(ExportError) {
        try startElement(name, prefix: nil, namespace: nil)
        try self.text(text)
        try endElement()
    }

    /// `<name><string language="…">text</string></name>` (a LOM LangString).
    func langString(_ name: String, _ text: String, language: String?, stringName: String) throws(ExportError) {
        try startElement(name)
        try startElement(stringName)
        if let language { try attribute("language", language) }
        try self.text(text)
        try endElement()
        try endElement()
    }
}

extension XMLStreamWriter: XMLSink {}
