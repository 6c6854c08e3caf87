import CatalogCore
import CatalogSearch

/// The search page (`/`): query box, type selector, facet filters with counts, results with
/// highlighted snippets and paging. Plain HTML forms with GET: works without JavaScript.
struct SearchPage: Sendable {
    let state: ServerState

    /// The page with an error message instead of results (bad parameters).
    func render(parameters: SearchParameters? = nil, problem: String) -> String {
        let parameters =
            parameters ?? SearchParameters(text: nil, filter: EntryFilter(), limit: 10, offset: 0, facets: true)
        var main = header(parameters)
        main += "<div class=\"notice\" role=\"alert\"><p>\(HTML.escape(problem))</p></div>\n"
        return PageLayout(title: "Erreur de recherche — pedacat").render(main: main)
    }

    func render(parameters: SearchParameters, response: SearchResponse) -> String {
        var main = header(parameters)
        main += "<div class=\"layout\">\n"
        main += facets(parameters, response)
        main += results(parameters, response)
        main += "</div>\n"
        let title = parameters.text.map { "« \($0) » — recherche pedacat" } ?? "Recherche — pedacat"
        return PageLayout(
            title: title,
            description: "Rechercher des scénarios pédagogiques et des outils d'intelligence artificielle pour l'école."
        ).render(main: main)
    }

    private func header(_ parameters: SearchParameters) -> String {
        let kind = parameters.filter.kinds.count == 1 ? parameters.filter.kinds[0].rawValue : ""
        var html = """
            <h1>Rechercher un scénario pédagogique ou un outil d'IA</h1>
            <form id="recherche" class="search-form" method="get" action="/" role="search" aria-label="Recherche dans le catalogue">
            <div class="query"><label for="q">Mots-clés</label>
            <input type="search" id="q" name="q" value="\(HTML.escape(parameters.text ?? ""))" maxlength="\(SearchParameters.maximumQueryLength)" aria-describedby="q-aide">
            </div>
            <div><label for="kind">Type de fiche</label>
            <select id="kind" name="kind">

            """
        for (value, label) in [("", "Toutes les fiches"), ("scenario", "Scénarios"), ("tool", "Outils")] {
            html += "<option value=\"\(value)\"\(value == kind ? " selected" : "")>\(label)</option>\n"
        }
        html += """
            </select></div>
            <div><button type="submit">Rechercher</button></div>
            <p id="q-aide" class="tags">Exemples : <a href="/?q=esprit+critique">esprit critique</a>, <a href="/?q=%22intelligence+artificielle%22+4e">"intelligence artificielle" 4e</a>, <a href="/?q=personnali*">personnali*</a>.</p>
            </form>

            """
        return html
    }

    private func facets(_ parameters: SearchParameters, _ response: SearchResponse) -> String {
        var html =
            "<section class=\"facets\" aria-labelledby=\"titre-filtres\">\n<h2 id=\"titre-filtres\">Filtrer</h2>\n"
        let counts = response.facets ?? SearchFacets()
        html += fieldset(
            key: "level", legend: "Niveaux", vocabulary: Vocabularies.levels, counts: counts.levels,
            selected: parameters.filter.levels)
        html += fieldset(
            key: "discipline", legend: "Disciplines", vocabulary: Vocabularies.disciplines, counts: counts.disciplines,
            selected: parameters.filter.disciplines)
        html += fieldset(
            key: "theme", legend: "Thèmes", vocabulary: Vocabularies.themes, counts: counts.themes,
            selected: parameters.filter.themes)
        for tool in parameters.filter.tools {
            html += "<input type=\"hidden\" form=\"recherche\" name=\"tool\" value=\"\(HTML.escape(tool))\">\n"
        }
        html += "<button type=\"submit\" form=\"recherche\" class=\"secondary\">Appliquer les filtres</button>\n"
        if !parameters.filter.isEmpty {
            let reset = parameters.text.map { "/?q=" + FormParameters.encode($0) } ?? "/"
            html += "<p><a href=\"\(HTML.escape(reset))\">Retirer tous les filtres</a></p>\n"
        }
        return html + "</section>\n"
    }

    private func fieldset(
        key: String, legend: String, vocabulary: Vocabulary, counts: [String: Int], selected: [String]
    ) -> String {
        let shown = vocabulary.terms.filter { (counts[$0.id] ?? 0) > 0 || selected.contains($0.id) }
        guard !shown.isEmpty else { return "" }
        var html = "<fieldset>\n<legend>\(HTML.escape(legend))</legend>\n<ul>\n"
        for term in shown {
            let id = "filtre-\(key)-\(term.id)"
            let checked = selected.contains(term.id) ? " checked" : ""
            let count = counts[term.id] ?? 0
            html += """
                <li><input type="checkbox" form="recherche" id="\(id)" name="\(key)" value="\(HTML.escape(term.id))"\(checked)> \
                <label for="\(id)">\(HTML.escape(term.label)) <span class="count">(\(count))</span></label></li>

                """
        }
        return html + "</ul>\n</fieldset>\n"
    }

    private func results(_ parameters: SearchParameters, _ response: SearchResponse) -> String {
        var html = "<section aria-labelledby=\"titre-resultats\">\n"
        let total = response.total
        let heading: String
        switch total {
        case 0: heading = "Aucun résultat"
        case 1: heading = "1 résultat"
        default: heading = "\(total) résultats"
        }
        html += "<h2 id=\"titre-resultats\" aria-live=\"polite\">\(heading)</h2>\n"
        if let suggestion = response.suggestion, !suggestion.isEmpty {
            html +=
                "<p class=\"notice\">Vouliez-vous dire <a href=\"\(HTML.escape(link(parameters, text: suggestion, offset: 0)))\">\(HTML.escape(suggestion))</a> ?</p>\n"
        }
        if total == 0 {
            html +=
                "<p>Essayez d'autres mots, moins de filtres, ou une recherche par préfixe (<code>évalu*</code>).</p>\n"
        }
        if !response.results.isEmpty {
            html += "<ol class=\"results\" start=\"\(parameters.offset + 1)\">\n"
            for hit in response.results { html += result(hit) }
            html += "</ol>\n"
        }
        html += pager(parameters, total: total)
        return html + "</section>\n"
    }

    private func result(_ hit: SearchHit) -> String {
        let kind = Entry.Kind(rawValue: hit.kind)
        var html = "<li>\n<h3><a href=\"/fiches/\(HTML.escape(hit.id))\">\(HTML.escape(hit.title))</a></h3>\n"
        html += "<p class=\"tags\"><span class=\"kind\">\(HTML.escape(kind?.label ?? hit.kind))</span>"
        if let entry = state.catalog.entry(hit.id), !entry.isPublished {
            html += "<span class=\"status\">\(HTML.escape(entry.statusValue?.label ?? entry.status))</span> "
        }
        let tags =
            hit.levels.map { Vocabularies.levels.term($0)?.label ?? $0 }
            + hit.disciplines.map { Vocabularies.disciplines.term($0)?.label ?? $0 }
            + hit.themes.map { Vocabularies.themes.term($0)?.label ?? $0 }
        html += HTML.escape(tags.joined(separator: " · ")) + "</p>\n"
        let snippet = hit.snippet.isEmpty ? HTML.escape(hit.summary) : HTML.highlighted(hit.snippet)
        html += "<p class=\"snippet\">\(snippet)</p>\n</li>\n"
        return html
    }

    private func pager(_ parameters: SearchParameters, total: Int) -> String {
        var links: [String] = []
        if parameters.offset > 0 {
            let previous = max(0, parameters.offset - parameters.limit)
            links.append(
                "<a href=\"\(HTML.escape(link(parameters, offset: previous)))\" rel=\"prev\">Résultats précédents</a>")
        }
        let next = parameters.offset + parameters.limit
        if next < total, next <= SearchParameters.maximumOffset {
            links.append(
                "<a href=\"\(HTML.escape(link(parameters, offset: next)))\" rel=\"next\">Résultats suivants</a>")
        }
        guard !links.isEmpty else { return "" }
        return "<nav class=\"pager\" aria-label=\"Pages de résultats\">" + links.joined(separator: " ") + "</nav>\n"
    }

    /// The page's address with another query text and/or offset.
    private func link(_ parameters: SearchParameters, text: String? = nil, offset: Int) -> String {
        var pairs: [(name: String, value: String)] = []
        if let query = text ?? parameters.text { pairs.append(("q", query)) }
        pairs += parameters.filter.kinds.map { ("kind", $0.rawValue) }
        pairs += parameters.filter.levels.map { ("level", $0) }
        pairs += parameters.filter.disciplines.map { ("discipline", $0) }
        pairs += parameters.filter.themes.map { ("theme", $0) }
        pairs += parameters.filter.tools.map { ("tool", $0) }
        if parameters.limit != SearchParameters.defaultLimit { pairs.append(("limit", String(parameters.limit))) }
        if offset > 0 { pairs.append(("offset", String(offset))) }
        return "/?" + FormParameters(pairs: pairs).queryString
    }
}
