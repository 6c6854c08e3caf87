import ArgumentParser
import Foundation
import Testing

@testable import pedacat

/// Commands run through the real argument parser, with a console that keeps their output.
@Suite struct CommandTests {
    func run(_ arguments: [String]) async throws -> Console {
        try await runCommand(arguments)
    }

    @Test func listFiltersByLevelHierarchy() async throws {
        let fixture = try TestCatalog()
        defer { fixture.remove() }
        let all = try await run(["list", "--catalog", fixture.catalog.path])
        #expect(all.output.split(separator: "\n").count == 3)
        let cycle4 = try await run(["list", "--catalog", fixture.catalog.path, "--level", "cycle-4"])
        #expect(cycle4.output.contains("debat-emc-3e"))
        #expect(!cycle4.output.contains("classifieur-cm2"))
        #expect(cycle4.errors.contains("1 fiche sur 3"))
    }

    @Test func listJSONCombinesFilters() async throws {
        let fixture = try TestCatalog()
        defer { fixture.remove() }
        let console = try await run([
            "list", "--catalog", fixture.catalog.path, "--format", "json", "--kind", "scenario",
            "--theme", "fondements", "--theme", "ethique",
        ])
        let rows = try JSONSerialization.jsonObject(with: Data(console.output.utf8)) as? [[String: Any]]
        #expect(rows?.compactMap { $0["id"] as? String }.sorted() == ["classifieur-cm2", "debat-emc-3e"])
        #expect(rows?.first?["levels"] is [String])
    }

    @Test func unknownFilterValueIsAUsageError() {
        #expect(throws: (any Error).self) {
            _ = try Pedacat.parseAsRoot(["list", "--level", "quatrieme"])
        }
        let message = Pedacat.message(for: ValidationError("x"))
        #expect(!message.isEmpty)
    }

    @Test func showToolListsItsScenarios() async throws {
        let fixture = try TestCatalog()
        defer { fixture.remove() }
        let console = try await run(["show", "outil-eu", "--catalog", fixture.catalog.path])
        #expect(console.output.contains("Assistant européen"))
        #expect(console.output.contains("Âge minimum : 15 ans"))
        #expect(console.output.contains("Union européenne"))
        #expect(console.output.contains("Débattre de l'IA en EMC (debat-emc-3e)"))
    }

    @Test func showScenarioJSONHasItsTools() async throws {
        let fixture = try TestCatalog()
        defer { fixture.remove() }
        let console = try await run(["show", "debat-emc-3e", "--catalog", fixture.catalog.path, "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(console.output.utf8)) as? [String: Any])
        let entry = try #require(object["entry"] as? [String: Any])
        #expect(entry["id"] as? String == "debat-emc-3e")
        let scenario = try #require(entry["scenario"] as? [String: Any])
        #expect(scenario["ai_use"] as? String == "teacher-demo")
        #expect((object["tools"] as? [[String: Any]])?.first?["id"] as? String == "outil-eu")
    }

    @Test func showUnknownIDSuggests() async throws {
        let fixture = try TestCatalog()
        defer { fixture.remove() }
        await #expect {
            _ = try await run(["show", "outil-ue", "--catalog", fixture.catalog.path])
        } throws: { error in
            "\(error)".contains("outil-eu")
        }
    }

    @Test func newWritesATemplateThatLoadsAndNeverOverwrites() async throws {
        let fixture = try TestCatalog()
        defer { fixture.remove() }
        let console = try await run([
            "new", "scenario", "--catalog", fixture.catalog.path, "--title", "Écrire avec l'IA",
        ])
        let path = fixture.catalog.appendingPathComponent("scenarios/ecrire-avec-l-ia.md").path
        #expect(console.output.contains(path))
        let listed = try await run(["list", "--catalog", fixture.catalog.path, "--format", "json"])
        #expect(listed.output.contains("ecrire-avec-l-ia"))
        #expect(listed.errors.isEmpty)
        await #expect(throws: (any Error).self) {
            _ = try await run(["new", "scenario", "--catalog", fixture.catalog.path, "--title", "Écrire avec l'IA"])
        }
    }

    @Test func newRejectsABadID() {
        #expect(throws: (any Error).self) { _ = try Pedacat.parseAsRoot(["new", "tool", "--id", "Mon Outil"]) }
    }

    @Test func vocabListsTermsWithURIs() async throws {
        let console = try await run(["vocab", "levels"])
        #expect(console.output.contains("cycle-4"))
        #expect(console.output.contains("scolomfr-voc-022-num-021"))
        let json = try await run(["vocab", "disciplines", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        #expect((object["terms"] as? [[String: Any]])?.contains { $0["id"] as? String == "emi" } == true)
        let names = try await run(["vocab"])
        #expect(names.output.contains("themes"))
        #expect(names.output.contains("synonyms"))
    }

    @Test func unknownVocabularyIsAUsageError() {
        #expect(throws: (any Error).self) { _ = try Pedacat.parseAsRoot(["vocab", "niveaux"]) }
    }
}
