import CatalogCore
import Foundation
import Testing

@testable import CatalogExport

/// What the records say, checked on the parsed output rather than on text.
@Suite struct RecordContentTests {
    func parsed(_ id: String, _ format: ExportFormat) throws -> ParsedElement {
        let catalog = try FixtureCatalog.load()
        let data = try RecordWriter(catalog: catalog).document(try #require(catalog.entry(id)), as: format)
        return try UntrustedXMLParser.parse(data, name: "\(id).xml")
    }

    @Test func scenarioIsAScolomfrPedagogicalScenarioWithLevelAncestors() throws {
        let lom = try parsed("debat-ia-emc-4e", .scolomfr)
        let type = try #require(lom.first(path: "educational/learningResourceType"))
        #expect(type.first("value")?.value == "http://data.education.fr/voc/scolomfr/concept/scolomfr-voc-010-num-020")
        #expect(type.first("label")?.value == "scénario pédagogique")
        let levelPaths =
            lom.all("classification")
            .first { $0.first(path: "purpose/value")?.value.hasSuffix("educational_level") == true }?
            .all("taxonPath") ?? []
        let fourth = levelPaths.first { $0.all("taxon").last?.first(path: "entry/string")?.value == "4e" }
        // collège → cycle 4 → 4e, root first.
        #expect(
            fourth?.all("taxon").compactMap { $0.first("id")?.value.components(separatedBy: "-num-").last } == [
                "016", "621", "021",
            ])
        let relation = try #require(lom.first("relation"))
        #expect(relation.first(path: "kind/value")?.value == "http://purl.org/dc/terms/requires")
        #expect(relation.first(path: "resource/identifier/entry")?.value == "urn:pedacat:tools:le-chat-test")
        let themes = lom.all("classification").first {
            $0.first(path: "taxonPath/source/string")?.value.hasPrefix("pedacat ; themes") == true
        }
        #expect(themes?.all("taxonPath").count == 2)
        let vcard = try #require(lom.first(path: "lifeCycle/contribute/entity")).text
        #expect(vcard.contains("VERSION:4.0"))
        #expect(vcard.contains("ORG:Collège Exemple\\; académie de Lyon"))
        #expect(
            lom.first(path: "rights/description/string")?.value.contains(
                "https://creativecommons.org/licenses/by-sa/4.0/") == true)
    }

    @Test func toolIsSoftwareWithPublisherAndCost() throws {
        let lom = try parsed("le-chat-test", .scolomfr)
        #expect(lom.first(path: "general/documentType/value")?.value == "http://purl.org/dc/dcmitype/Software")
        #expect(lom.first(path: "technical/location")?.value == "https://chat.example.org")
        #expect(lom.first(path: "rights/cost/label")?.value == "gratuit")
        #expect(
            lom.first(path: "rights/description/string")?.value.hasPrefix("Coût : gratuit avec options payantes.")
                == true)
        let roles = lom.first("lifeCycle")?.all("contribute").compactMap { $0.first(path: "role/label")?.value }
        #expect(roles == ["auteur", "éditeur"])
    }

    @Test func plainLOMUsesOnlyLOMTokens() throws {
        let lom = try parsed("debat-ia-emc-4e", .lom)
        let values = lom.subtree.filter { $0.name == "value" }.map(\.value)
        #expect(!values.isEmpty)
        #expect(values.allSatisfy { !$0.hasPrefix("http") })
        #expect(lom.first(path: "general/language")?.value == "fr")
        #expect(lom.subtree.contains { $0.name == "label" } == false)
    }

    @Test func dublinCoreNamesCreatorsSubjectsAndRelation() throws {
        let dc = try parsed("debat-ia-emc-4e", .oaiDC)
        #expect(dc.name == "dc" && dc.namespace == XMLNamespaces.oaiDC)
        #expect(dc.all("creator").map(\.value) == ["Jeanne Exemple"])
        #expect(dc.all("subject").map(\.value).contains("4e"))
        #expect(dc.all("relation").map(\.value) == ["urn:pedacat:tools:le-chat-test"])
    }

    @Test func sameEntrySameBytes() throws {
        let catalog = try FixtureCatalog.load()
        let entry = try #require(catalog.entry("debat-ia-emc-4e"))
        for format in ExportFormat.allCases {
            let first = try RecordWriter(catalog: catalog).document(entry, as: format)
            let second = try RecordWriter(catalog: catalog).document(entry, as: format)
            #expect(first == second)
        }
    }

    @Test func mandatoryElementsAreReportedWhenMissing() throws {
        var entry = Entry(id: "vide", kind: .scenario, title: "Sans auteur", summary: "")
        entry.scenario = ScenarioDetails()
        let record = RecordWriter().record(entry)
        #expect(record.missingMandatoryElements.count == 2)
        #expect(record.missingMandatoryElements.contains { $0.hasPrefix("1.4") })
        #expect(record.missingMandatoryElements.contains { $0.hasPrefix("2.3") })
    }
}
