/// A scenario's levels are ids of the levels vocabulary (ScoLOMFR voc-022).
public struct LevelsRule: EntryRule {
    public init() {}

    public let descriptor = RuleDescriptor(
        id: "vocabulary.level", severity: .error, title: "Niveaux du vocabulaire",
        explanation: """
            Les niveaux sont des identifiants du vocabulaire des niveaux (ScoLOMFR voc-022) : cycle-3, 6e, 4e, 2de, \
            cap… (« pedacat vocab levels »). Un niveau inconnu rend le scénario introuvable par les filtres et fausse \
            les vérifications d'âge du cadre d'usage de l'IA en éducation (2025). pedacat propose l'identifiant le \
            plus proche (quatrieme → 4e).
            """)

    public func check(_ entry: Entry, in context: ValidationContext) -> [Finding] {
        VocabularyCheck.unknownValues(
            entry.levels, listPath: "levels", in: Vocabularies.levels, entry: entry, rule: self, what: "Valeur")
    }
}
