/// Published entries are complete: keys a draft may still lack are required once published.
public struct PublicationRule: EntryRule {
    public init() {}

    /// Keys a draft may lack but a published entry must have.
    public static func expected(for kind: Entry.Kind) -> [String] {
        switch kind {
        case .scenario: ["keywords", "duration", "objectives", "personal_data"]
        case .tool: ["keywords", "languages", "sources"]
        }
    }

    public let descriptor = RuleDescriptor(
        id: "publication.incomplete", severity: .error, title: "Fiche publiée complète",
        explanation: """
            Un brouillon (status: draft ou review) peut encore omettre des clés facultatives. Une fiche publiée \
            (status: published) doit être complète et sans aucune erreur : pour un scénario keywords, duration, \
            objectives et personal_data ; pour un outil keywords, languages et sources (les adresses qui établissent \
            les faits de la fiche). Complétez la fiche ou repassez-la en brouillon.
            """)

    public func check(_ entry: Entry, in context: ValidationContext) -> [Finding] {
        guard entry.isPublished else { return [] }
        return Self.expected(for: entry.kind).compactMap { key in
            guard !Self.isFilled(key, in: entry) else { return nil }
            return finding(
                "Fiche publiée sans « \(key) » : complétez-la, ou repassez-la en brouillon (status: draft) tant qu'elle est incomplète.",
                entry, at: "status")
        }
    }

    static func isFilled(_ key: String, in entry: Entry) -> Bool {
        switch key {
        case "keywords": !entry.keywords.isEmpty
        case "duration": entry.scenario?.duration != nil
        case "objectives": !(entry.scenario?.objectives.isEmpty ?? true)
        case "personal_data": entry.scenario?.personalData != nil
        case "languages": !(entry.tool?.languages.isEmpty ?? true)
        case "sources": !(entry.tool?.sources.isEmpty ?? true)
        default: entry.locations[key] != nil
        }
    }
}
