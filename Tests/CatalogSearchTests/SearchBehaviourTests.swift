import CatalogCore
import Foundation
import Testing

@testable import CatalogSearch

/// What users expect of search (PRODUCT.md, "Search behaviour users expect"), on a small catalogue.
@Suite struct SearchBehaviourTests {
    let catalog: TempCatalog
    let index: SearchIndex

    init() throws {
        catalog = try TempCatalog()
        try catalog.scenario(
            "accents", title: "Les élèves et l'évaluation",
            summary: "Des évaluations formatives pour tous les élèves.", levels: ["5e"], disciplines: ["mathematiques"])
        try catalog.scenario(
            "sans-accents", title: "Quand les eleves apprennent a evaluer",
            summary: "Une seance ou les eleves evaluent leurs pairs.", levels: ["cm2"], disciplines: ["francais"],
            themes: ["inclusion"])
        try catalog.scenario(
            "ia-texte", title: "Un texte écrit par une intelligence artificielle",
            summary: "Repérer les erreurs d'une intelligence artificielle générative.", levels: ["3e"],
            disciplines: ["francais"], tools: ["robot-bavard"])
        try catalog.scenario(
            "ia-sigle", title: "Débattre de l'IA en classe", summary: "Un débat argumenté sur l'IA.",
            levels: ["1re"], disciplines: ["philosophie"], themes: ["ethique"])
        try catalog.scenario(
            "esprit", title: "Développer l'esprit critique",
            summary: "Vérifier une image et développer son esprit critique.",
            body: "Une séance d'EMI sur les images truquées.", levels: ["4e"], disciplines: ["emi"])
        try catalog.scenario(
            "critique-esprit", title: "Critique d'un texte", summary: "Un esprit vif et une critique juste.",
            levels: ["4e"], disciplines: ["francais"])
        try catalog.scenario(
            "brouillon", title: "Personnalisation des parcours", summary: "Personnaliser les exercices.",
            status: "draft")
        try catalog.scenario(
            "publie", title: "Des parcours personnalisés",
            summary: "Une plateforme qui personnalise les exercices de calcul.", body: "La personnalisation en calcul.")
        try catalog.scenario("retire", title: "Personnalisation retirée", status: "withdrawn")
        try catalog.scenario("accentue", title: "Des projets abandonnés", summary: "Relancer les idées délaissées.")
        try catalog.scenario("plat", title: "Des copies evaluees", summary: "Les travaux corriges en classe.")
        try catalog.scenario("egal-b", title: "Jardin potager", levels: ["cp"])
        try catalog.scenario("egal-a", title: "Jardin potager", levels: ["cp"])
        try catalog.tool("robot-bavard", title: "Robot bavard", summary: "Un agent conversationnel.")
        index = try SearchIndex(catalog: catalog.root, index: catalog.index)
        try index.update()
    }

    func ids(_ text: String?, filter: EntryFilter = EntryFilter()) throws -> [String] {
        try index.search(SearchQuery(text: text, filter: filter, limit: 50)).results.map(\.id)
    }

    @Test func accentsMatchBothWays() throws {
        #expect(Set(try ids("eleve")) == ["accents", "sans-accents"])
        #expect(Set(try ids("élèves")) == ["accents", "sans-accents"])
        // "plat" has "evaluees": the same verb, written without accents.
        #expect(Set(try ids("évaluation")) == ["accents", "sans-accents", "plat"])
        #expect(Set(try ids("evaluer")) == ["accents", "sans-accents", "plat"])
        #expect(Set(try ids("ÉVALUATIONS")) == ["accents", "sans-accents", "plat"])
    }

    /// Snowball stems unaccented spellings differently (`abandonnée` → `abandon`, but
    /// `abandonnee` → `abandonne`): other inflections still meet through the vocabulary.
    @Test func otherInflectionsMatchAcrossAccents() throws {
        #expect(try ids("abandonnee") == ["accentue"])
        #expect(try ids("abandonné") == ["accentue"])
        #expect(try ids("délaissé") == ["accentue"])
        #expect(try ids("évaluée").contains("plat"))
        #expect(try ids("corrigés") == ["plat"])
    }

    @Test func elisionsInQueries() throws {
        #expect(try ids("l'esprit").contains("esprit"))
        #expect(try ids("d’évaluations").contains("accents"))
    }

    @Test func acronymsExpand() throws {
        #expect(Set(try ids("IA")) == ["ia-texte", "ia-sigle"])
        #expect(Set(try ids("intelligence artificielle")) == ["ia-texte", "ia-sigle"])
        #expect(Set(try ids("EMI")).contains("esprit"))
    }

    @Test func phrasesPrefixesOrAndExclusion() throws {
        #expect(try ids(#""esprit critique""#) == ["esprit"])
        #expect(Set(try ids("esprit critique")) == ["esprit", "critique-esprit"])
        #expect(Set(try ids("personnali*")) == ["publie", "brouillon"])
        #expect(Set(try ids("jardin OR débat")) == ["egal-a", "egal-b", "ia-sigle"])
        #expect(try ids("esprit -image") == ["critique-esprit"])
        #expect(!(try ids("-jardin")).contains("egal-a"))
    }

    @Test func publishedBeforeDraftsWithdrawnExcludedTiesById() throws {
        #expect(try ids("personnalisation") == ["publie", "brouillon"])
        #expect(try ids("jardin potager") == ["egal-a", "egal-b"])
        #expect(!(try ids(nil)).contains("retire"))
    }

    @Test func titleWeighsMoreThanBody() throws {
        try catalog.scenario("corps", title: "Séance", summary: "Une séance.", body: "On parle de volcan ici.")
        try catalog.scenario("titre", title: "Le volcan", summary: "Une séance.")
        try index.update()
        #expect(try ids("volcan") == ["titre", "corps"])
    }

    @Test func filtersAndFacets() throws {
        #expect(try ids(nil, filter: EntryFilter(kinds: [.tool])) == ["robot-bavard"])
        // cycle-4 contains 5e, 4e and 3e.
        #expect(
            Set(try ids(nil, filter: EntryFilter(levels: ["cycle-4"])))
                == ["accents", "ia-texte", "esprit", "critique-esprit", "brouillon", "publie", "accentue", "plat"])
        #expect(Set(try ids("esprit", filter: EntryFilter(disciplines: ["emi", "philosophie"]))) == ["esprit"])
        #expect(Set(try ids(nil, filter: EntryFilter(levels: ["cycle-4"], themes: ["ethique"]))).isEmpty)
        #expect(Set(try ids(nil, filter: EntryFilter(tools: ["robot-bavard"]))) == ["ia-texte", "robot-bavard"])
        let response = try index.search(SearchQuery(text: "élèves", facets: true))
        #expect(response.facets?.kind == ["scenario": 2])
        #expect(response.facets?.levels == ["5e": 1, "cm2": 1])
        #expect(response.facets?.disciplines == ["mathematiques": 1, "francais": 1])
    }

    @Test func paging() throws {
        let all = try ids(nil)
        let page = try index.search(SearchQuery(text: nil, limit: 3, offset: 2))
        #expect(page.total == all.count)
        #expect(page.results.map(\.id) == Array(all[2..<5]))
    }

    @Test func snippetsHighlightMatchedWords() throws {
        let hits = try index.search(SearchQuery(text: "évaluations", limit: 10)).results
        let accented = try #require(hits.first { $0.id == "accents" })
        #expect(accented.snippet.contains("[[évaluations]]"))
        #expect(hits.contains { $0.id == "sans-accents" })
    }

    @Test func suggestionForAMisspelledWord() throws {
        let response = try index.search(SearchQuery(text: "potagre"))
        #expect(response.total == 0)
        #expect(response.suggestion == "potager")
        #expect(try index.search(SearchQuery(text: "potager")).suggestion == nil)
    }

    @Test func suggestionKeepsTheAccentsOfTheCatalogue() throws {
        // The catalogue writes the word both with and without accents: the accented one is shown.
        let response = try index.search(SearchQuery(text: "eleevs"))
        #expect(response.total == 0)
        #expect(response.suggestion == "élèves")
        #expect(try index.search(SearchQuery(text: "evaluatoins")).suggestion == "évaluations")
    }

    @Test func jsonShape() throws {
        let response = try index.search(SearchQuery(text: "potagre", facets: true))
        let data = try JSONEncoder().encode(response)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(Set(object.keys) == ["query", "total", "results", "facets", "suggestion"])
        let hits = try index.search(SearchQuery(text: "jardin"))
        let hitObject = try #require(
            (try JSONSerialization.jsonObject(with: JSONEncoder().encode(hits)) as? [String: Any])?["results"]
                as? [[String: Any]])
        #expect(
            Set(hitObject[0].keys)
                == ["id", "kind", "title", "summary", "score", "snippet", "levels", "disciplines", "themes"])
        var batch = hits
        batch.tookMs = 1.5
        let batchObject = try JSONSerialization.jsonObject(with: JSONEncoder().encode(batch)) as? [String: Any]
        #expect(batchObject?["took_ms"] as? Double == 1.5)
    }
}
