import Foundation
import Testing

@testable import CatalogCore

/// One fixture catalogue per rule, with the exact findings expected (file, line, rule, severity).
struct ValidationRuleTests {
    static let cases: [(String, [ExpectedFinding])] = [
        ("clean", []),
        (
            "broken-yaml",
            [
                ExpectedFinding("scenarios/casse.md", 5, "structure.yaml"),
                ExpectedFinding("scenarios/niveau-inconnu.md", 15, "vocabulary.level"),
            ]
        ),
        (
            "structure.required",
            [
                ExpectedFinding("scenarios/scenario-conforme.md", 2, "structure.required"),
                ExpectedFinding("tools/outil-conforme.md", 2, "structure.required"),
            ]
        ),
        ("structure.slug", [ExpectedFinding("scenarios/Scenario_Conforme.md", 2, "structure.slug")]),
        ("structure.date-order", [ExpectedFinding("scenarios/scenario-conforme.md", 12, "structure.date-order")]),
        ("structure.duration", [ExpectedFinding("scenarios/scenario-conforme.md", 17, "structure.duration")]),
        (
            "structure.unknown-key",
            [
                ExpectedFinding("scenarios/scenario-conforme.md", 26, "structure.unknown-key", .warning)
            ]
        ),
        ("vocabulary.level", [ExpectedFinding("scenarios/scenario-conforme.md", 15, "vocabulary.level")]),
        ("vocabulary.discipline", [ExpectedFinding("scenarios/scenario-conforme.md", 16, "vocabulary.discipline")]),
        ("vocabulary.theme", [ExpectedFinding("tools/outil-conforme.md", 7, "vocabulary.theme")]),
        ("vocabulary.category", [ExpectedFinding("tools/outil-conforme.md", 18, "vocabulary.category")]),
        (
            "vocabulary.value",
            [
                ExpectedFinding("scenarios/scenario-conforme.md", 18, "vocabulary.value"),
                ExpectedFinding("tools/outil-conforme.md", 21, "vocabulary.value"),
                ExpectedFinding("tools/outil-conforme.md", 25, "vocabulary.value"),
            ]
        ),
        ("reference.tool", [ExpectedFinding("scenarios/scenario-conforme.md", 20, "reference.tool")]),
        ("reference.alternative", [ExpectedFinding("tools/outil-conforme.md", 35, "reference.alternative")]),
        (
            "reference.withdrawn-tool",
            [
                ExpectedFinding("scenarios/scenario-conforme.md", 20, "reference.withdrawn-tool")
            ]
        ),
        (
            "duplicate.id",
            [
                ExpectedFinding("scenarios/doublon.md", 2, "duplicate.id"),
                ExpectedFinding("tools/doublon.md", 2, "duplicate.id"),
            ]
        ),
        (
            "duplicate.near",
            [
                ExpectedFinding("scenarios/scenario-conforme.md", 4, "duplicate.near", .warning),
                ExpectedFinding("scenarios/scenario-copie.md", 4, "duplicate.near", .warning),
            ]
        ),
        (
            "link.url",
            [
                ExpectedFinding("tools/outil-conforme.md", 15, "link.url"),
                ExpectedFinding("tools/outil-conforme.md", 29, "link.url"),
                ExpectedFinding("tools/outil-conforme.md", 36, "link.url"),
                ExpectedFinding("tools/outil-conforme.md", 36, "link.url"),
            ]
        ),
        (
            "license.spdx",
            [
                ExpectedFinding("scenarios/scenario-conforme.md", 9, "license.spdx"),
                ExpectedFinding("scenarios/scenario-proprietaire.md", 9, "license.spdx"),
            ]
        ),
        (
            "cadre.generative-below-4e",
            [
                ExpectedFinding("scenarios/demo-cycle-4.md", 22, "cadre.generative-below-4e"),
                ExpectedFinding("scenarios/scenario-conforme.md", 18, "cadre.generative-below-4e"),
            ]
        ),
        (
            "cadre.pupil-account",
            [
                ExpectedFinding("scenarios/compte-implicite.md", 20, "cadre.pupil-account"),
                ExpectedFinding("scenarios/scenario-conforme.md", 22, "cadre.pupil-account"),
            ]
        ),
        (
            "cadre.min-age",
            [
                ExpectedFinding("scenarios/age-inconnu.md", 20, "cadre.min-age", .warning),
                ExpectedFinding("scenarios/scenario-conforme.md", 20, "cadre.min-age"),
            ]
        ),
        ("cadre.personal-data", [ExpectedFinding("scenarios/scenario-conforme.md", 25, "cadre.personal-data")]),
        (
            "cadre.privacy-evidence",
            [
                ExpectedFinding("tools/outil-ancien.md", 30, "cadre.privacy-evidence", .warning),
                ExpectedFinding("tools/outil-conforme.md", 29, "cadre.privacy-evidence", .warning),
            ]
        ),
        (
            "publication.incomplete",
            [
                ExpectedFinding("scenarios/scenario-conforme.md", 10, "publication.incomplete"),
                ExpectedFinding("scenarios/scenario-conforme.md", 10, "publication.incomplete"),
            ]
        ),
    ]

    @Test(arguments: cases)
    func fixtureGivesExactFindings(_ fixture: String, _ expected: [ExpectedFinding]) throws {
        let findings = try ValidationFixtures.findings(fixture)
        #expect(findings.map(ExpectedFinding.init) == expected, "\(findings.map(\.formatted).joined(separator: "\n"))")
        for finding in findings {
            #expect(finding.entryID != nil, "\(finding.formatted)")
            #expect(Validator.descriptor(finding.rule) != nil, "rule without descriptor: \(finding.rule)")
        }
    }

    @Test func everyValidatorRuleHasAFixture() {
        let covered = Set(Self.cases.map(\.0))
        let missing = Validator.defaultRules.map(\.descriptor.id).filter { !covered.contains($0) }
        #expect(missing.isEmpty, "rules without a fixture: \(missing)")
    }

    @Test func unknownValueGetsNearestIDAtExactColumn() throws {
        let finding = try #require(try ValidationFixtures.findings("vocabulary.level").first)
        #expect(finding.location.column == 18)
        #expect(finding.message.contains("« quatrieme »"))
        #expect(finding.message.contains("Vouliez-vous dire « 4e »"))
    }

    @Test func suggestionsForReferencesLicencesAndClosedLists() throws {
        let reference = try ValidationFixtures.findings("reference.tool")
        #expect(reference.first?.message.contains("« outil-conforme »") == true)
        let license = try ValidationFixtures.findings("license.spdx")
        #expect(license.first?.message.contains("« CC-BY-SA-4.0 »") == true)
        let values = try ValidationFixtures.findings("vocabulary.value")
        #expect(values.first?.message.contains("« pupils-supervised »") == true)
        #expect(values[1].message.contains("« free »"))
    }

    @Test func duplicateIDNamesTheOtherFile() throws {
        let findings = try ValidationFixtures.findings("duplicate.id")
        #expect(findings[0].message.contains("tools/doublon.md"))
        #expect(findings[1].message.contains("scenarios/doublon.md"))
    }

    @Test func cadreMessagesCiteTheFramework() throws {
        for fixture in [
            "cadre.generative-below-4e", "cadre.pupil-account", "cadre.min-age", "cadre.personal-data",
            "cadre.privacy-evidence",
        ] {
            for finding in try ValidationFixtures.findings(fixture) {
                #expect(finding.message.contains("cadre d'usage de l'IA en éducation (2025)"), "\(finding.formatted)")
            }
        }
    }

    @Test func draftsMayLackOptionalKeys() throws {
        let findings = try ValidationFixtures.findings("publication.incomplete")
        #expect(!findings.contains { $0.location.file.hasSuffix("brouillon.md") })
    }
}
