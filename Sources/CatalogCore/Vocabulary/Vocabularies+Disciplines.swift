extension Vocabularies {
    /// Disciplines et domaines d'enseignement, from ScoLOMFR voc-015 where a concept exists.
    ///
    /// URIs point to the general "(discipline)" concepts of voc-015 (the discipline across cycles
    /// and lycée, aligned with the BCN subject list), not to a cycle or a programme item. Official
    /// labels are in comments; 3.2 = in the SKOS 3.2.0 release, 7.0 = only in the 7.0 release.
    /// Parents follow the voc-015 7.0 hierarchy where it has one (SNT and NSI sit under
    /// "technologie (discipline)") and pedacat's own grouping otherwise (languages).
    public static let disciplines = Vocabulary(
        name: "disciplines",
        label: "Disciplines",
        summary:
            "Disciplines et domaines d'enseignement (ScoLOMFR voc-015 quand un concept existe).",
        scolomfrVocabulary: "scolomfr-voc-015",
        terms: [
            // français (discipline), 3.2
            VocabularyTerm("francais", "français", uri: concept(15, 1333)),
            // mathématiques (discipline), 3.2
            VocabularyTerm(
                "mathematiques", "mathématiques", uri: concept(15, 919), altLabels: ["maths"]),
            // histoire et géographie (discipline), 3.2
            VocabularyTerm(
                "histoire-geographie", "histoire-géographie", uri: concept(15, 980),
                altLabels: ["histoire et géographie", "histoire", "géographie", "HG"]),
            // enseignement moral et civique (discipline), 3.2
            VocabularyTerm(
                "emc", "enseignement moral et civique", uri: concept(15, 1548), altLabels: ["EMC"]),
            // éducation aux médias et à l'information (discipline), 3.2
            VocabularyTerm(
                "emi", "éducation aux médias et à l'information", uri: concept(15, 908),
                altLabels: ["EMI"]),
            // sciences de la vie et de la Terre (discipline), 3.2
            VocabularyTerm(
                "svt", "sciences de la vie et de la Terre", uri: concept(15, 1832),
                altLabels: ["SVT"]),
            // physique-chimie (discipline), 3.2
            VocabularyTerm(
                "physique-chimie", "physique-chimie", uri: concept(15, 1831),
                altLabels: ["physique", "chimie"]),
            // technologie (discipline), 3.2
            VocabularyTerm("technologie", "technologie", uri: concept(15, 1834)),
            // SNT and NSI are not placed under technologie (as ScoLOMFR 7.0 does): a teacher who
            // filters on the collège subject "technologie" does not expect lycée SNT/NSI entries.
            // sciences numériques et technologie (enseignement commun), 7.0: voc-015 has no
            // "(discipline)" concept for SNT, which exists only as this 2de common course.
            VocabularyTerm(
                "snt", "sciences numériques et technologie", uri: concept(15, 6354),
                altLabels: ["SNT"]),
            // numérique et sciences informatiques (enseignement de spécialité), 7.0: NSI exists
            // only as this 1re/terminale specialty; the bare "informatique" concepts (num-318,
            // num-6246) are older vocational and agricultural subjects.
            VocabularyTerm(
                "nsi", "numérique et sciences informatiques", uri: concept(15, 7760),
                altLabels: ["NSI", "informatique"]),
            // sciences économiques et sociales (discipline), 7.0
            VocabularyTerm(
                "ses", "sciences économiques et sociales", uri: concept(15, 6364),
                altLabels: ["SES"]),
            // philosophie, 3.2 (under "sciences humaines (discipline)", num-7755, in 7.0)
            VocabularyTerm(
                "philosophie", "philosophie", uri: concept(15, 59), altLabels: ["philo"]),
            // anglais (discipline), 7.0
            VocabularyTerm(
                "anglais", "anglais", uri: concept(15, 13683), parents: ["langues-vivantes"]),
            // allemand (discipline), 7.0
            VocabularyTerm(
                "allemand", "allemand", uri: concept(15, 13684), parents: ["langues-vivantes"]),
            // espagnol (discipline), 7.0
            VocabularyTerm(
                "espagnol", "espagnol", uri: concept(15, 13680), parents: ["langues-vivantes"]),
            // langues vivantes (étrangères ou régionales) (discipline), 3.2
            VocabularyTerm(
                "langues-vivantes", "langues vivantes", uri: concept(15, 1430),
                altLabels: [
                    "LV", "langues étrangères", "langues vivantes étrangères ou régionales", "LVER",
                ]),
            // éducation musicale (discipline), 3.2
            VocabularyTerm(
                "education-musicale", "éducation musicale", uri: concept(15, 1200),
                altLabels: ["musique"]),
            // arts plastiques (discipline), 3.2
            VocabularyTerm("arts-plastiques", "arts plastiques", uri: concept(15, 1179)),
            // éducation physique et sportive (discipline), 3.2
            VocabularyTerm(
                "eps", "éducation physique et sportive", uri: concept(15, 1032),
                altLabels: ["EPS", "sport"]),
            // No URI: voc-015 has no general-education "documentation" discipline. The only
            // concept with that label (num-6219) is in the enseignement agricole subject list
            // (7.0 file 15A, next to hippologie and zootechnie), and what professeurs
            // documentalistes teach in collège and lycée is EMI (num-908, term "emi").
            VocabularyTerm("documentation", "documentation", altLabels: ["CDI"]),
            // sciences et technologie (discipline), 3.2
            VocabularyTerm(
                "sciences", "sciences et technologie", uri: concept(15, 1833),
                altLabels: ["sciences"]),
            // enseignement professionnel, 3.2 (a top concept with no narrower one)
            VocabularyTerm(
                "enseignement-professionnel", "enseignement professionnel", uri: concept(15, 283),
                altLabels: ["enseignements professionnels"]),
        ]
    )
}
