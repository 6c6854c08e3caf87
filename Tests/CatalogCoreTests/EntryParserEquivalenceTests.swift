import Foundation
import Testing

@testable import CatalogCore

/// The libyaml event composer must give exactly what the Yams path gives: same entry (locations
/// included) and same findings, for every shipped or fixture file and for unusual YAML.
@Suite struct EntryParserEquivalenceTests {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Every `.md` file of `catalog/` and of the test fixtures.
    static func entryFiles() -> [URL] {
        let roots = ["catalog", "Tests"].map { packageRoot.appendingPathComponent($0) }
        var files: [URL] = []
        for root in roots {
            let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
            while let url = walker?.nextObject() as? URL {
                let isFixture = root.lastPathComponent == "catalog" || url.path.contains("/Fixtures/")
                if isFixture && url.pathExtension == "md" { files.append(url) }
            }
        }
        return files.sorted { $0.path < $1.path }
    }

    /// Parses `text` both ways, with and without locations; records a difference as an issue.
    static func expectSameResults(_ text: String, file: String, expectedKind: Entry.Kind? = nil) {
        let id = (file as NSString).lastPathComponent.replacingOccurrences(of: ".md", with: "")
        for recording in [true, false] {
            let fast = EntryParser.parse(
                text, file: file, expectedID: id, expectedKind: expectedKind, recordingLocations: recording)
            let yams = EntryParser.parseWithYams(
                text, file: file, expectedID: id, expectedKind: expectedKind, recordingLocations: recording)
            #expect(fast.entry == yams.entry, "\(file): entries differ")
            #expect(fast.findings == yams.findings, "\(file): findings differ")
        }
    }

    @Test func shippedAndFixtureFilesParseIdentically() throws {
        let files = Self.entryFiles()
        #expect(files.count > 150)
        var composed = 0
        for url in files {
            let data = try Data(contentsOf: url)
            guard let text = String(data: data, encoding: .utf8) else { continue }
            let folder = url.deletingLastPathComponent().lastPathComponent
            let kind: Entry.Kind? = folder == "scenarios" ? .scenario : folder == "tools" ? .tool : nil
            Self.expectSameResults(text, file: url.path, expectedKind: kind)
            if case .success(let parts) = FrontMatter.split(text), YAMLComposer.compose(parts.yaml) != nil {
                composed += 1
            }
        }
        // The fast composer really is used (it does not leave everything to Yams).
        #expect(composed > files.count * 9 / 10)
    }

    static let unusual: [String] = [
        "id: a\nkind: tool\nid: b\n",
        "id: a\nkind: tool\nprivacy:\n  gar: true\n  gar: false\n",
        "id: a\nkind: tool\n\"id\": b\n",
        "id: &x a\nkind: tool\ntitle: *x\n",
        "id: a\nkind: tool\ntitle: *nothing\n",
        "id: !!str a\nkind: tool\nmin_age: !!int 13\n",
        "id: a\nkind: tool\n? [x, y]\n: z\n",
        "id: a\nkind: tool\ntitle: [unclosed\n",
        "id: a\nkind: tool\n  title: bad indent\n",
        "id: a\nkind: tool\ntitle: 'it''s'\nsummary: \"line\\none\"\n",
        "id: a\nkind: tool\nsummary: >\n  folded\n  text\n\nkeywords:\n  - one\n  - 'two'\n  -\n  - null\n",
        "id: a\nkind: tool\nsummary: |\n  literal\n  text\n",
        "id: a\nkind: tool\ntitle: plain\n  continued here\n# comment\nurl: https://x.fr # trailing\n",
        "id: a\nkind: tool\nruns_locally: yes\nprivacy: {gar: no, dpa: true, trains_on_user_data: no}\n",
        "id: a\nkind: tool\nmin_age: \"13\"\nlanguages: fr\ncategories: {a: b}\n",
        "id: a\nkind: scenario\ntools:\n  - id: t\n    pupil_account: on\n  - plain-tool\n  - {role: x}\n",
        "id: a\nkind: scenario\ntitle: Deux : points\nsummary: a: b\n",
        "", "# only a comment\n", "- a\n- b\n", "plain text\n", "id: a\n---\nid: b\n", "id: a\n...\n",
        "%YAML 1.1\n---\nid: a\nkind: tool\n", "id: a\nkind: tool\ntitle: \"\u{FEFF}bom\"\n",
        "id: a\nkind: tool\ntitle: \"\\uFEFFbom\"\n", "id: a\nkind: tool\ntitle: \"tab\\there\"\n",
        "id: a\r\nkind: tool\r\ntitle: crlf\r\n", "id: a\nkind: tool\ntitle: \"é\u{0}\"\n",
        "id: a\nkind: tool\ntitle:\tx\n", "id:\n  - a\nkind: tool\n", "id: a\nkind: [tool]\n",
        "id: a\nkind: tool\ntitle: ~\nsummary: null\nlicense: ''\n", "id: a\nkind: tool\ntitle: `x`\n",
    ]

    @Test(arguments: unusual) func unusualYAMLParsesIdentically(yaml: String) {
        Self.expectSameResults("---\n" + yaml + "---\nCorps.\n", file: "a.md", expectedKind: .tool)
        Self.expectSameResults("\u{FEFF}---\r\n" + yaml + "---\r\nCorps.\r\n", file: "b.md")
    }
}
