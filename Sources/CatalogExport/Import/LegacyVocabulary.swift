import CatalogCore

/// Mapping facts for legacy ScoLOMFR values, written from the official lax→strict migration
/// tables (`scolomfr/migration-3.1-vocs/`, CC BY-SA 3.0 FR) and pedacat's own vocabularies.
enum LegacyVocabulary {
    static let conceptBase = "http://data.education.fr/voc/scolomfr/concept/"

    /// voc-022: identifiers the migration table gives as former ids of current concepts
    /// (`scolomfr_pt_voc_022.xml`: cycles 1–4 of 2016 were num-628…631 before 3.1).
    static let levelIDs: [String: String] = [
        conceptBase + "scolomfr-voc-022-num-628": "cycle-1",
        conceptBase + "scolomfr-voc-022-num-629": "cycle-2",
        conceptBase + "scolomfr-voc-022-num-630": "cycle-3",
        conceptBase + "scolomfr-voc-022-num-631": "cycle-4",
    ]

    /// voc-012 (educational/context): every legacy value and label the migration table
    /// (`scolomfr_pt_voc_012.xml`) accepts, LOMv1.0 tokens and LOMFR labels alike.
    static let contextValues: Set<String> = [
        "autres", "other", "mastère spécialisé", "enseignement scolaire", "school", "enseignement secondaire",
        "enseignement primaire", "enseignement supérieur", "higher education", "licence", "master", "doctorat",
        "formation continue", "formation en entreprise", "formation professionnelle", "training",
    ]

    /// Current concept URI → pedacat level / discipline id.
    static let levelsByURI: [String: String] = byURI(Vocabularies.levels)
    static let disciplinesByURI: [String: String] = byURI(Vocabularies.disciplines)

    /// Folded label or alternative label → id, for values given by label only (1.x records,
    /// Scérén nomenclature entries, "(cycle 4)"-style concept labels).
    static let levelsByLabel: [String: String] = byLabel(
        Vocabularies.levels,
        extra: [
            // Labels of voc-022 concepts in the migration table, with their year suffix removed.
            "cycle 1": "cycle-1", "cycle 2": "cycle-2", "cycle 3": "cycle-3", "cycle 4": "cycle-4",
            "section bts": "bts", "voie cap": "cap",
            "2de generale": "2de", "seconde generale": "2de", "1re generale": "1re", "terminale generale": "tle",
            "lycee general": "lycee-gt", "lycee technologique": "lycee-gt",
            "lycee general et technologique": "lycee-gt",
            "ecole primaire": "ecole-elementaire", "formation des professeurs des ecoles": "formation-enseignants",
            "formation des professeurs des lycees et colleges": "formation-enseignants",
            "formation des personnels de l'education nationale": "formation-enseignants",
        ])
    static let disciplinesByLabel: [String: String] = byLabel(
        Vocabularies.disciplines,
        extra: [
            "langues vivantes etrangeres": "langues-vivantes", "histoire - geographie": "histoire-geographie",
            "svt sciences de la vie et de la terre": "svt", "education civique": "emc",
            "enseignement moral et civique": "emc", "instruction civique et morale": "emc",
            "sciences experimentales et technologie": "sciences", "education musicale": "education-musicale",
            "lettres": "francais", "langue francaise": "francais",
        ])

    /// `scolomfr-voc-022-num-021` → full concept URI; other values trimmed as they are.
    static func normalizedID(_ raw: String) -> String {
        let id = raw.split(whereSeparator: { $0.isWhitespace }).joined()
        if id.hasPrefix("scolomfr-voc-") { return conceptBase + id }
        return id
    }

    static func fold(_ label: String) -> String {
        var text = label
        // "français (cycle 4)" → "français", "cycle 3 (2016)" → "cycle 3", "SVT (sciences…)" → "SVT".
        if let open = text.firstIndex(of: "("), open != text.startIndex {
            text = String(text[..<open])
        }
        return TextFolding.fold(text.trimmingWhitespace())
    }

    private static func byURI(_ vocabulary: Vocabulary) -> [String: String] {
        var result: [String: String] = [:]
        for term in vocabulary.terms { if let uri = term.uri { result[uri] = term.id } }
        return result
    }

    private static func byLabel(_ vocabulary: Vocabulary, extra: [String: String]) -> [String: String] {
        var result: [String: String] = [:]
        for term in vocabulary.terms {
            for label in [term.label, term.id] + term.altLabels where result[fold(label)] == nil {
                result[fold(label)] = term.id
            }
        }
        for (label, id) in extra { result[TextFolding.fold(label)] = id }
        return result
    }
}
