import Foundation
import Testing

@testable import CatalogCore

/// Checks the shipped vocabularies against the official ScoLOMFR files in
/// `../shared/standards/scolomfr/` (SKOS 3.2.0 and JSON 7.0), and their internal consistency.
/// A missing standards folder is a failure, not a skip.
@Suite struct VocabularyURITests {
    /// Terms whose French label legitimately differs from the official one. The test still
    /// checks that the URI carries `official`, so a wrong concept number cannot hide here.
    static let allowedLabelMismatches: [String: (official: String, reason: String)] = [
        "disciplines/snt": (
            "sciences numériques et technologie (enseignement commun)",
            "SNT has no \"(discipline)\" concept; it exists only as the 2de common course."
        ),
        "disciplines/nsi": (
            "numérique et sciences informatiques (enseignement de spécialité)",
            "NSI has no \"(discipline)\" concept; it exists only as the 1re/terminale specialty."
        ),
    ]

    /// ScoLOMFR vocabularies whose labels must match the official ones.
    static let labelCheckedVocabularies = ["scolomfr-voc-015", "scolomfr-voc-022"]

    private func standards() throws -> ScoLOMFRStandards {
        let standards = try ScoLOMFRStandards.shared.get()
        try #require(standards.rdfFileCount > 0, "no SKOS file read")
        try #require(standards.jsonFileCount > 0, "no JSON file read")
        return standards
    }

    @Test func standardsFolderIsPresent() throws {
        let path = ScoLOMFRStandards.directory.path
        #expect(FileManager.default.fileExists(atPath: path), "missing \(path)")
        let standards = try standards()
        // Sanity: known concepts from both releases are found.
        for uri in [Vocabularies.concept(22, 136), Vocabularies.concept(15, 6231)] {
            let known = standards.uris.contains(uri)
            #expect(known, "\(uri) not found")
        }
    }

    @Test func missingStandardsFolderIsAnError() {
        let missing = ScoLOMFRStandards.directory.appendingPathComponent("no-such-folder")
        #expect(throws: ScoLOMFRStandards.LoadError.self) {
            try ScoLOMFRStandards.load(from: missing)
        }
    }

    @Test func conceptHelperPadsLikeTheOfficialIds() throws {
        let standards = try standards()
        let base = Vocabularies.conceptBase
        #expect(Vocabularies.concept(15, 59) == base + "scolomfr-voc-015-num-059")
        #expect(Vocabularies.concept(15, 6231) == base + "scolomfr-voc-015-num-6231")
        #expect(Vocabularies.concept(15, 13683) == base + "scolomfr-voc-015-num-13683")
        #expect(Vocabularies.concept(8, 1, digits: 2) == base + "scolomfr-voc-008-num-01")
        #expect(Vocabularies.concept(21, 1, digits: 4) == base + "scolomfr-voc-021-num-0001")
        for uri in [
            Vocabularies.concept(15, 59), Vocabularies.concept(8, 1, digits: 2),
            Vocabularies.concept(17, 10, digits: 4),
        ] {
            let known = standards.uris.contains(uri)
            #expect(known, "\(uri) is not an official concept")
        }
    }

    @Test func everyShippedURIIsAnOfficialConcept() throws {
        let standards = try standards()
        for vocabulary in Vocabularies.all {
            for term in vocabulary.terms {
                guard let uri = term.uri else { continue }
                let known = standards.uris.contains(uri)
                #expect(
                    known,
                    "\(vocabulary.name)/\(term.id): \(uri) is in neither SKOS 3.2.0 nor JSON 7.0")
                if let scheme = vocabulary.scolomfrVocabulary {
                    #expect(
                        uri.hasPrefix(Vocabularies.conceptBase + scheme + "-num-"),
                        "\(vocabulary.name)/\(term.id): \(uri) is outside \(scheme)")
                }
            }
        }
    }

    @Test(arguments: labelCheckedVocabularies)
    func shippedLabelsMatchOfficialLabels(scheme: String) throws {
        let standards = try standards()
        let vocabularies = Vocabularies.all.filter { $0.scolomfrVocabulary == scheme }
        try #require(!vocabularies.isEmpty, "no shipped vocabulary uses \(scheme)")
        for vocabulary in vocabularies {
            for term in vocabulary.terms {
                guard let uri = term.uri else { continue }
                let key = "\(vocabulary.name)/\(term.id)"
                let official = standards.labels[uri] ?? []
                guard !official.isEmpty else {
                    Issue.record("\(key): no official label for \(uri)")
                    continue
                }
                if let exception = Self.allowedLabelMismatches[key] {
                    #expect(
                        official.contains(exception.official),
                        "\(key): expected official label \"\(exception.official)\", got \(official.sorted())"
                    )
                    continue
                }
                let officialForms = Set(official.map(Self.comparable))
                let shippedForms = Set(([term.label] + term.altLabels).map(Self.comparable))
                #expect(
                    !officialForms.isDisjoint(with: shippedForms),
                    "\(key): \"\(term.label)\" \(term.altLabels) does not match \(official.sorted()) (\(uri))"
                )
            }
        }
    }

    @Test func labelExceptionsAreStillNeeded() {
        for key in Self.allowedLabelMismatches.keys {
            let parts = key.split(separator: "/", maxSplits: 1).map(String.init)
            let term = Vocabularies.named(parts[0])?.term(parts[1])
            #expect(term?.uri != nil, "exception \(key) names no term with a URI")
        }
    }

    @Test(arguments: Vocabularies.all.map(\.name))
    func idsAreUnique(vocabulary name: String) throws {
        let vocabulary = try #require(Vocabularies.named(name))
        var seen: Set<String> = []
        let duplicates = vocabulary.ids.filter { !seen.insert($0).inserted }
        #expect(duplicates.isEmpty, "\(name): duplicate ids \(duplicates)")
    }

    @Test(arguments: Vocabularies.all.map(\.name))
    func parentsExist(vocabulary name: String) throws {
        let vocabulary = try #require(Vocabularies.named(name))
        for term in vocabulary.terms {
            for parent in term.parents {
                #expect(vocabulary.contains(parent), "\(name)/\(term.id): unknown parent \(parent)")
                #expect(parent != term.id, "\(name)/\(term.id) is its own parent")
            }
        }
    }

    @Test func cycle4ContainsItsYears() {
        let cycle4 = Vocabularies.levels.selfAndDescendants(of: "cycle-4")
        for year in ["cycle-4", "5e", "4e", "3e"] {
            #expect(cycle4.contains(year), "cycle-4 lacks \(year): \(cycle4)")
        }
        #expect(!cycle4.contains("6e"), "6e belongs to cycle 3")
    }

    @Test func everyLevelHasATypicalAge() {
        for term in Vocabularies.levels.terms {
            #expect(term.typicalAge != nil, "level \(term.id) has no typicalAge")
        }
    }

    /// Folded (case, accents), punctuation turned into spaces, and a trailing "(discipline)"
    /// qualifier dropped: voc-015 names its general concepts "français (discipline)".
    static func comparable(_ label: String) -> String {
        var text = TextFolding.fold(label).trimmingCharacters(in: .whitespaces)
        if text.hasSuffix("(discipline)") { text.removeLast("(discipline)".count) }
        var spaced = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            spaced.append(CharacterSet.alphanumerics.contains(scalar) ? scalar : " ")
        }
        return String(spaced).split(separator: " ").joined(separator: " ")
    }
}
