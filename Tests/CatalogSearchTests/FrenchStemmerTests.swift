import Foundation
import Testing

@testable import CatalogSearch

/// The stemmer must reproduce the Snowball reference output for every word of its vocabulary.
@Test func stemmerMatchesSnowballVocabulary() throws {
    let folder = TestPaths.standards.appendingPathComponent("snowball/french")
    let words = try String(contentsOf: folder.appendingPathComponent("voc.txt"), encoding: .utf8)
        .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let stems = try String(contentsOf: folder.appendingPathComponent("output.txt"), encoding: .utf8)
        .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    try #require(words.count == stems.count)
    var mismatches: [String] = []
    var checked = 0
    for (word, expected) in zip(words, stems) where !word.isEmpty {
        checked += 1
        let actual = FrenchStemmer.stem(word)
        if actual != expected { mismatches.append("\(word): \(actual) ≠ \(expected)") }
    }
    #expect(checked == 21_655)
    #expect(
        mismatches.isEmpty, "\(mismatches.count) mismatches, first: \(mismatches.prefix(30).joined(separator: "; "))")
}

@Test(arguments: [
    ("continuellement", "continuel"), ("majestueusement", "majestu"), ("maladroitement", "maladroit"),
    ("évaluations", "évalu"), ("élèves", "élev"), ("personnalisation", "personnalis"),
])
func stemmerExamples(word: String, stem: String) {
    #expect(FrenchStemmer.stem(word) == stem)
}
