import CatalogServer
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// The French search page and entry pages, server-rendered.
@Suite struct WebPageTests {
    private func page(_ uri: String) async throws -> (String, HTTPResponse.Status) {
        let app = try await buildApplication(configuration: TestSupport.configuration())
        return try await app.test(.router) { client in
            try await client.execute(uri: uri, method: .get) { (String(buffer: $0.body), $0.status) }
        }
    }

    @Test func searchPageIsAccessibleFrenchHTML() async throws {
        let (html, status) = try await page("/?q=esprit+critique")
        #expect(status == .ok)
        #expect(html.contains("<html lang=\"fr\">"))
        #expect(html.contains("<a class=\"skip\" href=\"#contenu\">Aller au contenu</a>"))
        #expect(html.contains("<main id=\"contenu\""))
        #expect(html.contains("<label for=\"q\">"))
        #expect(html.contains("<form id=\"recherche\"") && html.contains("method=\"get\""))
        #expect(html.contains("<a href=\"/fiches/esprit-critique-ia-4e\">"))
        let (marked, _) = try await page("/?q=sources")
        #expect(marked.contains("<mark>sources</mark>"))
        #expect(html.contains("<legend>Niveaux</legend>"))
        #expect(html.contains("<label for=\"filtre-level-4e\">4e <span class=\"count\">(1)</span></label>"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("http://") || !html.contains("<link"))  // no external style sheet or font
        // Headings in order: one h1, then h2, then h3.
        let h1 = try #require(html.range(of: "<h1>")).lowerBound
        let h2 = try #require(html.range(of: "<h2")).lowerBound
        let h3 = try #require(html.range(of: "<h3>")).lowerBound
        #expect(h1 < h2 && h2 < h3)
    }

    @Test func filtersAreKeptInLinksAndBadFiltersAre400() async throws {
        let (html, _) = try await page("/?level=cycle-4&limit=1")
        #expect(html.contains("checked"))
        #expect(html.contains("rel=\"next\""))
        #expect(html.contains("level=cycle-4"))
        let (bad, status) = try await page("/?level=4eme")
        #expect(status == .badRequest)
        #expect(bad.contains("role=\"alert\""))
        #expect(bad.contains("identifiant inconnu"))
    }

    @Test func toolPageShowsPrivacyFactsPlainly() async throws {
        let (html, status) = try await page("/fiches/assistant-conversationnel")
        #expect(status == .ok)
        #expect(html.contains("<dt>Âge minimum</dt><dd><span class=\"unknown\">inconnu</span></dd>"))
        #expect(html.contains("<dt>Hébergement des données</dt><dd><span class=\"unknown\">inconnu</span></dd>"))
        #expect(html.contains("<dt>Contrat de traitement des données (DPA)</dt>"))
        #expect(html.contains("<dt>Accessible par le GAR</dt><dd>non</dd>"))
        #expect(html.contains("<a href=\"/fiches/esprit-critique-ia-4e\">"))  // scenarios using it
        #expect(html.contains("&lt;script&gt;alert(&quot;xss&quot;)&lt;/script&gt;"))
        #expect(!html.contains("<script>"))
        let (local, _) = try await page("/fiches/synthese-vocale-locale")
        #expect(local.contains("<dt>Âge minimum</dt><dd>13 ans (conditions d&#39;utilisation)</dd>"))
        #expect(local.contains("<dt>Accessible par le GAR</dt><dd>oui</dd>"))
    }

    @Test func scenarioPageShowsItsToolsAndBody() async throws {
        let (html, _) = try await page("/fiches/esprit-critique-ia-4e")
        #expect(html.contains("<h1>Exercer son esprit critique face aux réponses d&#39;une IA</h1>"))
        #expect(html.contains("<h2>Outils utilisés</h2>"))
        #expect(
            html.contains("<a href=\"/fiches/assistant-conversationnel\">Assistant conversationnel généraliste</a>"))
        #expect(html.contains("<dt>Âge minimum</dt>"))
        #expect(html.contains("<h3>Déroulé</h3>"))
        #expect(html.contains("<a href=\"https://cdi.example.org\">CDI</a>"))
        #expect(!html.contains("javascript:"))
    }

    @Test func unknownAndMalformedIdsAre404() async throws {
        for uri in ["/fiches/inconnu", "/fiches/..%2F..%2Fetc%2Fpasswd", "/fiches/%00", "/nulle-part"] {
            let (html, status) = try await page(uri)
            #expect(status == .notFound, "\(uri)")
            #expect(html.contains("lang=\"fr\""))
        }
    }
}
