/// `license` is a known SPDX id, or `proprietary` for a tool (never for a scenario).
public struct LicenseRule: EntryRule {
    public init() {}

    public let descriptor = RuleDescriptor(
        id: "license.spdx", severity: .error, title: "Licence : identifiant SPDX connu",
        explanation: """
            La licence s'écrit avec son identifiant SPDX exact (https://spdx.org/licenses/) : CC-BY-4.0, \
            CC-BY-SA-4.0, CC-BY-NC-SA-4.0, CC0-1.0, etalab-2.0 (Licence Ouverte), MIT, Apache-2.0, \
            GPL-3.0-or-later, AGPL-3.0-or-later… Les exports ScoLOMFR et les moissonneurs en dépendent. Un outil \
            dont les conditions sont celles de l'éditeur indique proprietary ; un scénario du catalogue est une \
            ressource éducative libre et ne peut pas être proprietary.
            """)

    public func check(_ entry: Entry, in context: ValidationContext) -> [Finding] {
        let license = entry.license
        guard !license.isEmpty else { return [] }
        if license == SPDXLicenses.proprietary {
            guard entry.kind == .scenario else { return [] }
            return [
                finding(
                    "Un scénario ne peut pas être sous licence proprietary : choisissez une licence libre, par exemple CC-BY-SA-4.0 ou CC-BY-4.0.",
                    entry, at: "license")
            ]
        }
        guard !SPDXLicenses.isKnown(license) else { return [] }
        let nearest = SPDXLicenses.nearest(to: license, allowingProprietary: entry.kind == .tool)
        let hint =
            nearest.map { " Vouliez-vous dire « \($0) » ?" } ?? " Exemples : CC-BY-SA-4.0, CC-BY-4.0, etalab-2.0, MIT."
        return [
            finding(
                "Licence « \(license) » inconnue : écrivez son identifiant SPDX exact.\(hint)", entry, at: "license")
        ]
    }
}
