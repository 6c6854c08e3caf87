/// The commented skeleton written by `pedacat new`: every key, with a French comment saying what
/// to put there. It loads without any finding, as a draft.
public enum EntryTemplate {
    public static func text(kind: Entry.Kind, id: String, title: String, date: ISODate) -> String {
        switch kind {
        case .scenario: scenario(id: id, title: title, date: date)
        case .tool: tool(id: id, title: title, date: date)
        }
    }

    static func common(kind: Entry.Kind, id: String, title: String, date: ISODate, license: String) -> String {
        """
        ---
        # Fiche pedacat. Les lignes qui commencent par # sont des commentaires : supprimez-les à votre guise.
        # Identifiant : lettres minuscules, chiffres et tirets ; identique au nom du fichier (sans .md).
        id: \(id)
        kind: \(kind.rawValue)
        title: \(yamlQuoted(title))
        # Une ou deux phrases qui donnent envie de lire la fiche.
        summary: "À compléter : résumé en une ou deux phrases."
        # Langue de la fiche (BCP 47).
        language: fr
        # Thèmes (pedacat vocab themes) : contenus-interactifs, personnalisation, usage-responsable,
        # inclusion, ethique, fondements.
        themes: [usage-responsable]
        # Mots-clés libres, en français.
        keywords: []
        # Licence : identifiant SPDX (CC-BY-SA-4.0 pour un scénario, proprietary pour un outil fermé).
        license: \(license)
        # Statut : draft (brouillon), review (en relecture), published (publié), withdrawn (retiré).
        status: draft
        # Dates au format AAAA-MM-JJ.
        created: \(date)
        updated: \(date)
        authors:
          - name: "À compléter"
            # organization: "Établissement ou académie"
            # email: prenom.nom@example.org

        """
    }

    /// A double-quoted YAML scalar.
    static func yamlQuoted(_ text: String) -> String {
        "\"" + text.replacing("\\", with: "\\\\").replacing("\"", with: "\\\"") + "\""
    }

    static func scenario(id: String, title: String, date: ISODate) -> String {
        common(kind: .scenario, id: id, title: title, date: date, license: "CC-BY-SA-4.0") + """
            # Niveaux (pedacat vocab levels) : cycle-3, 6e, 4e, 2de, 1re-pro, formation-enseignants…
            levels: [4e]
            # Disciplines (pedacat vocab disciplines) : francais, emi, emc, snt…
            disciplines: [emi]
            # Durée ISO 8601 : PT55M (55 minutes), PT2H (deux heures), P2W (deux semaines).
            duration: PT1H
            # Qui manipule l'IA (cadre d'usage de l'IA en éducation, 2025) : teacher-prep (préparation),
            # teacher-demo (démonstration), pupils-supervised (élèves encadrés, à partir de la 4e),
            # pupils-autonomous (élèves en autonomie, à partir de la 4e).
            ai_use: teacher-demo
            # Outils utilisés (identifiants de fiches outils) ; laissez [] pour une activité sans IA.
            tools: []
            #  - id: le-chat-mistral
            #    role: "Ce que fait l'outil dans la séance"
            #    pupil_account: false
            #    fallback: "Comment mener l'activité sans cet outil"
            objectives:
              - "À compléter : ce que les élèves sauront faire."
            # Compétences visées, par exemple du CRCN : "CRCN 1.1".
            competences: []
            # Besoins éducatifs particuliers pris en compte et adaptations.
            inclusion: []
            #  - need: DYS
            #    adaptation: "Textes aérés, lecture à voix haute"
            # Données personnelles d'élèves traitées : none, pseudonymous, personal.
            personal_data: none
            # Ce que l'enseignant vérifie avant et pendant la séance.
            teacher_checks: []
            # review:
            #   by: "Nom du relecteur"
            #   on: \(date)
            #   note: "Remarques de relecture"
            ---

            ## Déroulé

            1. À compléter.

            ## Points de vigilance

            - À compléter.

            ## Évaluation

            À compléter.

            """
    }

    static func tool(id: String, title: String, date: ISODate) -> String {
        common(kind: .tool, id: id, title: title, date: date, license: "proprietary") + """
            url: https://example.org
            # Éditeur et son pays (code ISO 3166 à deux lettres : FR, US…).
            publisher: "À compléter"
            publisher_country: unknown
            # Catégories (pedacat vocab categories) : agent-conversationnel, generation-images…
            categories: [agent-conversationnel]
            # generative, predictive ou none.
            ai_type: generative
            languages: [fr]
            # free, freemium, paid ou institutional.
            cost: free
            # none, teacher-only ou pupil-required.
            account: none
            # Âge minimum lu dans les conditions d'utilisation ; unknown si aucune source ne le dit.
            min_age: unknown
            # Chaque fait doit venir d'une source lue (evidence) ; sinon écrivez unknown.
            privacy:
              # fr, eu, non-eu, local ou unknown.
              hosting: unknown
              # Accord de traitement des données (DPA) : true, false ou unknown.
              dpa: unknown
              # yes, no, opt-out ou unknown.
              trains_on_user_data: unknown
              # Disponible par le GAR (gestionnaire d'accès aux ressources) : true ou false.
              gar: false
              evidence: []
              # Date de lecture des sources.
              verified_on: \(date)
            accessibility:
              # full, partial, none ou undeclared.
              rgaa: undeclared
              features: []
            runs_locally: false
            # Outils équivalents (identifiants de fiches).
            alternatives: []
            sources: []
            ---

            À compléter : ce que fait l'outil pour une classe, et les points de vigilance.

            """
    }
}
