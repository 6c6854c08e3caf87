import CatalogCore
import Foundation
import Testing

@testable import CatalogExport

@Suite struct XMLStreamWriterTests {
    @Test func escapesTextAndAttributes() throws {
        let writer = try XMLStreamWriter(indent: false)
        try writer.startDocument()
        try writer.startElement("a")
        try writer.attribute("title", "« x » & \"y\" <z>")
        try writer.text("1 < 2 & 3 > 2")
        try writer.endElement()
        let text = String(decoding: try writer.finish(), as: UTF8.self)
        #expect(text.contains("<a title=\"« x » &amp; &quot;y&quot; &lt;z&gt;\">1 &lt; 2 &amp; 3 &gt; 2</a>"))
    }

    @Test func cdataWithTerminatorFallsBackToEscapedText() throws {
        let writer = try XMLStreamWriter(indent: false)
        try writer.startElement("e")
        try writer.cdata("a ]]> b")
        try writer.endElement()
        let text = String(decoding: try writer.finish(), as: UTF8.self)
        #expect(text.trimmingCharacters(in: .whitespacesAndNewlines) == "<e>a ]]&gt; b</e>", "\(text)")
    }

    /// The OAI-PMH server embeds records in its own envelope: `write(_:as:to:)` writes the
    /// record element only, into a writer that is already inside `<metadata>`.
    @Test func recordEmbedsInAnEnvelope() throws {
        let catalog = try FixtureCatalog.load()
        let writer = try XMLStreamWriter()
        try writer.startDocument()
        try writer.startElement("OAI-PMH", namespace: "http://www.openarchives.org/OAI/2.0/")
        try writer.startElement("metadata")
        try RecordWriter(catalog: catalog).write(try #require(catalog.entry("le-chat-test")), as: .oaiDC, to: writer)
        let root = try UntrustedXMLParser.parse(try writer.finish(), name: "envelope.xml")
        #expect(root.first(path: "metadata/dc/title")?.value == "Le Chat (fiche de test)")
    }
}
