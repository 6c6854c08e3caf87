import CatalogCore
import Foundation
import Testing

@testable import CatalogSearch

/// French queries a teacher might type, each with the entry of the shipped catalogue
/// (`catalog/`) that must come in the first three results.
@Suite(.serialized) struct RelevanceTests {
    static let cases: [(query: String, expected: String)] = [
        ("esprit critique histoire", "sources-historiques-ia-histoire-1re"),
        ("élève allophone", "accueil-allophones-traduction-6e"),
        ("arbre de décision", "arbre-de-decision-papier-cm1"),
        ("hypertrucage voix", "deepfake-voix-consentement-emc-3e"),
        ("deepfake", "deepfake-voix-consentement-emc-3e"),
        ("image générée CDI", "demasquer-image-generee-emi-4e"),
        ("fractions différenciation", "exercices-differencies-fractions-6e"),
        ("dictee vocale dysgraphie", "dictee-vocale-whisper-dys-4e"),
        ("trier les déchets", "entrainer-modele-tri-dechets-teachable-machine-4e"),
        ("escape game génétique", "escape-game-genetique-genially-3e"),
        ("cartes mémoire allemand", "flashcards-allemand-quizlet-4e"),
        ("hallucinations", "hallucinations-sources-cdi-3e"),
        ("k plus proches voisins", "knn-capytale-nsi-1re"),
        ("une machine peut-elle penser", "machine-peut-elle-penser-philosophie-tle"),
        ("allergenes restaurant", "menu-allergenes-ia-cap-cuisine"),
        ("cyberharcèlement modération", "moderation-messages-ml4k-3e"),
        ("mot suivant", "mot-suivant-modele-de-langage-papier-3e"),
        ("oral anglais", "oral-anglais-agent-local-3e"),
        ("recommandation vidéo", "recommandation-debranchee-snt-2de"),
        ("réseau de neurones débranché", "reseau-neurones-humain-4e"),
        ("correcteur grammatical", "revision-texte-languagetool-4e"),
        ("autisme", "supports-visuels-tsa-canva-college"),
        ("TSA pictogrammes", "supports-visuels-tsa-canva-college"),
        ("facile à lire ULIS", "textes-faciles-a-lire-ulis-6e"),
        ("traduction espagnol", "traduction-critique-deepl-espagnol-4e"),
        ("consommation énergie", "cout-environnemental-ia-wattmetre-1re"),
        ("biais métiers", "biais-jeu-de-donnees-classe-3e"),
        ("chanson droit d'auteur", "chanson-generee-droit-auteur-6e"),
        ("réclamation client", "courriel-client-ia-critique-bac-pro"),
        ("panne maintenance", "diagnostic-panne-ia-locale-tle-pro"),
        ("faux positifs", "diagnostic-plantes-teachable-machine-svt-2de"),
        ("quiz cycle de l'eau", "quiz-cycle-eau-wooclap-cm2"),
        ("RGPD outil", "atelier-evaluer-outil-cadre-usage-rgpd-formation"),
        ("prompts séquence", "atelier-prompts-preparer-sequence-formation"),
        ("chatbot OpenAI", "chatgpt"),
        ("synthèse vocale clonage", "elevenlabs"),
        ("traducteur neuronal", "deepl"),
        ("modele de langage local", "ollama"),
        ("reconnaissance vocale locale", "whisper"),
        ("Mistral", "le-chat-mistral"),
        ("générateur de musique", "suno"),
        ("lecture fluence cycle 2", "lalilo"),
        ("programmation par blocs microcontroleur", "vittascience"),
        ("dessin reconnaissance", "quick-draw-reconnaissance-dessins-cm2"),
        ("intelligence artificielle Pix", "parcours-pix-ia-3e"),
        ("personnali*", "parcours-mia-seconde-2de"),
        (#""contenus interactifs" formation"#, "atelier-contenus-interactifs-ia-formation"),
    ]

    /// One index of the shipped catalogue for the whole suite, in a temporary folder.
    static let shared: Result<SearchIndex, any Error> = Result {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("pedacat-relevance-\(UUID().uuidString)")
        let index = try SearchIndex(
            catalog: TestPaths.shippedCatalog, index: folder.appendingPathComponent("index.sqlite"))
        let report = try index.rebuild()
        guard report.added > 30 else { throw CatalogError.catalogNotFound(TestPaths.shippedCatalog.path) }
        return index
    }

    @Test(arguments: cases)
    func expectedEntryInTopThree(query: String, expected: String) throws {
        let index = try Self.shared.get()
        let results = try index.search(SearchQuery(text: query, limit: 3)).results.map(\.id)
        #expect(results.contains(expected), "« \(query) » → \(results)")
    }

    @Test func suiteIsLargeEnough() {
        #expect(Self.cases.count >= 30)
    }
}
