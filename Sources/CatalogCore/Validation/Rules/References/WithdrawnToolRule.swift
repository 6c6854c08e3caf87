/// A published scenario does not rely on a withdrawn tool.
public struct WithdrawnToolRule: EntryRule {
    public init() {}

    public let descriptor = RuleDescriptor(
        id: "reference.withdrawn-tool", severity: .error, title: "Pas d'outil retiré dans un scénario publié",
        explanation: """
            Un outil retiré du catalogue (status: withdrawn) ne doit plus être proposé aux enseignants : un scénario \
            publié qui l'utilise doit passer à un autre outil (voir les alternatives de l'outil) ou repasser en \
            brouillon (status: draft) le temps d'être revu.
            """)

    public func check(_ entry: Entry, in context: ValidationContext) -> [Finding] {
        guard entry.isPublished, let scenario = entry.scenario else { return [] }
        var findings: [Finding] = []
        for (index, use) in scenario.tools.enumerated() {
            guard let tool = context.tool(use.id), tool.statusValue == .withdrawn else { continue }
            let alternatives = (tool.tool?.alternatives ?? []).filter { context.tool($0)?.statusValue != .withdrawn }
            let hint =
                alternatives.isEmpty
                ? "" : " Alternatives proposées : \(alternatives.joined(separator: ", "))."
            let path = entry.locations["tools[\(index)].id"] != nil ? "tools[\(index)].id" : "tools[\(index)]"
            findings.append(
                finding(
                    "Ce scénario publié utilise l'outil retiré « \(use.id) » : remplacez-le ou repassez le scénario en brouillon.\(hint)",
                    entry, at: path))
        }
        return findings
    }
}
