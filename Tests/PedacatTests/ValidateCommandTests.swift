import ArgumentParser
import CatalogCore
import Foundation
import Testing

@testable import pedacat

/// `pedacat validate` through `Pedacat.parseAsRoot`, on the fixture catalogues of CatalogCoreTests.
struct ValidateCommandTests {
    static let fixtures = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("CatalogCoreTests/Fixtures/validation", isDirectory: true)

    static func catalog(_ name: String) -> String {
        fixtures.appendingPathComponent("\(name)/catalog").path
    }

    /// Runs the command; returns what it printed and the exit code pedacat's `main` would use.
    static func run(_ arguments: [String]) async throws -> (output: String, code: Int32) {
        let console = Console.capture()
        do {
            let command = try Pedacat.parseAsRoot(arguments + ["--today", "2026-11-29"])
            let validate = try #require(command as? Pedacat.Validate)
            try await validate.execute(console: console)
            return (console.output, 0)
        } catch let exit as ExitCode {
            return (console.output, exit.rawValue)
        } catch {
            let code = Pedacat.exitCode(for: error)
            return (Pedacat.fullMessage(for: error), code == .validationFailure ? 2 : code.rawValue)
        }
    }

    @Test func cleanCatalogueExitsZero() async throws {
        let (output, code) = try await Self.run(["validate", "--catalog", Self.catalog("clean")])
        #expect(code == 0)
        #expect(output == "Aucun problème : 2 fichiers vérifiés.\n")
    }

    @Test func textLinesAreGroupedPerFileWithSummary() async throws {
        let (output, code) = try await Self.run(["validate", "--catalog", Self.catalog("vocabulary.value")])
        #expect(code == 1)
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(
            lines[0].hasSuffix(
                "scenarios/scenario-conforme.md:18:9: erreur: Valeur « pupil-supervised » inconnue dans « ai_use ». Vouliez-vous dire « pupils-supervised » ? [vocabulary.value]"
            ))
        #expect(lines[1] == "")  // a blank line between files
        #expect(lines[2].contains("tools/outil-conforme.md:21:7: erreur: "))
        #expect(lines[3].contains("tools/outil-conforme.md:25:12: erreur: "))
        #expect(lines.contains("3 erreurs et 0 avertissement dans 2 fichiers (2 fichiers vérifiés)."))
        #expect(!output.contains("\u{1B}["))  // no colour when not on a terminal
    }

    @Test func warningsPassUnlessStrict() async throws {
        let catalog = Self.catalog("duplicate.near")
        let (output, code) = try await Self.run(["validate", "--catalog", catalog])
        #expect(code == 0)
        #expect(output.contains("avertissement: "))
        let strict = try await Self.run(["validate", "--catalog", catalog, "--strict"])
        #expect(strict.code == 1)
    }

    @Test func jsonHasEveryField() async throws {
        let (output, code) = try await Self.run([
            "validate", "--catalog", Self.catalog("cadre.min-age"), "--format", "json",
        ])
        #expect(code == 1)
        let report = try JSONDecoder().decode(ValidationReport.self, from: Data(output.utf8))
        #expect(report.errors == 1)
        #expect(report.warnings == 1)
        #expect(report.filesChecked == 9)
        let item = try #require(report.findings.last)
        #expect(item.file.hasSuffix("scenarios/scenario-conforme.md"))
        #expect((item.line, item.column) == (20, 9))
        #expect(item.severity == "error")
        #expect(item.rule == "cadre.min-age")
        #expect(item.entryID == "scenario-conforme")
        #expect(output.contains("\"entry_id\" : \"scenario-conforme\""))
    }

    @Test func sarifShape() async throws {
        let (output, code) = try await Self.run([
            "validate", "--catalog", Self.catalog("link.url"), "--format", "sarif",
        ])
        #expect(code == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        #expect(object["version"] as? String == "2.1.0")
        #expect((object["$schema"] as? String)?.contains("sarif-2.1.0") == true)
        let run = try #require((object["runs"] as? [[String: Any]])?.first)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "pedacat")
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.count == Validator.allDescriptors.count)
        let urlRule = try #require(rules.first { $0["id"] as? String == "link.url" })
        #expect(((urlRule["help"] as? [String: Any])?["text"] as? String)?.contains("https://") == true)
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == 4)
        let first = results[0]
        #expect(first["ruleId"] as? String == "link.url")
        #expect(first["level"] as? String == "error")
        #expect(rules[first["ruleIndex"] as! Int]["id"] as? String == "link.url")
        let location = try #require(
            (first["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
        let uri = try #require((location["artifactLocation"] as? [String: Any])?["uri"] as? String)
        #expect(uri.hasSuffix("tools/outil-conforme.md"))
        let region = try #require(location["region"] as? [String: Any])
        #expect(region["startLine"] as? Int == 15)
        #expect(region["startColumn"] as? Int == 6)
    }

    @Test func pathsLimitTheReportToThoseFiles() async throws {
        let catalog = Self.catalog("cadre.min-age")
        let file = catalog + "/scenarios/age-inconnu.md"
        let (output, code) = try await Self.run(["validate", "--catalog", catalog, file])
        #expect(code == 0)  // a warning only
        #expect(output.contains("age-inconnu.md:20:9: avertissement: "))
        #expect(!output.contains("scenario-conforme.md"))
        #expect(output.contains("(1 fichier vérifié)"))
        let folder = try await Self.run(["validate", "--catalog", catalog, catalog + "/tools"])
        #expect(folder.code == 0)
        #expect(folder.output == "Aucun problème : 4 fichiers vérifiés.\n")
    }

    @Test func badUsageExitsTwo() async throws {
        let missing = try await Self.run(["validate", "--catalog", Self.catalog("clean"), "/nonexistent/file.md"])
        #expect(missing.code == 2)
        let format = try await Self.run(["validate", "--format", "xml"])
        #expect(format.code == 2)
    }

    @Test func explainPrintsTheRule() async throws {
        let (output, code) = try await Self.run(["validate", "--explain", "cadre.min-age"])
        #expect(code == 0)
        #expect(output.hasPrefix("cadre.min-age (erreur) — "))
        #expect(output.contains("cadre d'usage de l'IA en éducation (2025)"))
        let loader = try await Self.run(["validate", "--explain", "structure.yaml"])
        #expect(loader.code == 0)
    }

    @Test func explainUnknownRuleSuggestsTheNearest() async throws {
        let (output, code) = try await Self.run(["validate", "--explain", "cadre.min-ages"])
        #expect(code == 2)
        #expect(output.contains("Vouliez-vous dire « cadre.min-age » ?"))
    }

    @Test func everyRuleCanBeExplained() async throws {
        for rule in Validator.allDescriptors {
            let (output, code) = try await Self.run(["validate", "--explain", rule.id])
            #expect(code == 0)
            #expect(output.contains(rule.explanation))
        }
    }
}
