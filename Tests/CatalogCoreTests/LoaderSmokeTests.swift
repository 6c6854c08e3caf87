import Testing
import Foundation
@testable import CatalogCore

@Test func loadsToolFile() throws {
    let text = try String(contentsOfFile: "catalog/tools/le-chat-mistral.md", encoding: .utf8)
    let (entry, findings) = EntryParser.parse(text, file: "x.md", expectedID: "le-chat-mistral", expectedKind: .tool)
    #expect(findings.isEmpty, "\(findings.map(\.formatted))")
    #expect(entry?.tool?.privacy?.trainsOnUserData == "unknown")
    #expect(entry?.location(of: "privacy.hosting").line == 25)
    #expect(entry?.location(of: "privacy.hosting").column == 12)
}
