/// A tool's alternatives are tool entries of the catalogue.
public struct AlternativeReferenceRule: EntryRule {
    public init() {}

    public let descriptor = RuleDescriptor(
        id: "reference.alternative", severity: .error, title: "Alternatives présentes dans le catalogue",
        explanation: """
            Les alternatives d'un outil (alternatives) sont des identifiants d'autres fiches outils, pour proposer \
            une solution de repli conforme. Corrigez l'id (pedacat propose le plus proche) ou créez la fiche.
            """)

    public func check(_ entry: Entry, in context: ValidationContext) -> [Finding] {
        guard let tool = entry.tool else { return [] }
        var findings: [Finding] = []
        for (index, id) in tool.alternatives.enumerated() {
            let path = "alternatives[\(index)]"
            if id == entry.id {
                findings.append(
                    finding("Un outil ne peut pas être sa propre alternative : retirez « \(id) ».", entry, at: path))
            } else if context.tool(id) == nil {
                findings.append(
                    finding(
                        "Alternative « \(id) » introuvable parmi les outils du catalogue.\(NearestID.suggestion(context.nearestToolID(to: id)))",
                        entry, at: path))
            }
        }
        return findings
    }
}
