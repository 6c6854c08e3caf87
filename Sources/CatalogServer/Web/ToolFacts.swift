import CatalogCore

/// The facts of a tool as a teacher reads them: age, hosting, contract, GAR, said plainly,
/// « inconnu » when no source says it (never guessed).
struct ToolFacts: Sendable {
    let tool: ToolDetails

    var privacyFacts: [(String, String)] {
        var facts: [(String, String)] = [
            ("Âge minimum", tool.minAge.map { "\($0) ans (conditions d'utilisation)" } ?? "inconnu")
        ]
        let privacy = tool.privacy ?? Privacy()
        facts.append(("Hébergement des données", privacy.hostingValue?.label ?? privacy.hosting ?? "inconnu"))
        facts.append(("Contrat de traitement des données (DPA)", knowledge(privacy.dpaValue, privacy.dpa)))
        facts.append(("Accessible par le GAR", privacy.gar.map { $0 ? "oui" : "non" } ?? "inconnu"))
        facts.append(
            (
                "Entraînement sur les données des utilisateurs",
                privacy.trainsOnUserDataValue?.label ?? privacy.trainsOnUserData ?? "inconnu"
            ))
        facts.append(
            ("Conformité RGPD démontrée", privacy.isGDPRCompliant ? "oui, preuves à l'appui" : "non démontrée"))
        if let account = tool.accountValue?.label ?? tool.account { facts.append(("Compte", account)) }
        if let verified = privacy.verifiedOn { facts.append(("Vérifié le", verified.description)) }
        return facts
    }

    var generalFacts: [(String, String)] {
        var facts: [(String, String)] = []
        if let url = tool.url { facts.append(("Site", url)) }
        facts.append(
            (
                "Éditeur",
                [tool.publisher, tool.publisherCountry.map { "(\($0))" }].compactMap { $0 }.joined(separator: " ")
            ))
        facts.append(
            (
                "Catégories",
                tool.categories.map { Vocabularies.toolCategories.term($0)?.label ?? $0 }.joined(separator: ", ")
            ))
        facts.append(("Type d'IA", tool.aiType.map { Vocabularies.aiType.term($0)?.label ?? $0 } ?? ""))
        facts.append(("Langues", tool.languages.joined(separator: ", ")))
        facts.append(("Coût", tool.costValue?.label ?? tool.cost ?? ""))
        if let accessibility = tool.accessibility {
            var text = accessibility.rgaa.map { Vocabularies.rgaa.term($0)?.label ?? $0 } ?? ""
            if !accessibility.features.isEmpty { text += " ; " + accessibility.features.joined(separator: ", ") }
            facts.append(("Accessibilité (RGAA)", text))
        }
        if let local = tool.runsLocally { facts.append(("Fonctionne en local", local ? "oui" : "non")) }
        return facts
    }

    private func knowledge(_ value: Privacy.Knowledge?, _ raw: String?) -> String {
        switch value {
        case .yes: "oui"
        case .no: "non"
        case .unknown: "inconnu"
        case nil: raw ?? "inconnu"
        }
    }
}
