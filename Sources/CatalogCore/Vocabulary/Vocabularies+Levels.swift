extension Vocabularies {
    /// Niveaux éducatifs, from ScoLOMFR voc-022 (niveau éducatif détaillé). Cycles contain their
    /// years; a year may sit in a cycle and in a school (6e is in cycle 3 and in collège).
    /// `typicalAge` is the age most pupils have at the start of that school year.
    public static let levels = Vocabulary(
        name: "levels",
        label: "Niveaux",
        summary: "Niveaux éducatifs (ScoLOMFR voc-022) : cycles, classes, voies, formation des enseignants.",
        scolomfrVocabulary: "scolomfr-voc-022",
        terms: [
            VocabularyTerm(
                "ecole-maternelle", "école maternelle", uri: concept(22, 2), altLabels: ["maternelle"], typicalAge: 3),
            VocabularyTerm(
                "cycle-1", "cycle 1", uri: concept(22, 617), parents: ["ecole-maternelle"],
                altLabels: ["cycle des apprentissages premiers"], typicalAge: 3),
            VocabularyTerm("ps", "petite section", uri: concept(22, 5), parents: ["cycle-1"], typicalAge: 3),
            VocabularyTerm("ms", "moyenne section", uri: concept(22, 6), parents: ["cycle-1"], typicalAge: 4),
            VocabularyTerm("gs", "grande section", uri: concept(22, 7), parents: ["cycle-1"], typicalAge: 5),
            VocabularyTerm(
                "ecole-elementaire", "école élémentaire", uri: concept(22, 8),
                altLabels: ["primaire", "école primaire"], typicalAge: 6),
            VocabularyTerm(
                "cycle-2", "cycle 2", uri: concept(22, 619), parents: ["ecole-elementaire"],
                altLabels: ["cycle des apprentissages fondamentaux"], typicalAge: 6),
            VocabularyTerm(
                "cp", "CP", uri: concept(22, 10), parents: ["cycle-2"], altLabels: ["cours préparatoire"], typicalAge: 6
            ),
            VocabularyTerm(
                "ce1", "CE1", uri: concept(22, 11), parents: ["cycle-2"], altLabels: ["cours élémentaire 1"],
                typicalAge: 7),
            VocabularyTerm(
                "ce2", "CE2", uri: concept(22, 13), parents: ["cycle-2"], altLabels: ["cours élémentaire 2"],
                typicalAge: 8),
            VocabularyTerm(
                "cycle-3", "cycle 3", uri: concept(22, 620), altLabels: ["cycle de consolidation"], typicalAge: 9),
            VocabularyTerm(
                "cm1", "CM1", uri: concept(22, 14), parents: ["cycle-3", "ecole-elementaire"],
                altLabels: ["cours moyen 1"], typicalAge: 9),
            VocabularyTerm(
                "cm2", "CM2", uri: concept(22, 15), parents: ["cycle-3", "ecole-elementaire"],
                altLabels: ["cours moyen 2"], typicalAge: 10),
            VocabularyTerm("college", "collège", uri: concept(22, 16), typicalAge: 11),
            VocabularyTerm(
                "6e", "6e", uri: concept(22, 18), parents: ["cycle-3", "college"], altLabels: ["sixième"],
                typicalAge: 11),
            VocabularyTerm(
                "cycle-4", "cycle 4", uri: concept(22, 621), parents: ["college"],
                altLabels: ["cycle des approfondissements"], typicalAge: 12),
            VocabularyTerm(
                "5e", "5e", uri: concept(22, 20), parents: ["cycle-4"], altLabels: ["cinquième"], typicalAge: 12),
            VocabularyTerm(
                "4e", "4e", uri: concept(22, 21), parents: ["cycle-4"], altLabels: ["quatrième"], typicalAge: 13),
            VocabularyTerm(
                "3e", "3e", uri: concept(22, 23), parents: ["cycle-4"], altLabels: ["troisième"], typicalAge: 14),
            VocabularyTerm(
                "lycee-gt", "voie générale et technologique", uri: concept(22, 66),
                altLabels: ["lycée", "lycée général et technologique"], typicalAge: 15),
            VocabularyTerm(
                "2de", "2de générale et technologique", uri: concept(22, 136), parents: ["lycee-gt"],
                altLabels: ["seconde"], typicalAge: 15),
            VocabularyTerm(
                "cycle-terminal", "cycle terminal", uri: concept(22, 85), parents: ["lycee-gt"], typicalAge: 16),
            VocabularyTerm(
                "1re", "1re générale et technologique", uri: concept(22, 123), parents: ["cycle-terminal"],
                altLabels: ["première"], typicalAge: 16),
            VocabularyTerm(
                "tle", "terminale générale et technologique", uri: concept(22, 88), parents: ["cycle-terminal"],
                altLabels: ["terminale"], typicalAge: 17),
            VocabularyTerm(
                "lycee-pro", "voie professionnelle", uri: concept(22, 65),
                altLabels: ["lycée professionnel", "voie pro"], typicalAge: 15),
            VocabularyTerm(
                "2de-pro", "2de professionnelle", uri: concept(22, 27), parents: ["lycee-pro"],
                altLabels: ["seconde professionnelle", "seconde pro"], typicalAge: 15),
            VocabularyTerm(
                "1re-pro", "1re professionnelle", uri: concept(22, 127), parents: ["lycee-pro"],
                altLabels: ["première professionnelle", "première pro"], typicalAge: 16),
            VocabularyTerm(
                "tle-pro", "terminale professionnelle", uri: concept(22, 50), parents: ["lycee-pro"],
                altLabels: ["terminale pro"], typicalAge: 17),
            VocabularyTerm(
                "cap", "CAP", uri: concept(22, 223), parents: ["lycee-pro"],
                altLabels: ["certificat d'aptitude professionnelle", "voie CAP"], typicalAge: 15),
            VocabularyTerm(
                "bts", "BTS", uri: concept(22, 195),
                altLabels: ["section de technicien supérieur", "brevet de technicien supérieur"], typicalAge: 18),
            VocabularyTerm(
                "formation-enseignants", "formation des personnels de l'éducation nationale", uri: concept(22, 163),
                altLabels: ["formation des enseignants", "formation continue"], typicalAge: 22),
        ]
    )
}
