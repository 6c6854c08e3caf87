import Testing

@testable import CatalogCore

struct SimilarityTests {
    @Test func shinglesFoldCaseAndAccents() {
        #expect(Shingles.of("Élèves et IA") == Shingles.of("eleves ET ia"))
        #expect(Shingles.of("un deux trois").count == 2)
        #expect(Shingles.of("seul").count == 1)
        #expect(Shingles.of("  ").isEmpty)
    }

    @Test func jaccardOfWordPairs() {
        let a = Shingles.of("a b c d e")
        let b = Shingles.of("a b c d f")
        // pairs ab bc cd de / ab bc cd df: 3 common of 5.
        #expect(abs(Shingles.jaccard(a, b) - 0.6) < 1e-9)
        #expect(Shingles.jaccard(a, a) == 1)
        #expect(Shingles.jaccard(a, Shingles.of("x y z")) == 0)
    }

    @Test func lshFindsCopiesAndSkipsUnrelatedTexts() {
        let texts = [
            "Les élèves comparent les réponses d'un agent conversationnel à des sources vérifiées et débattent",
            "Les élèves comparent les réponses d'un agent conversationnel à des sources vérifiées puis débattent",
            "Atelier d'écriture poétique sous contrainte avec lecture à voix haute devant la classe entière",
            "Calcul mental quotidien avec un exerciseur adaptatif pour les élèves de cours moyen",
        ]
        let minHash = MinHash()
        let keys = minHash.bandKeys(of: texts.map { Shingles.of($0) })
        let pairs = minHash.candidatePairs(keys)
        #expect(pairs.contains(0 << 32 | 1))
        #expect(!pairs.contains(2 << 32 | 3))
    }

    @Test func bigBucketsStayLinear() {
        // 1,000 identical texts: all pairs would be 499,500; the cap keeps it near 64 per text.
        let sets = Array(repeating: Shingles.of("le même texte copié mille fois"), count: 1000)
        let minHash = MinHash()
        let pairs = minHash.candidatePairs(minHash.bandKeys(of: sets), bucketCap: 64)
        #expect(pairs.count < 1000 * 64)
        #expect(pairs.count > 900)
    }
}
