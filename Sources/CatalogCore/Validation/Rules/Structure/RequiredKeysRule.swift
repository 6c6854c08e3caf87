/// Keys every entry of a kind must have, whatever its status (`EntryKeys.required(for:)`).
/// The loader reports a missing `kind` under the same id.
public struct RequiredKeysRule: EntryRule {
    public init() {}

    public let descriptor = RuleDescriptor(
        id: "structure.required", severity: .error, title: "Clés obligatoires présentes",
        explanation: """
            Chaque fiche a des clés obligatoires, même en brouillon : id, kind, title, summary, themes, license, \
            status, created, updated, authors ; pour un scénario aussi levels, disciplines, ai_use ; pour un outil \
            url, publisher, categories, ai_type, cost, account, privacy. Sans elles la fiche ne peut être ni cherchée \
            ni vérifiée au regard du cadre d'usage de l'IA en éducation (2025). Un fait inconnu s'écrit unknown, \
            il ne se devine pas. Les autres clés sont facultatives pour un brouillon (voir publication.incomplete).
            """)

    public func check(_ entry: Entry, in context: ValidationContext) -> [Finding] {
        EntryKeys.required(for: entry.kind).compactMap { key in
            guard !Self.isPresent(key, in: entry) else { return nil }
            return finding(
                "Clé obligatoire « \(key) » manquante pour un \(entry.kind.label) : ajoutez-la à l'en-tête\(Self.hint(key)).",
                entry, at: "id")
        }
    }

    /// A key counts as present when it was written with a value (an empty list counts for lists:
    /// `tools: []` says "no tool").
    static func isPresent(_ key: String, in entry: Entry) -> Bool {
        switch key {
        case "id": return entry.locations["id"] != nil && !entry.id.isEmpty
        case "kind": return true
        case "title": return !entry.title.isEmpty
        case "summary": return !entry.summary.isEmpty
        case "license": return !entry.license.isEmpty
        case "status": return entry.locations["status"] != nil && !entry.status.isEmpty
        case "created": return entry.created != nil || entry.locations["created"] != nil
        case "updated": return entry.updated != nil || entry.locations["updated"] != nil
        case "authors": return !entry.authors.isEmpty
        case "ai_use": return entry.scenario?.aiUse != nil
        case "url": return entry.tool?.url != nil
        case "publisher": return entry.tool?.publisher != nil
        case "ai_type": return entry.tool?.aiType != nil
        case "cost": return entry.tool?.cost != nil
        case "account": return entry.tool?.account != nil
        case "privacy": return entry.tool?.privacy != nil
        default: return entry.locations[key] != nil
        }
    }

    private static func hint(_ key: String) -> String {
        switch key {
        case "authors": ", par exemple « authors: [{name: Prénom Nom}] »"
        case "status": " (draft, review, published ou withdrawn)"
        case "ai_use": " (teacher-prep, teacher-demo, pupils-supervised ou pupils-autonomous)"
        case "created", "updated": " au format AAAA-MM-JJ"
        case "privacy": " avec hosting, dpa, trains_on_user_data, gar, evidence, verified_on (unknown si non sourcé)"
        default: ""
        }
    }
}
