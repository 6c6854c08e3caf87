/// A scenario's `duration` is an ISO 8601 duration.
public struct DurationRule: EntryRule {
    public init() {}

    public let descriptor = RuleDescriptor(
        id: "structure.duration", severity: .error, title: "Durée au format ISO 8601",
        explanation: """
            La durée d'un scénario s'écrit au format ISO 8601, compris par les exports ScoLOMFR : PT55M (55 minutes), \
            PT1H30M (1 h 30), P2W (2 semaines), P1DT2H (1 jour et 2 heures). Pas de « 1h30 » ni de « 55 min ».
            """)

    public func check(_ entry: Entry, in context: ValidationContext) -> [Finding] {
        guard let text = entry.scenario?.duration, ISODuration(text) == nil else { return [] }
        return [
            finding(
                "Durée « \(text) » illisible : écrivez-la au format ISO 8601, par exemple PT55M (55 min), PT1H30M (1 h 30) ou P2W (2 semaines).",
                entry, at: "duration")
        ]
    }
}
