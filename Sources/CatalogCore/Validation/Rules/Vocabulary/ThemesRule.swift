/// Themes are ids of the project's themes vocabulary.
public struct ThemesRule: EntryRule {
    public init() {}

    public let descriptor = RuleDescriptor(
        id: "vocabulary.theme", severity: .error, title: "Thèmes du vocabulaire",
        explanation: """
            Les thèmes sont des identifiants du vocabulaire du projet : contenus-interactifs, personnalisation, \
            usage-responsable, inclusion, ethique, fondements (« pedacat vocab themes »). pedacat propose le plus proche.
            """)

    public func check(_ entry: Entry, in context: ValidationContext) -> [Finding] {
        VocabularyCheck.unknownValues(
            entry.themes, listPath: "themes", in: Vocabularies.themes, entry: entry, rule: self, what: "Valeur")
    }
}
