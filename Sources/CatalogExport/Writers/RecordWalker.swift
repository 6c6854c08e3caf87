/// Writes one `LOMRecord` in one format into an open `XMLStreamWriter`.
protocol RecordWalker {
    func write(_ record: LOMRecord, to writer: XMLStreamWriter) throws(ExportError)
}

extension XMLStreamWriter {
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
