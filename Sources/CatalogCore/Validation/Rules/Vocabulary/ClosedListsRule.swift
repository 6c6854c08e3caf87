/// Keys with a closed list of values: status, ai_use, personal_data, ai_type, cost, account,
/// privacy.hosting, privacy.dpa, privacy.trains_on_user_data, accessibility.rgaa.
public struct ClosedListsRule: EntryRule {
    public init() {}

    public let descriptor = RuleDescriptor(
        id: "vocabulary.value", severity: .error, title: "Valeurs des listes fermées",
        explanation: """
            Certaines clés n'acceptent qu'une liste fermée de valeurs : status (draft, review, published, withdrawn), \
            ai_use (teacher-prep, teacher-demo, pupils-supervised, pupils-autonomous), personal_data (none, \
            pseudonymous, personal), ai_type (generative, predictive, none), cost (free, freemium, paid, \
            institutional), account (none, teacher-only, pupil-required), privacy.hosting (fr, eu, non-eu, local, \
            unknown), privacy.dpa (true, false, unknown), privacy.trains_on_user_data (yes, no, opt-out, unknown), \
            accessibility.rgaa (full, partial, none, undeclared). Les règles du cadre d'usage de l'IA en éducation \
            (2025) s'appuient sur ces valeurs : une valeur inconnue les rend inopérantes.
            """)

    /// dpa is read as text: three answers, not two.
    static let dpa = Vocabulary(
        name: "dpa", label: "Contrat de traitement", summary: "Contrat de traitement des données (DPA) signé.",
        terms: Privacy.Knowledge.allCases.map { VocabularyTerm($0.rawValue, $0.rawValue) })

    public func check(_ entry: Entry, in context: ValidationContext) -> [Finding] {
        var fields: [(path: String, value: String?, vocabulary: Vocabulary)] = [
            ("status", entry.locations["status"] == nil ? nil : entry.status, Vocabularies.status)
        ]
        if let scenario = entry.scenario {
            fields.append(("ai_use", scenario.aiUse, Vocabularies.aiUse))
            fields.append(("personal_data", scenario.personalData, Vocabularies.personalData))
        }
        if let tool = entry.tool {
            fields.append(("ai_type", tool.aiType, Vocabularies.aiType))
            fields.append(("cost", tool.cost, Vocabularies.cost))
            fields.append(("account", tool.account, Vocabularies.account))
            fields.append(("privacy.hosting", tool.privacy?.hosting, Vocabularies.hosting))
            fields.append(("privacy.dpa", tool.privacy?.dpa, Self.dpa))
            fields.append(("privacy.trains_on_user_data", tool.privacy?.trainsOnUserData, Vocabularies.training))
            fields.append(("accessibility.rgaa", tool.accessibility?.rgaa, Vocabularies.rgaa))
        }
        return fields.compactMap { field in
            guard let value = field.value, !field.vocabulary.contains(value) else { return nil }
            return VocabularyCheck.unknown(
                value, path: field.path, key: field.path, in: field.vocabulary, entry: entry, rule: self,
                what: "Valeur")
        }
    }
}
