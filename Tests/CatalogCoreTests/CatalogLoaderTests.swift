import Foundation
import Testing

@testable import CatalogCore

@Suite struct CatalogLoaderTests {
    /// A temporary catalogue folder, removed by the caller.
    static func makeCatalog(_ files: [String: String]) throws -> URL {
        let root = FileManager.default.temporaryDirectory
            .appendingPathComponent("pedacat-loader-\(UUID().uuidString)")
            .appendingPathComponent("catalog")
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return root
    }

    static func tool(_ id: String) -> String {
        "---\nid: \(id)\nkind: tool\ntitle: Outil \(id)\nsummary: Un outil.\n---\nCorps.\n"
    }

    @Test func oneBrokenFileDoesNotStopTheOthers() throws {
        let root = try Self.makeCatalog([
            "tools/a.md": Self.tool("a"),
            "tools/b.md": "---\nid: b\nkind: [tool\n---\n",
            "tools/c.md": Self.tool("c"),
            "scenarios/d.md": "pas d'en-tête\n",
            "tools/notes.txt": "ignored",
        ])
        defer { try? FileManager.default.removeItem(at: root.deletingLastPathComponent()) }
        let catalog = try CatalogLoader(root: root).load()
        #expect(catalog.entries.map(\.id).sorted() == ["a", "c"])
        #expect(Set(catalog.findings.map(\.rule)) == ["structure.yaml", "structure.front-matter"])
        #expect(catalog.findings.allSatisfy { $0.severity == .error })
        #expect(catalog.findings.contains { $0.location.file.hasSuffix("tools/b.md") })
        #expect(catalog.findings.contains { $0.location.file.hasSuffix("scenarios/d.md") && $0.location.line == 1 })
    }

    @Test func nonUTF8FileIsReported() throws {
        let root = try Self.makeCatalog(["tools/a.md": Self.tool("a")])
        defer { try? FileManager.default.removeItem(at: root.deletingLastPathComponent()) }
        let latin1 = try #require("---\nid: e\nkind: tool\ntitle: Été\n---\n".data(using: .isoLatin1))
        try latin1.write(to: root.appendingPathComponent("tools/e.md"))
        let catalog = try CatalogLoader(root: root).load()
        #expect(catalog.entries.map(\.id) == ["a"])
        #expect(catalog.findings.map(\.rule) == ["structure.encoding"])
    }

    @Test func missingCatalogIsAnError() {
        #expect(throws: CatalogError.self) {
            try CatalogLoader(path: "/nonexistent/pedacat/catalog").load()
        }
    }

    @Test func relationsBetweenScenariosAndTools() throws {
        let scenario = """
            ---
            id: s
            kind: scenario
            title: S
            tools:
              - id: a
              - id: absent
            ---
            """
        let root = try Self.makeCatalog(["tools/a.md": Self.tool("a"), "scenarios/s.md": scenario])
        defer { try? FileManager.default.removeItem(at: root.deletingLastPathComponent()) }
        let catalog = try CatalogLoader(root: root).load()
        let s = try #require(catalog.entry("s"))
        #expect(catalog.tools(of: s).map(\.id) == ["a"])
        #expect(catalog.scenarios(using: "a").map(\.id) == ["s"])
        #expect(catalog.entries.map(\.id) == ["s", "a"])
    }
}
