/// `created` comes before (or on) `updated`.
public struct DateOrderRule: EntryRule {
    public init() {}

    public let descriptor = RuleDescriptor(
        id: "structure.date-order", severity: .error, title: "created antérieure ou égale à updated",
        explanation: """
            Une fiche ne peut pas avoir été mise à jour avant d'être créée : created doit être antérieure ou égale à \
            updated. Le plus souvent les deux dates ont été inversées.
            """)

    public func check(_ entry: Entry, in context: ValidationContext) -> [Finding] {
        guard let created = entry.created, let updated = entry.updated, updated < created else { return [] }
        return [
            finding(
                "updated (\(updated)) est antérieure à created (\(created)) : la mise à jour ne peut précéder la création ; corrigez l'une des deux dates.",
                entry, at: "updated")
        ]
    }
}
