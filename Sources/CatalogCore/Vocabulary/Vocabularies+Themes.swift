extension Vocabularies {
    /// The project's own themes, from the teacher-training days on AI in education.
    public static let themes = Vocabulary(
        name: "themes",
        label: "Thèmes",
        summary: "Thèmes des journées de formation sur l'IA en éducation (vocabulaire propre à pedacat).",
        terms: [
            VocabularyTerm(
                "contenus-interactifs", "créer des contenus interactifs",
                altLabels: ["contenus interactifs", "interactivité"]),
            VocabularyTerm(
                "personnalisation", "personnaliser les parcours d'apprentissage",
                altLabels: ["personnalisation", "différenciation", "parcours"]),
            VocabularyTerm(
                "usage-responsable", "usage responsable, critique et citoyen",
                altLabels: ["esprit critique", "usage critique", "citoyenneté numérique"]),
            VocabularyTerm(
                "inclusion", "inclusion et réussite de tous les élèves",
                altLabels: ["école inclusive", "besoins éducatifs particuliers"]),
            VocabularyTerm("ethique", "éthique de l'IA", altLabels: ["éthique", "biais", "responsabilité"]),
            VocabularyTerm(
                "fondements", "comprendre le fonctionnement de l'IA",
                altLabels: ["fondements", "apprentissage automatique", "fonctionnement de l'IA"]),
        ]
    )

    /// Kinds of AI tools.
    public static let toolCategories = Vocabulary(
        name: "categories",
        label: "Catégories d'outils",
        summary: "Catégories d'outils d'IA (vocabulaire propre à pedacat).",
        terms: [
            VocabularyTerm(
                "agent-conversationnel", "agent conversationnel", altLabels: ["chatbot", "assistant conversationnel"]),
            VocabularyTerm("generation-images", "génération d'images", altLabels: ["image générative"]),
            VocabularyTerm("generation-audio", "génération audio et musique", altLabels: ["musique générative"]),
            VocabularyTerm(
                "synthese-vocale", "synthèse vocale", altLabels: ["text to speech", "lecture à voix haute"]),
            VocabularyTerm(
                "dictee-vocale", "dictée vocale et transcription",
                altLabels: ["reconnaissance vocale", "transcription"]),
            VocabularyTerm("traduction", "traduction automatique"),
            VocabularyTerm("exerciseur-adaptatif", "exerciseur adaptatif", altLabels: ["plateforme adaptative"]),
            VocabularyTerm(
                "creation-contenus", "création de contenus et de quiz", altLabels: ["quiz", "création de quiz"]),
            VocabularyTerm("aide-redaction", "aide à la rédaction et correction", altLabels: ["correcteur"]),
            VocabularyTerm("accessibilite", "accessibilité", altLabels: ["compensation"]),
            VocabularyTerm(
                "apprentissage-ia", "apprendre le fonctionnement de l'IA",
                altLabels: ["entraîner un modèle", "IA débranchée"]),
        ]
    )
}
