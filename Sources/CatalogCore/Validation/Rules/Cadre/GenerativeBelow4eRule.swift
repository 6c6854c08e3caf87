/// Cadre 2025 (1): below 4e, pupils do not handle generative AI; only teacher preparation or demonstration.
public struct GenerativeBelow4eRule: EntryRule {
    public init() {}

    public let descriptor = RuleDescriptor(
        id: "cadre.generative-below-4e", severity: .error,
        title: "Pas d'IA générative manipulée par les élèves avant la 4e",
        explanation: """
            Le cadre d'usage de l'IA en éducation (2025) réserve l'usage d'une IA générative par les élèves eux-mêmes \
            à partir de la 4e (élèves d'environ 13 ans). Avant, seuls l'enseignant prépare avec l'outil \
            (ai_use: teacher-prep) ou en fait la démonstration devant la classe (ai_use: teacher-demo). La règle \
            regarde le niveau le plus jeune du scénario (pour un cycle, sa première année : cycle-4 commence en 5e) \
            et les outils utilisés dont ai_type vaut generative. Corrigez ai_use, retirez les comptes élèves, ou \
            réservez le scénario aux niveaux à partir de la 4e.
            """)

    public func check(_ entry: Entry, in context: ValidationContext) -> [Finding] {
        guard let scenario = entry.scenario, let youngest = CadreFacts.youngestLevel(of: entry),
            youngest.age < CadreFacts.generativeMinimumAge
        else { return [] }
        let generative = scenario.tools.enumerated().compactMap { index, use -> (Int, ToolUse, Entry)? in
            guard let tool = context.tool(use.id), tool.tool?.aiTypeValue == .generative else { return nil }
            return (index, use, tool)
        }
        guard !generative.isEmpty else { return [] }
        let level = CadreFacts.describe(youngest)
        if scenario.aiUseValue?.pupilsHandleTool == true {
            let names = generative.map { "« \($0.1.id) »" }.joined(separator: ", ")
            return [
                finding(
                    "ai_use: \(scenario.aiUse ?? "") fait manipuler une IA générative (\(names)) par des élèves du niveau \(level) : le \(CadreFacts.citation) ne le permet qu'à partir de la 4e. Avant la 4e, écrivez ai_use: teacher-demo ou teacher-prep, ou retirez les niveaux inférieurs à la 4e.",
                    entry, at: "ai_use")
            ]
        }
        return generative.compactMap { index, use, _ in
            guard use.pupilAccount == true else { return nil }
            return finding(
                "Compte élève sur l'IA générative « \(use.id) » pour le niveau \(level) : le \(CadreFacts.citation) réserve sa manipulation par les élèves à partir de la 4e ; retirez pupil_account ou les niveaux inférieurs à la 4e.",
                entry, at: CadreFacts.path(entry, index, "pupil_account"))
        }
    }
}
