extension Vocabularies {
    /// Disciplines et domaines d'enseignement, from ScoLOMFR voc-015 where a concept exists.
    public static let disciplines = Vocabulary(
        name: "disciplines",
        label: "Disciplines",
        summary: "Disciplines et domaines d'enseignement (ScoLOMFR voc-015 quand un concept existe).",
        scolomfrVocabulary: "scolomfr-voc-015",
        terms: [
            VocabularyTerm("francais", "français"),
            VocabularyTerm("mathematiques", "mathématiques", altLabels: ["maths"]),
            VocabularyTerm("histoire-geographie", "histoire-géographie", altLabels: ["histoire", "géographie", "HG"]),
            VocabularyTerm("emc", "enseignement moral et civique", altLabels: ["EMC"]),
            VocabularyTerm("emi", "éducation aux médias et à l'information", altLabels: ["EMI"]),
            VocabularyTerm("svt", "sciences de la vie et de la Terre", altLabels: ["SVT"]),
            VocabularyTerm("physique-chimie", "physique-chimie", altLabels: ["physique", "chimie"]),
            VocabularyTerm("technologie", "technologie"),
            VocabularyTerm("snt", "sciences numériques et technologie", altLabels: ["SNT"]),
            VocabularyTerm("nsi", "numérique et sciences informatiques", altLabels: ["NSI", "informatique"]),
            VocabularyTerm("ses", "sciences économiques et sociales", altLabels: ["SES"]),
            VocabularyTerm("philosophie", "philosophie", altLabels: ["philo"]),
            VocabularyTerm("anglais", "anglais", parents: ["langues-vivantes"]),
            VocabularyTerm("allemand", "allemand", parents: ["langues-vivantes"]),
            VocabularyTerm("espagnol", "espagnol", parents: ["langues-vivantes"]),
            VocabularyTerm("langues-vivantes", "langues vivantes", altLabels: ["LV", "langues étrangères"]),
            VocabularyTerm("education-musicale", "éducation musicale", altLabels: ["musique"]),
            VocabularyTerm("arts-plastiques", "arts plastiques"),
            VocabularyTerm("eps", "éducation physique et sportive", altLabels: ["EPS", "sport"]),
            VocabularyTerm("documentation", "documentation", altLabels: ["CDI"]),
            VocabularyTerm("sciences", "sciences et technologie", altLabels: ["sciences"]),
            VocabularyTerm("enseignement-professionnel", "enseignement professionnel", altLabels: ["enseignements professionnels"]),
        ]
    )
}
