extension Vocabularies {
    public static let aiUse = closedList(
        "ai_use", "Usage de l'IA",
        "Qui manipule l'outil d'IA (cadre d'usage de l'IA en éducation, 2025).",
        ScenarioDetails.AIUse.allCases.map { ($0.rawValue, $0.label) })

    public static let personalData = closedList(
        "personal_data", "Données personnelles",
        "Données d'élèves traitées par le scénario.",
        ScenarioDetails.PersonalData.allCases.map { ($0.rawValue, $0.label) })

    public static let cost = closedList(
        "cost", "Coût", "Modèle économique d'un outil.",
        ToolDetails.Cost.allCases.map { ($0.rawValue, $0.label) })

    public static let account = closedList(
        "account", "Compte", "Compte nécessaire pour utiliser un outil.",
        ToolDetails.Account.allCases.map { ($0.rawValue, $0.label) })

    public static let hosting = closedList(
        "hosting", "Hébergement", "Où sont hébergées les données d'un outil.",
        Privacy.Hosting.allCases.map { ($0.rawValue, $0.label) })

    public static let aiType = closedList(
        "ai_type", "Type d'IA", "Nature de l'IA d'un outil.",
        [("generative", "IA générative"), ("predictive", "IA prédictive ou de classification"), ("none", "pas d'IA")])

    public static let training = closedList(
        "trains_on_user_data", "Entraînement sur les données",
        "L'éditeur entraîne-t-il ses modèles sur les données des utilisateurs ?",
        Privacy.Training.allCases.map { ($0.rawValue, $0.label) })

    public static let rgaa = closedList(
        "rgaa", "Conformité RGAA", "Déclaration d'accessibilité (RGAA) de l'outil.",
        [
            ("full", "totalement conforme"), ("partial", "partiellement conforme"), ("none", "non conforme"),
            ("undeclared", "non déclarée"),
        ])

    public static let status = closedList(
        "status", "Statut", "Étape de publication d'une fiche.",
        Entry.Status.allCases.map { ($0.rawValue, $0.label) })

    public static let kind = closedList(
        "kind", "Type de fiche", "Scénario pédagogique ou outil d'IA.",
        Entry.Kind.allCases.map { ($0.rawValue, $0.label) })

    private static func closedList(
        _ name: String, _ label: String, _ summary: String, _ values: [(String, String)]
    ) -> Vocabulary {
        Vocabulary(
            name: name, label: label, summary: summary,
            terms: values.map { VocabularyTerm($0.0, $0.1) })
    }
}
