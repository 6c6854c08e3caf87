/// Cadre 2025 (2): no pupil account on a tool without evidence of GDPR compliance.
public struct PupilAccountRule: EntryRule {
    public init() {}

    public let descriptor = RuleDescriptor(
        id: "cadre.pupil-account", severity: .error, title: "Compte élève seulement sur un outil conforme au RGPD",
        explanation: """
            Le cadre d'usage de l'IA en éducation (2025) n'autorise la création de comptes élèves que sur un outil \
            dont la conformité au RGPD est établie : hébergement en France ou dans l'Union européenne avec un contrat \
            de traitement des données signé (privacy.hosting: fr ou eu et privacy.dpa: true), outil fonctionnant \
            en local (privacy.hosting: local), ou accès par le GAR (privacy.gar: true). Sinon, utilisez l'outil en \
            démonstration sans compte élève, ou choisissez une alternative conforme.
            """)

    public func check(_ entry: Entry, in context: ValidationContext) -> [Finding] {
        guard let scenario = entry.scenario else { return [] }
        var findings: [Finding] = []
        for (index, use) in scenario.tools.enumerated() {
            guard let tool = context.tool(use.id), CadreFacts.pupilAccount(use, tool: tool, in: scenario) else {
                continue
            }
            guard !(tool.tool?.privacy?.isGDPRCompliant ?? false) else { continue }
            let implied = use.pupilAccount == nil ? " (l'outil exige un compte élève : account: pupil-required)" : ""
            findings.append(
                finding(
                    "Comptes élèves sur « \(use.id) »\(implied) sans preuve de conformité au RGPD : le \(CadreFacts.citation) exige un hébergement UE avec contrat de traitement (hosting: fr ou eu et dpa: true), un fonctionnement local ou le GAR. Complétez la fiche de l'outil avec ses preuves, ou utilisez-le sans compte élève.",
                    entry, at: CadreFacts.path(entry, index, "pupil_account")))
        }
        return findings
    }
}
