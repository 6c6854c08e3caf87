import Testing
import Foundation
@testable import CatalogCore

@Test func loadsToolFile() throws {
    // A frozen copy: the shipped entry changes as curators verify facts.
    let fixture = Bundle.module.resourceURL!.appendingPathComponent("Fixtures/loader/le-chat-mistral.md")
    let text = try String(contentsOf: fixture, encoding: .utf8)
    let (entry, findings) = EntryParser.parse(text, file: "x.md", expectedID: "le-chat-mistral", expectedKind: .tool)
    #expect(findings.isEmpty, "\(findings.map(\.formatted))")
    #expect(entry?.tool?.privacy?.trainsOnUserData == "unknown")
    #expect(entry?.location(of: "privacy.hosting").line == 25)
    #expect(entry?.location(of: "privacy.hosting").column == 12)
}
