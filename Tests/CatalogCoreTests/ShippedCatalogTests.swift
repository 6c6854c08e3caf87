import Foundation
import Testing

@testable import CatalogCore

/// The shipped catalogue: it loads cleanly, and its coverage (issue 5) cannot silently shrink.
@Suite struct ShippedCatalogTests {
    static func load() throws -> Catalog {
        let root = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("catalog")
        return try CatalogLoader(root: root).load()
    }

    @Test func loadsWithoutAnyFinding() throws {
        let catalog = try Self.load()
        #expect(catalog.findings.isEmpty, "\(catalog.findings.map(\.formatted).joined(separator: "\n"))")
    }

    @Test func hasEnoughScenariosAndTools() throws {
        let catalog = try Self.load()
        #expect(catalog.scenarios.count >= 40)
        #expect(catalog.tools.count >= 25)
    }

    @Test func everyThemeHasFiveScenarios() throws {
        let scenarios = try Self.load().scenarios
        for theme in Vocabularies.themes.ids {
            let count = scenarios.filter { $0.themes.contains(theme) }.count
            #expect(count >= 5, "thème \(theme) : \(count) scénarios")
        }
    }

    @Test func levelsSpanSchoolToTeacherTraining() throws {
        let scenarios = try Self.load().scenarios
        for group in ["cycle-3", "cycle-4", "lycee-gt", "lycee-pro", "formation-enseignants"] {
            let filter = EntryFilter(levels: [group])
            #expect(scenarios.contains(where: filter.matches), "aucun scénario pour \(group)")
        }
    }

    @Test func disciplinesIncludeTheRequiredOnes() throws {
        let disciplines = Set(try Self.load().scenarios.flatMap(\.disciplines))
        #expect(disciplines.count >= 12)
        for required in ["emi", "emc", "snt", "nsi", "enseignement-professionnel"] {
            #expect(disciplines.contains(required), "\(required)")
        }
    }

    @Test func someScenariosNeedNoAITool() throws {
        let toolFree = try Self.load().scenarios.filter { $0.scenario?.tools.isEmpty == true }
        #expect(toolFree.count >= 5)
    }

    @Test func everyToolIsUsedOrAnAlternative() throws {
        let catalog = try Self.load()
        let used = Set(catalog.scenarios.flatMap { $0.scenario?.tools.map(\.id) ?? [] })
        let alternatives = Set(catalog.tools.flatMap { $0.tool?.alternatives ?? [] })
        for tool in catalog.tools {
            #expect(used.contains(tool.id) || alternatives.contains(tool.id), "\(tool.id) n'est relié à rien")
        }
    }

    @Test func scenariosAreShareAlikeAndToolFactsAreSourced() throws {
        let catalog = try Self.load()
        for scenario in catalog.scenarios {
            #expect(scenario.license == "CC-BY-SA-4.0", "\(scenario.id)")
        }
        for tool in catalog.tools {
            let details = try #require(tool.tool)
            #expect(!details.sources.isEmpty || !(details.privacy?.evidence.isEmpty ?? true), "\(tool.id)")
            // A known minimum age or hosting region must come with the page it was read on.
            if details.minAge != nil || [.fr, .eu, .nonEU].contains(details.privacy?.hostingValue) {
                #expect(!details.sources.isEmpty || !(details.privacy?.evidence.isEmpty ?? true), "\(tool.id)")
                #expect(details.privacy?.verifiedOn != nil, "\(tool.id)")
            }
        }
    }
}
