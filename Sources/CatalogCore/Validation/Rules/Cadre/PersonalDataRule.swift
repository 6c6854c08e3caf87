/// Cadre 2025 (4): pupils' personal data only go to tools whose GDPR compliance is established.
public struct PersonalDataRule: EntryRule {
    public init() {}

    public let descriptor = RuleDescriptor(
        id: "cadre.personal-data", severity: .error, title: "Données d'élèves seulement vers un outil conforme au RGPD",
        explanation: """
            Un scénario qui traite des données d'élèves (personal_data: pseudonymous ou personal) ne peut utiliser \
            que des outils dont la conformité au RGPD est établie (hébergement fr ou eu avec dpa: true, local, ou \
            GAR), selon le cadre d'usage de l'IA en éducation (2025) : pas d'outil grand public. Passez à \
            personal_data: none (consignes sans nom, sans photo, sans texte personnel) ou choisissez un outil conforme.
            """)

    public func check(_ entry: Entry, in context: ValidationContext) -> [Finding] {
        guard let scenario = entry.scenario, let data = scenario.personalDataValue, data != .none else { return [] }
        let unsafe = scenario.tools.compactMap { use -> String? in
            guard let tool = context.tool(use.id), !(tool.tool?.privacy?.isGDPRCompliant ?? false) else { return nil }
            return "« \(use.id) »"
        }
        guard !unsafe.isEmpty else { return [] }
        return [
            finding(
                "personal_data: \(data.rawValue) avec \(unsafe.joined(separator: ", ")), dont la conformité au RGPD n'est pas établie : le \(CadreFacts.citation) l'interdit. Écrivez personal_data: none et adaptez les consignes (ni nom, ni photo, ni texte personnel), ou choisissez un outil hébergé dans l'UE avec contrat de traitement, local ou accessible par le GAR.",
                entry, at: "personal_data")
        ]
    }
}
