/// Every tool a scenario lists is a tool entry of the catalogue.
public struct ToolReferenceRule: EntryRule {
    public init() {}

    public let descriptor = RuleDescriptor(
        id: "reference.tool", severity: .error, title: "Outils des scénarios présents dans le catalogue",
        explanation: """
            Chaque outil listé dans tools d'un scénario renvoie à une fiche catalog/tools/<id>.md : sans elle, \
            pedacat ne peut vérifier ni l'hébergement, ni l'âge minimum, ni le type d'IA exigés par le cadre d'usage \
            de l'IA en éducation (2025). Corrigez l'id (pedacat propose le plus proche) ou créez la fiche de l'outil \
            (« pedacat new tool »).
            """)

    public func check(_ entry: Entry, in context: ValidationContext) -> [Finding] {
        guard let scenario = entry.scenario else { return [] }
        var findings: [Finding] = []
        for (index, use) in scenario.tools.enumerated() where context.tool(use.id) == nil {
            let path = entry.locations["tools[\(index)].id"] != nil ? "tools[\(index)].id" : "tools[\(index)]"
            if let other = context.catalog.entry(use.id) {
                findings.append(
                    finding(
                        "« \(use.id) » est un \(other.kind.label), pas un outil : tools ne liste que des fiches de catalog/tools/.",
                        entry, at: path))
                continue
            }
            findings.append(
                finding(
                    "Outil « \(use.id) » introuvable dans le catalogue.\(NearestID.suggestion(context.nearestToolID(to: use.id))) Sinon créez sa fiche avec « pedacat new tool ».",
                    entry, at: path))
        }
        return findings
    }
}
