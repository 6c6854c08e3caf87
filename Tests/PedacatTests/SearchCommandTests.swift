import ArgumentParser
import Foundation
import Testing

@testable import pedacat

/// `search`, `index` and `analyze` through the real argument parser.
@Suite struct SearchCommandTests {
    func run(_ arguments: [String]) async throws -> Console {
        try await runCommand(arguments)
    }

    @Test func searchJSONHasTheProductShape() async throws {
        let fixture = try TestCatalog()
        defer { fixture.remove() }
        let console = try await run([
            "search", "intelligence", "artificielle", "--catalog", fixture.catalog.path, "--format", "json", "--facets",
        ])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(console.output.utf8)) as? [String: Any])
        #expect(object["query"] as? String == "intelligence artificielle")
        let results = try #require(object["results"] as? [[String: Any]])
        // Published first: the draft that also mentions AI (theme "fondements") comes after.
        #expect(results.first?["id"] as? String == "debat-emc-3e")
        #expect(object["total"] as? Int == results.count)
        #expect((results.first?["snippet"] as? String)?.contains("[[IA]]") == true)
        let facets = try #require(object["facets"] as? [String: [String: Int]])
        #expect(facets["levels"]?["3e"] == 1)
        #expect(Set(facets.keys) == ["kind", "levels", "disciplines", "themes"])
        #expect(
            FileManager.default.fileExists(atPath: fixture.root.appendingPathComponent(".pedacat/index.sqlite").path))
    }

    @Test func searchTextBrowsesWithFiltersAndSuggests() async throws {
        let fixture = try TestCatalog()
        defer { fixture.remove() }
        let browse = try await run(["search", "--catalog", fixture.catalog.path, "--tool", "outil-eu"])
        #expect(browse.output.contains("Débattre de l'IA en EMC"))
        #expect(browse.output.contains("Assistant européen"))
        #expect(browse.output.contains("2 résultats."))
        let typo = try await run(["search", "machinne", "--catalog", fixture.catalog.path])
        #expect(typo.output.contains("Aucun résultat."))
        #expect(typo.output.contains("Vouliez-vous dire « machine » ?"))
    }

    @Test func batchQueriesGiveJSONLines() async throws {
        let fixture = try TestCatalog()
        defer { fixture.remove() }
        let file = fixture.root.appendingPathComponent("queries.txt")
        try Data("débat\n\ntrier*\nrien-du-tout\n".utf8).write(to: file)
        let console = try await run(["search", "--catalog", fixture.catalog.path, "--queries", file.path])
        let lines = console.output.split(separator: "\n")
        #expect(lines.count == 3)
        let objects = try lines.map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        #expect(objects.map { $0["query"] as? String } == ["débat", "trier*", "rien-du-tout"])
        #expect(objects.map { $0["total"] as? Int } == [1, 1, 0])
        #expect(objects.allSatisfy { $0["took_ms"] is Double && $0["results"] is [Any] })
    }

    @Test func indexReportsAndRebuilds() async throws {
        let fixture = try TestCatalog()
        defer { fixture.remove() }
        let first = Console.capture()
        try await (try Pedacat.parseAsRoot(["index", "--catalog", fixture.catalog.path]) as! Pedacat.Index)
            .execute(console: first)
        #expect(first.output.contains("Index reconstruit : 3 fiche(s)"), "\(first.errors)")
        let second = try await run(["index", "--catalog", fixture.catalog.path])
        #expect(second.output.contains("Index à jour"))
        let json = try await run(["index", "--rebuild", "--catalog", fixture.catalog.path, "--format", "json"])
            .output
        #expect(json.contains("\"rebuilt\" : true"))
        // A broken file is reported (exit 1) but does not stop the others.
        try fixture.write("scenarios/casse.md", "---\nid: casse\ntitle: [\n---\n")
        await #expect(throws: ExitCode.failure) {
            _ = try await run(["index", "--catalog", fixture.catalog.path])
        }
        let search = try await run(["search", "débat", "--catalog", fixture.catalog.path])
        #expect(search.errors.contains("casse.md"))
        #expect(search.output.contains("1 résultat."))
    }

    @Test func analyzePrintsTerms() async throws {
        let text = try await run(["analyze", "L'évaluation des élèves"])
        #expect(text.output.contains("Termes : evalu elev"))
        let json = try await run(["analyze", "--format", "json", "qu'ils"])
        #expect(json.output.contains("\"terms\" : ["))
    }

    @Test func searchUsageErrors() {
        #expect(throws: (any Error).self) { _ = try Pedacat.parseAsRoot(["search", "x", "--limit", "-1"]) }
        #expect(throws: (any Error).self) { _ = try Pedacat.parseAsRoot(["search", "x", "--queries", "f"]) }
    }
}
