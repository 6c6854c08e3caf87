import CatalogCore
import Testing

@Suite struct EditDistanceTests {
    @Test(arguments: [
        ("", "abc", 3, 3), ("abc", "abc", 0, 0), ("chat", "chats", 1, 1), ("formatvie", "formative", 2, 1),
        ("fromative", "formative", 2, 1), ("ab", "ba", 2, 1), ("ca", "abc", 3, 3), ("élève", "eleve", 2, 2),
    ])
    func distances(a: String, b: String, plain: Int, swaps: Int) {
        #expect(EditDistance.levenshtein(a, b) == plain)
        #expect(EditDistance.withTranspositions(a, b) == swaps)
        #expect(EditDistance.withTranspositions(b, a) == swaps)
    }
}
