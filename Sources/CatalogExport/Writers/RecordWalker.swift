/// Writes one `LOMRecord` in one format into an open XML sink (a streaming writer or a tree).
protocol RecordWalker {
    func write<Sink: XMLSink>(_ record: LOMRecord, to writer: Sink) throws(ExportError)
}

/// What walkers write to: `XMLStreamWriter` (bytes through xmlTextWriter) or `XMLTreeBuilder`
/// (a libxml2 document validated in place, then serialised).
///
/// Names are static, qualified as written (`lom:general`, `xml:lang`): they reach libxml2 as the
/// literal's own NUL-terminated bytes, without a conversion per element. Values are `String`s.
protocol XMLSink: AnyObject {
    /// Opens an element named `name` (`prefix:local` or `local`).
    func open(_ name: StaticString) throws(ExportError)
    /// An attribute of the element just opened.
    func setAttribute(_ name: StaticString, _ value: String) throws(ExportError)
    /// `xmlns:prefix="uri"` on the element just opened; `attribute` is `xmlns:prefix` or `xmlns`.
    func declare(_ attribute: StaticString, uri: String) throws(ExportError)
    func text(_ text: String) throws(ExportError)
    func cdata(_ text: String) throws(ExportError)
    /// Closes the innermost open element.
    func close() throws(ExportError)
}

extension XMLSink {
    /// `<name>text</name>` in one call.
    func leaf(_ name: StaticString, _ text: String) throws(ExportError) {
        try open(name)
        try self.text(text)
        try close()
    }

    /// `<name><string language="…">text</string></name>` (a LOM LangString).
    func langString(
        _ name: StaticString, _ text: String, language: String?, stringName: StaticString
    ) throws(ExportError) {
        try open(name)
        try open(stringName)
        if let language { try setAttribute("language", language) }
        try self.text(text)
        try close()
        try close()
    }
}

extension StaticString {
    /// The literal's UTF-8 bytes, NUL-terminated (a one-scalar literal is copied first).
    func withNameBytes<Result>(_ body: (UnsafePointer<UInt8>) -> Result) -> Result {
        if hasPointerRepresentation { return body(utf8Start) }
        return description.withCString { $0.withMemoryRebound(to: UInt8.self, capacity: 1, body) }
    }

    /// Byte offset of the first `:`, if any.
    var colonOffset: Int? {
        withUTF8Buffer { bytes in bytes.firstIndex(of: UInt8(ascii: ":")) }
    }
}
