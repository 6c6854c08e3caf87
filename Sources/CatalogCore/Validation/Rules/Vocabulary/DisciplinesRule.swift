/// A scenario's disciplines are ids of the disciplines vocabulary (ScoLOMFR voc-015).
public struct DisciplinesRule: EntryRule {
    public init() {}

    public let descriptor = RuleDescriptor(
        id: "vocabulary.discipline", severity: .error, title: "Disciplines du vocabulaire",
        explanation: """
            Les disciplines sont des identifiants du vocabulaire des disciplines (ScoLOMFR voc-015) : francais, \
            mathematiques, emc, emi, snt… (« pedacat vocab disciplines »). pedacat propose l'identifiant le plus proche.
            """)

    public func check(_ entry: Entry, in context: ValidationContext) -> [Finding] {
        VocabularyCheck.unknownValues(
            entry.disciplines, listPath: "disciplines", in: Vocabularies.disciplines, entry: entry, rule: self,
            what: "Valeur")
    }
}
