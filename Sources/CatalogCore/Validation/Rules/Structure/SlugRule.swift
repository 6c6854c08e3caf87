/// Ids are slugs: `[a-z0-9-]+`, no leading, trailing or doubled dash.
public struct SlugRule: EntryRule {
    public init() {}

    public let descriptor = RuleDescriptor(
        id: "structure.slug", severity: .error, title: "Identifiant en minuscules, chiffres et tirets",
        explanation: """
            L'identifiant (id) sert de nom de fichier, d'adresse et de référence entre fiches : il ne contient que \
            des lettres minuscules sans accent, des chiffres et des tirets simples, sans tiret au début ni à la fin \
            (par exemple debat-ia-4e). Renommez la fiche et son fichier.
            """)

    public func check(_ entry: Entry, in context: ValidationContext) -> [Finding] {
        guard entry.locations["id"] != nil, !entry.id.isEmpty, !Slug.isValid(entry.id) else { return [] }
        return [
            finding(
                "L'identifiant « \(entry.id) » n'est pas valide : utilisez seulement a-z, 0-9 et des tirets simples, par exemple « \(Slug.make(from: entry.id)) » (renommez aussi le fichier).",
                entry, at: "id")
        ]
    }
}
