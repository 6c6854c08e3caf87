import CatalogCore

/// The page of one entry (`/fiches/{id}`): summary, key facts, the tools a scenario uses (with
/// their privacy and age facts) or the scenarios that use a tool, and the body rendered from
/// Markdown.
struct EntryPage: Sendable {
    let entry: Entry
    let catalog: Catalog

    func render() -> String {
        var main =
            "<nav aria-label=\"Fil d'Ariane\"><p><a href=\"/\">Recherche</a> › \(HTML.escape(entry.title))</p></nav>\n"
        main += "<h1>\(HTML.escape(entry.title))</h1>\n"
        main += "<p class=\"tags\"><span class=\"kind\">\(HTML.escape(entry.kind.label))</span>"
        if !entry.isPublished {
            main += "<span class=\"status\">\(HTML.escape(entry.statusValue?.label ?? entry.status))</span>"
        }
        main += "</p>\n"
        if entry.statusValue == .withdrawn {
            main +=
                "<p class=\"notice\" role=\"note\">Cette fiche a été retirée du catalogue : elle est gardée pour mémoire.</p>\n"
        }
        main += "<p>\(HTML.escape(entry.summary))</p>\n"
        main += "<h2>En bref</h2>\n" + FactList(facts: commonFacts()).render()
        if let scenario = entry.scenario { main += scenarioSections(scenario) }
        if let tool = entry.tool { main += toolSections(tool) }
        let body = MarkdownRenderer(topHeadingLevel: 3).render(entry.body)
        if !body.isEmpty { main += "<h2>Description</h2>\n<div class=\"body\">\n\(body)</div>\n" }
        return PageLayout(title: "\(entry.title) — pedacat", description: entry.summary).render(main: main)
    }

    private func commonFacts() -> [(String, String)] {
        var facts: [(String, String)] = []
        if let scenario = entry.scenario {
            facts.append(("Niveaux", labels(scenario.levels, Vocabularies.levels)))
            facts.append(("Disciplines", labels(scenario.disciplines, Vocabularies.disciplines)))
            if let duration = scenario.duration {
                facts.append(("Durée", ISODuration(duration)?.frenchLabel ?? duration))
            }
            facts.append(("Usage de l'IA", scenario.aiUseValue?.label ?? scenario.aiUse ?? ""))
            facts.append(("Données personnelles", scenario.personalDataValue?.label ?? scenario.personalData ?? ""))
        }
        facts.append(("Thèmes", labels(entry.themes, Vocabularies.themes)))
        facts.append(("Mots-clés", entry.keywords.joined(separator: ", ")))
        facts.append(("Licence", entry.license))
        facts.append(
            (
                "Auteurs",
                entry.authors.map { [$0.name, $0.organization].compactMap { $0 }.joined(separator: ", ") }.joined(
                    separator: " ; ")
            ))
        if let updated = entry.updated { facts.append(("Mise à jour", updated.description)) }
        return facts
    }

    private func scenarioSections(_ scenario: ScenarioDetails) -> String {
        var html = list("Objectifs", scenario.objectives)
        html += "<h2>Outils utilisés</h2>\n"
        if scenario.tools.isEmpty {
            html += "<p>Aucun : activité sans outil d'IA.</p>\n"
        }
        for use in scenario.tools {
            let tool = catalog.entry(use.id)
            html += "<section class=\"panel\" aria-labelledby=\"outil-\(HTML.escape(use.id))\">\n"
            if let tool {
                html +=
                    "<h3 id=\"outil-\(HTML.escape(use.id))\"><a href=\"/fiches/\(HTML.escape(tool.id))\">\(HTML.escape(tool.title))</a></h3>\n"
            } else {
                html += "<h3 id=\"outil-\(HTML.escape(use.id))\">\(HTML.escape(use.id)) (fiche introuvable)</h3>\n"
            }
            var facts: [(String, String)] = []
            if let role = use.role { facts.append(("Rôle", role)) }
            if let account = use.pupilAccount { facts.append(("Compte élève", account ? "oui" : "non")) }
            if let fallback = use.fallback { facts.append(("Sans l'outil", fallback)) }
            if let details = tool?.tool { facts += ToolFacts(tool: details).privacyFacts }
            html += FactList(facts: facts).render() + "</section>\n"
        }
        html += list("Compétences", scenario.competences)
        html += list(
            "Inclusion",
            scenario.inclusion.map { note in note.need.map { "\($0) : \(note.adaptation)" } ?? note.adaptation })
        html += list("Ce que vérifie l'enseignant", scenario.teacherChecks)
        return html
    }

    private func toolSections(_ tool: ToolDetails) -> String {
        var html =
            "<h2>Confidentialité et âge</h2>\n<div class=\"panel\">\n"
            + FactList(facts: ToolFacts(tool: tool).privacyFacts).render()
        html += "</div>\n<h2>L'outil</h2>\n" + FactList(facts: ToolFacts(tool: tool).generalFacts).render()
        if !tool.sources.isEmpty {
            html += "<h3>Sources</h3>\n<ul>\n"
            for source in tool.sources { html += "<li>\(link(source))</li>\n" }
            html += "</ul>\n"
        }
        let alternatives = tool.alternatives.compactMap { catalog.entry($0) }
        if !alternatives.isEmpty { html += entryList("Alternatives", alternatives) }
        html += "<h2>Scénarios qui utilisent cet outil</h2>\n"
        let usedBy = catalog.scenarios(using: entry.id)
        if usedBy.isEmpty {
            html += "<p>Aucun scénario du catalogue ne l'utilise pour l'instant.</p>\n"
        } else {
            html += entryItems(usedBy)
        }
        return html
    }

    private func entryList(_ title: String, _ entries: [Entry]) -> String {
        "<h2>\(HTML.escape(title))</h2>\n" + entryItems(entries)
    }

    private func entryItems(_ entries: [Entry]) -> String {
        "<ul>\n"
            + entries.map { "<li><a href=\"/fiches/\(HTML.escape($0.id))\">\(HTML.escape($0.title))</a></li>\n" }
            .joined()
            + "</ul>\n"
    }

    private func list(_ title: String, _ items: [String]) -> String {
        guard !items.isEmpty else { return "" }
        return "<h2>\(HTML.escape(title))</h2>\n<ul>\n" + items.map { "<li>\(HTML.escape($0))</li>\n" }.joined()
            + "</ul>\n"
    }

    private func labels(_ ids: [String], _ vocabulary: Vocabulary) -> String {
        ids.map { vocabulary.term($0)?.label ?? $0 }.joined(separator: ", ")
    }
}

/// A link to an external page when the address is http(s), else the text.
func link(_ url: String) -> String {
    HTML.isSafeURL(url) ? "<a href=\"\(HTML.escape(url))\">\(HTML.escape(url))</a>" : HTML.escape(url)
}
