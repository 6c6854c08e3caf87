import Testing

@testable import CatalogCore

@Suite struct ModelTests {
    @Test(arguments: [
        ("2025-10-08", true), ("2024-02-29", true), ("2023-02-29", false), ("2025-13-01", false),
        ("2025-1-08", false), ("25-10-08", false), ("2025-10-08T10:00", false), ("", false),
    ])
    func isoDates(text: String, valid: Bool) {
        #expect((ISODate(text) != nil) == valid)
    }

    @Test func dateArithmetic() throws {
        let a = try #require(ISODate("2024-12-31"))
        let b = try #require(ISODate("2025-03-01"))
        #expect(b.dayNumber - a.dayNumber == 60)
        #expect(ISODate(dayNumberSinceEpoch: 0).description == "1970-01-01")
        #expect(ISODate(dayNumberSinceEpoch: 20_369).description == "2025-10-08")
        #expect(ISODate("2025-10-08")?.daysSinceEpoch == 20_369)
        #expect(ISODate("1970-01-01")?.daysSinceEpoch == 0)
    }

    @Test(arguments: [
        ("PT1H", "1 h"), ("PT1H30M", "1 h 30 min"), ("PT55M", "55 min"), ("P2W", "2 semaines"),
        ("P1DT2H", "1 jour 2 h"),
    ])
    func durations(text: String, label: String) {
        #expect(ISODuration(text)?.frenchLabel == label)
    }

    @Test(arguments: ["1H", "PT", "P", "PT1X", "PTH", "P1H"])
    func invalidDurations(text: String) {
        #expect(ISODuration(text) == nil)
    }

    @Test func slugs() {
        #expect(Slug.isValid("debat-ia-3e"))
        #expect(!Slug.isValid("Débat"))
        #expect(!Slug.isValid("a--b"))
        #expect(!Slug.isValid("-a"))
        #expect(Slug.make(from: "Débattre de l'IA en 3e !") == "debattre-de-l-ia-en-3e")
    }

    @Test func folding() {
        #expect(TextFolding.fold("Élèves Œuvre Ça") == "eleves oeuvre ca")
        #expect(TextFolding.fold("l’inclusion") == "l'inclusion")
    }

    @Test func filterFollowsLevelHierarchy() {
        let entry = Entry(
            id: "s", kind: .scenario, title: "S", scenario: ScenarioDetails(levels: ["4e"], disciplines: ["anglais"]))
        #expect(EntryFilter(levels: ["cycle-4"]).matches(entry))
        #expect(EntryFilter(levels: ["college"]).matches(entry))
        #expect(!EntryFilter(levels: ["cycle-3"]).matches(entry))
        #expect(EntryFilter(levels: ["cycle-3", "4e"]).matches(entry))
        #expect(EntryFilter(disciplines: ["langues-vivantes"]).matches(entry))
        #expect(!EntryFilter(kinds: [.tool], levels: ["4e"]).matches(entry))
    }

    @Test func nearestVocabularyTerm() {
        #expect(Vocabularies.levels.nearest(to: "quatrieme") == "4e")
        #expect(Vocabularies.levels.nearest(to: "cycle4") == "cycle-4")
        #expect(Vocabularies.disciplines.nearest(to: "mathematique") == "mathematiques")
        #expect(Vocabularies.themes.nearest(to: "zzzzzzzz") == nil)
    }

    @Test func gdprComplianceFollowsTheFramework() {
        #expect(Privacy(hosting: "eu", dpa: "true").isGDPRCompliant)
        #expect(!Privacy(hosting: "eu", dpa: "unknown").isGDPRCompliant)
        #expect(!Privacy(hosting: "non-eu", dpa: "true").isGDPRCompliant)
        #expect(Privacy(hosting: "non-eu", gar: true).isGDPRCompliant)
        #expect(Privacy(hosting: "local").isGDPRCompliant)
    }

    @Test func templatesLoadWithoutFindings() {
        for kind in Entry.Kind.allCases {
            let text = EntryTemplate.text(
                kind: kind, id: "nouvelle-fiche", title: "Titre \"cité\" \\ ok", date: ISODate("2026-01-02")!)
            let (entry, findings) = EntryParser.parse(
                text, file: "x.md", expectedID: "nouvelle-fiche", expectedKind: kind)
            #expect(findings.isEmpty, "\(kind): \(findings.map(\.formatted))")
            #expect(entry?.title == "Titre \"cité\" \\ ok")
            #expect(entry?.status == "draft")
        }
    }
}
