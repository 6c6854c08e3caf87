import CatalogCore

/// The text form of `pedacat show`: labels in French, unknown facts said plainly.
struct EntryTextView {
    var entry: Entry
    var tools: [Entry]
    var usedBy: [Entry]
    var console: Console

    func render() -> String {
        var lines: [String] = []
        lines.append(console.bold(entry.title))
        let status = entry.statusValue?.label ?? entry.status
        lines.append(console.dim("\(entry.kind.label) · \(status) · \(entry.id)"))
        if !entry.summary.isEmpty { lines.append(""); lines.append(entry.summary) }
        lines.append("")
        if let scenario = entry.scenario { lines += scenarioLines(scenario) }
        if let tool = entry.tool { lines += toolLines(tool) }
        field(&lines, "Thèmes", labels(entry.themes, Vocabularies.themes))
        field(&lines, "Mots-clés", entry.keywords.joined(separator: ", "))
        field(&lines, "Licence", entry.license)
        field(
            &lines, "Auteurs",
            entry.authors.map { [$0.name, $0.organization].compactMap { $0 }.joined(separator: ", ") }.joined(
                separator: " ; "))
        field(&lines, "Créée le", entry.created?.description ?? "")
        field(&lines, "Mise à jour le", entry.updated?.description ?? "")
        field(&lines, "Fichier", entry.file)
        if !entry.body.isEmpty {
            lines.append("")
            lines.append(entry.body)
        }
        return lines.joined(separator: "\n")
    }

    private func scenarioLines(_ scenario: ScenarioDetails) -> [String] {
        var lines: [String] = []
        field(&lines, "Niveaux", labels(scenario.levels, Vocabularies.levels))
        field(&lines, "Disciplines", labels(scenario.disciplines, Vocabularies.disciplines))
        if let duration = scenario.duration {
            field(&lines, "Durée", ISODuration(duration)?.frenchLabel ?? duration)
        }
        field(&lines, "Usage de l'IA", scenario.aiUseValue?.label ?? scenario.aiUse ?? "")
        field(&lines, "Données personnelles", scenario.personalDataValue?.label ?? scenario.personalData ?? "")
        if scenario.tools.isEmpty {
            field(&lines, "Outils", "aucun (activité sans outil d'IA)")
        } else {
            lines.append(console.bold("Outils :"))
            for use in scenario.tools {
                let title = tools.first { $0.id == use.id }?.title ?? "fiche introuvable"
                var line = "  - \(title) (\(use.id))"
                if let role = use.role { line += " : \(role)" }
                if use.pupilAccount == true { line += " [compte élève]" }
                lines.append(line)
                if let fallback = use.fallback { lines.append("    sans l'outil : \(fallback)") }
            }
        }
        list(&lines, "Objectifs", scenario.objectives)
        list(&lines, "Compétences", scenario.competences)
        list(
            &lines, "Inclusion",
            scenario.inclusion.map { note in note.need.map { "\($0) : \(note.adaptation)" } ?? note.adaptation })
        list(&lines, "Ce que vérifie l'enseignant", scenario.teacherChecks)
        if let review = scenario.review {
            field(
                &lines, "Relecture",
                [review.by, review.on?.description, review.note].compactMap { $0 }.joined(separator: " · "))
        }
        return lines
    }

    private func toolLines(_ tool: ToolDetails) -> [String] {
        var lines: [String] = []
        field(&lines, "Site", tool.url ?? "")
        field(
            &lines, "Éditeur",
            [tool.publisher, tool.publisherCountry.map { "(\($0))" }].compactMap { $0 }.joined(separator: " "))
        field(&lines, "Catégories", labels(tool.categories, Vocabularies.toolCategories))
        field(&lines, "Type d'IA", labels(tool.aiType.map { [$0] } ?? [], Vocabularies.aiType))
        field(&lines, "Langues", tool.languages.joined(separator: ", "))
        field(&lines, "Coût", tool.costValue?.label ?? tool.cost ?? "")
        field(&lines, "Compte", tool.accountValue?.label ?? tool.account ?? "")
        field(
            &lines, "Âge minimum",
            tool.minAge.map { "\($0) ans (conditions d'utilisation)" } ?? "inconnu (aucune source lue ne l'indique)")
        if let privacy = tool.privacy {
            lines.append(console.bold("Données personnelles :"))
            lines.append("  hébergement : \(privacy.hostingValue?.label ?? privacy.hosting ?? "non renseigné")")
            lines.append("  contrat de traitement (DPA) : \(knowledge(privacy.dpaValue, privacy.dpa))")
            lines.append(
                "  entraînement sur les données des utilisateurs : \(privacy.trainsOnUserDataValue?.label ?? privacy.trainsOnUserData ?? "non renseigné")"
            )
            lines.append(
                "  accessible par le GAR : \(privacy.gar == true ? "oui" : privacy.gar == false ? "non" : "non renseigné")"
            )
            lines.append(
                "  conforme au cadre (RGPD) : \(privacy.isGDPRCompliant ? "oui, preuves à l'appui" : "non démontré")")
            if let verified = privacy.verifiedOn { lines.append("  vérifié le : \(verified)") }
            for url in privacy.evidence { lines.append("  preuve : \(url)") }
        }
        if let accessibility = tool.accessibility {
            var text = labels(accessibility.rgaa.map { [$0] } ?? [], Vocabularies.rgaa)
            if !accessibility.features.isEmpty { text += " ; " + accessibility.features.joined(separator: ", ") }
            field(&lines, "Accessibilité", text)
        }
        if let local = tool.runsLocally { field(&lines, "Fonctionne en local", local ? "oui" : "non") }
        field(&lines, "Alternatives", tool.alternatives.joined(separator: ", "))
        list(&lines, "Sources", tool.sources)
        if !usedBy.isEmpty {
            list(&lines, "Scénarios qui l'utilisent", usedBy.map { "\($0.title) (\($0.id))" })
        }
        return lines
    }

    private func knowledge(_ value: Privacy.Knowledge?, _ raw: String?) -> String {
        switch value {
        case .yes: "oui"
        case .no: "non"
        case .unknown: "inconnu"
        case nil: raw ?? "non renseigné"
        }
    }

    private func labels(_ ids: [String], _ vocabulary: Vocabulary) -> String {
        ids.map { vocabulary.term($0)?.label ?? $0 }.joined(separator: ", ")
    }

    private func field(_ lines: inout [String], _ name: String, _ value: String) {
        guard !value.isEmpty else { return }
        lines.append("\(console.bold(name + " :")) \(value)")
    }

    private func list(_ lines: inout [String], _ name: String, _ values: [String]) {
        guard !values.isEmpty else { return }
        lines.append(console.bold(name + " :"))
        for value in values { lines.append("  - \(value)") }
    }
}
