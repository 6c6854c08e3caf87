import Testing

@testable import CatalogSearch

@Suite struct FrenchAnalyzerTests {
    @Test func lowercasesStemsAndFoldsAccents() {
        #expect(
            FrenchAnalyzer.terms("Les Élèves évaluent") == ["elev", "evaluent"].map { FrenchAnalyzer.terms($0)[0] })
        #expect(FrenchAnalyzer.terms("élèves") == FrenchAnalyzer.terms("eleves"))
        #expect(FrenchAnalyzer.terms("élève") == FrenchAnalyzer.terms("eleve"))
        #expect(FrenchAnalyzer.terms("évaluation") == FrenchAnalyzer.terms("évaluations"))
        #expect(FrenchAnalyzer.terms("évaluation") == FrenchAnalyzer.terms("evaluer"))
    }

    @Test(arguments: [
        ("l'inclusion", "inclusion"), ("d'apprentissage", "apprentissage"), ("qu'elle", "elle"),
        ("j'écris", "écris"), ("n'oublie", "oublie"), ("s'exprimer", "exprimer"), ("c'était utile", "était utile"),
        ("m'appelle", "appelle"), ("t'aider", "aider"), ("l’inclusion", "inclusion"),
        ("jusqu'au bout", "bout"),
    ])
    func elisionsAreSplit(text: String, word: String) {
        #expect(FrenchAnalyzer.terms(text) == FrenchAnalyzer.terms(word))
    }

    @Test func stopwordsAreDropped() {
        #expect(FrenchAnalyzer.terms("le la les de des et à au aux du") == [])
        #expect(FrenchAnalyzer.terms("l'éducation aux médias et à l'information") == ["educ", "medi", "inform"])
    }

    @Test func pluralsShareTheirTerm() {
        for (singular, plural) in [
            ("scénario", "scénarios"), ("compétence", "compétences"), ("image", "images"), ("réseau", "réseaux"),
            ("neurone", "neurones"), ("hallucination", "hallucinations"), ("journal", "journaux"),
            ("vidéo", "vidéos"), ("numéro", "numéros"), ("menu", "menus"), ("agenda", "agendas"),
        ] {
            #expect(FrenchAnalyzer.terms(singular) == FrenchAnalyzer.terms(plural), "\(singular) / \(plural)")
        }
    }

    @Test func acronymsAndDigitsAreKept() {
        #expect(FrenchAnalyzer.terms("IA") == ["ia"])
        #expect(FrenchAnalyzer.terms("4e 2de CM1") == ["4e", "2de", "cm1"])
        #expect(FrenchAnalyzer.terms("acido-basique") == FrenchAnalyzer.terms("acido basique"))
    }

    @Test func decomposedAccentsAreNormalized() {
        let decomposed = "e\u{0301}le\u{0300}ves"  // NFD "élèves"
        #expect(FrenchAnalyzer.terms(decomposed) == FrenchAnalyzer.terms("élèves"))
    }

    @Test func analysisShowsStopwords() {
        let analysis = FrenchAnalyzer.analysis("L'évaluation des élèves")
        #expect(analysis.map(\.word) == ["évaluation", "des", "élèves"])
        #expect(analysis.map(\.term) == ["evalu", nil, "elev"])
    }
}
