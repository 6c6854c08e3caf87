/// Cadre 2025 (3): when pupils use a tool themselves, its minimum age is not above the typical
/// age of the youngest level targeted; unknown minimum age is a warning.
public struct MinAgeRule: EntryRule {
    public init() {}

    public let descriptor = RuleDescriptor(
        id: "cadre.min-age", severity: .error, title: "Âge minimum de l'outil respecté quand les élèves l'utilisent",
        explanation: """
            Quand les élèves utilisent eux-mêmes un outil (ai_use: pupils-supervised ou pupils-autonomous, ou un \
            compte élève), ses conditions d'utilisation s'appliquent : l'âge minimum (min_age de la fiche outil) ne \
            doit pas dépasser l'âge habituel des élèves du niveau le plus jeune visé (par exemple 13 ans en 4e). \
            C'est une exigence du cadre d'usage de l'IA en éducation (2025). Un âge minimum inconnu donne un \
            avertissement : cherchez-le dans les conditions d'utilisation et ajoutez la source (sauf pour un logiciel \
            qui fonctionne en local sans compte : aucune condition d'utilisation ne lie alors l'élève ; et sauf pour \
            une ressource distribuée par le GAR : l'établissement y donne accès à ses élèves dans le cadre de la \
            convention passée entre l'éditeur et le ministère, qui vaut pour les niveaux visés). Sinon, passez en \
            démonstration par l'enseignant ou visez des niveaux plus âgés.
            """)

    public func check(_ entry: Entry, in context: ValidationContext) -> [Finding] {
        guard let scenario = entry.scenario, let youngest = CadreFacts.youngestLevel(of: entry) else { return [] }
        let pupilsHandle = scenario.aiUseValue?.pupilsHandleTool == true
        var findings: [Finding] = []
        for (index, use) in scenario.tools.enumerated() {
            guard let tool = context.tool(use.id),
                pupilsHandle || CadreFacts.pupilAccount(use, tool: tool, in: scenario)
            else { continue }
            let path = CadreFacts.path(entry, index, "id")
            let level = CadreFacts.describe(youngest)
            guard let minAge = tool.tool?.minAge else {
                // Software that runs on the school's machines without an account has no terms of
                // use binding pupils, hence no minimum age to look up.
                if Self.runsLocallyWithoutAccount(tool) { continue }
                // A GAR resource is opened to pupils by their school under the publisher's agreement
                // with the ministry: the age question is settled by that agreement, not by consumer terms.
                if tool.tool?.privacy?.gar == true { continue }
                findings.append(
                    finding(
                        "Les élèves utilisent « \(use.id) » mais son âge minimum est inconnu : le \(CadreFacts.citation) demande de vérifier qu'il convient au niveau \(level). Renseignez min_age dans la fiche de l'outil, avec sa source.",
                        entry, at: path, severity: .warning))
                continue
            }
            if minAge > youngest.age {
                findings.append(
                    finding(
                        "« \(use.id) » est réservé aux \(minAge) ans et plus (min_age), mais le scénario vise le niveau \(level) avec des élèves qui l'utilisent eux-mêmes : le \(CadreFacts.citation) ne le permet pas. Passez en démonstration par l'enseignant (ai_use: teacher-demo), retirez ce niveau ou choisissez un autre outil.",
                        entry, at: path))
            }
        }
        return findings
    }

    static func runsLocallyWithoutAccount(_ tool: Entry) -> Bool {
        guard let details = tool.tool, details.accountValue == ToolDetails.Account.none else { return false }
        return details.runsLocally == true || details.privacy?.hostingValue == .local
    }
}
