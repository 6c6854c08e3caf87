import Foundation
import Testing

@testable import CatalogCore

struct ValidatorTests {
    @Test func ruleIDsAreUniqueAndExplained() {
        let descriptors = Validator.allDescriptors
        #expect(Set(descriptors.map(\.id)).count == descriptors.count)
        for rule in descriptors {
            #expect(rule.explanation.count > 80, "\(rule.id)")
            #expect(!rule.title.isEmpty, "\(rule.id)")
        }
        for id in [
            "structure.front-matter", "structure.yaml", "structure.type", "structure.date",
            "structure.unknown-key", "structure.id-filename", "structure.kind-folder", "structure.required",
            "structure.read", "structure.encoding", "vocabulary.kind",
        ] {
            #expect(Validator.descriptor(id) != nil, "loader rule \(id) has no explanation")
        }
    }

    @Test func brokenFileDoesNotStopTheOthers() throws {
        let catalog = try ValidationFixtures.catalog("broken-yaml")
        #expect(catalog.entries.count == 2)
        let findings = Validator(today: ValidationFixtures.today).validate(catalog)
        #expect(Set(findings.map(\.rule)) == ["structure.yaml", "vocabulary.level"])
    }

    @Test func onlyGivenFilesAreReportedButReferencesUseTheWholeCatalogue() throws {
        let root = ValidationFixtures.root("cadre.pupil-account")
        let scenario = root.appendingPathComponent("scenarios/scenario-conforme.md").path
        let findings = try ValidationFixtures.findings("cadre.pupil-account", only: [scenario])
        #expect(
            findings.map(ExpectedFinding.init) == [
                ExpectedFinding("scenarios/scenario-conforme.md", 22, "cadre.pupil-account")
            ])
        // The tool it references lives in another file, not selected: no reference error.
        #expect(!findings.contains { $0.rule == "reference.tool" })
    }

    @Test func privacyEvidenceAgeDependsOnInjectedToday() throws {
        let catalog = try ValidationFixtures.catalog("cadre.privacy-evidence")
        func stale(_ today: String) -> Bool {
            Validator(today: ISODate(today)!).validate(catalog).contains {
                $0.rule == "cadre.privacy-evidence" && $0.location.file.hasSuffix("outil-ancien.md")
            }
        }
        // verified_on: 2025-06-01
        #expect(!stale("2026-05-31"))
        #expect(!stale("2026-06-01"))
        #expect(stale("2026-06-02"))
    }

    @Test func customRuleListRunsOnlyThoseRules() throws {
        let catalog = try ValidationFixtures.catalog("link.url")
        let findings = Validator(rules: [LicenseRule()], today: ValidationFixtures.today).validate(catalog)
        #expect(findings.isEmpty)
    }

    @Test func youngestAgeOfACycleIsItsFirstYear() {
        #expect(CadreFacts.youngestAge["cycle-4"] == 12)
        #expect(CadreFacts.youngestAge["cycle-3"] == 9)
        #expect(CadreFacts.youngestAge["4e"] == 13)
        #expect(CadreFacts.youngestAge["lycee-gt"] == 15)
    }

    @Test func urlProblems() {
        #expect(URLRule.problem(with: "https://eduscol.education.fr/3970/ia") == nil)
        #expect(URLRule.problem(with: "http://Fr.Wikipedia.org/wiki/Pix_(certification)") == nil)
        #expect(URLRule.problem(with: "www.example.fr") != nil)
        #expect(URLRule.problem(with: "mailto:a@b.fr") != nil)
        #expect(URLRule.problem(with: "https://localhost") != nil)
        #expect(URLRule.problem(with: "https://exemple.fr/a b") != nil)
    }

    @Test func spdxSuggestions() {
        #expect(SPDXLicenses.isKnown("etalab-2.0"))
        #expect(SPDXLicenses.isKnown("GPL-3.0-or-later"))
        #expect(!SPDXLicenses.isKnown("cc-by-sa-4.0"))
        #expect(SPDXLicenses.nearest(to: "cc-by-sa-4.0", allowingProprietary: false) == "CC-BY-SA-4.0")
        #expect(SPDXLicenses.nearest(to: "Licence Ouverte 2.0", allowingProprietary: false) == "etalab-2.0")
        #expect(SPDXLicenses.nearest(to: "propriétaire", allowingProprietary: true) == "proprietary")
    }
}
