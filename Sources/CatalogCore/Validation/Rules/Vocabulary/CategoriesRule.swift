/// A tool's categories are ids of the tool categories vocabulary.
public struct CategoriesRule: EntryRule {
    public init() {}

    public let descriptor = RuleDescriptor(
        id: "vocabulary.category", severity: .error, title: "Catégories d'outils du vocabulaire",
        explanation: """
            Les catégories d'un outil sont des identifiants du vocabulaire des catégories : agent-conversationnel, \
            generation-images, synthese-vocale, exerciseur-adaptatif… (« pedacat vocab categories »).
            """)

    public func check(_ entry: Entry, in context: ValidationContext) -> [Finding] {
        VocabularyCheck.unknownValues(
            entry.tool?.categories ?? [], listPath: "categories", in: Vocabularies.toolCategories, entry: entry,
            rule: self, what: "Valeur")
    }
}
