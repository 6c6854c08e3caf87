/// Cadre 2025 (5): privacy facts have evidence, checked within the last 12 months.
public struct PrivacyEvidenceRule: EntryRule {
    public init() {}

    public let descriptor = RuleDescriptor(
        id: "cadre.privacy-evidence", severity: .warning, title: "Faits de confidentialité sourcés et récents",
        explanation: """
            Les faits de confidentialité d'un outil (hébergement, contrat de traitement, entraînement sur les \
            données, GAR) décident de ce que le cadre d'usage de l'IA en éducation (2025) permet avec les élèves : \
            chacun s'appuie sur une preuve (privacy.evidence : adresses des conditions d'utilisation, de la politique \
            de confidentialité, du DPA) et a été vérifié il y a moins de 12 mois (privacy.verified_on), car les \
            conditions changent. Un fait non sourcé s'écrit unknown. Relisez les sources et mettez verified_on à jour.
            """)

    public func check(_ entry: Entry, in context: ValidationContext) -> [Finding] {
        guard let privacy = entry.tool?.privacy else { return [] }
        var findings: [Finding] = []
        let facts = Self.knownFacts(privacy)
        if !facts.isEmpty && privacy.evidence.isEmpty {
            let path = entry.locations["privacy.evidence"] != nil ? "privacy.evidence" : "privacy"
            findings.append(
                finding(
                    "Faits de confidentialité sans preuve (\(facts.joined(separator: ", "))) : ajoutez dans privacy.evidence les adresses des documents qui les établissent, ou écrivez unknown (\(CadreFacts.citation)).",
                    entry, at: path))
        }
        let today = context.today
        if let verified = privacy.verifiedOn {
            let limit = ISODate(year: today.year - 1, month: today.month, day: min(today.day, 28)) ?? today
            if verified < limit {
                findings.append(
                    finding(
                        "Faits de confidentialité vérifiés le \(verified), il y a plus de 12 mois : relisez les conditions d'utilisation et la politique de confidentialité, puis mettez privacy.verified_on à jour (\(CadreFacts.citation)).",
                        entry, at: "privacy.verified_on"))
            } else if today < verified {
                findings.append(
                    finding(
                        "privacy.verified_on (\(verified)) est dans le futur : indiquez la date à laquelle les sources ont été lues.",
                        entry, at: "privacy.verified_on"))
            }
        } else if !facts.isEmpty {
            findings.append(
                finding(
                    "Faits de confidentialité sans date de vérification : ajoutez privacy.verified_on (AAAA-MM-JJ), la date à laquelle les sources ont été lues (\(CadreFacts.citation)).",
                    entry, at: "privacy"))
        }
        return findings
    }

    /// The facts stated as known (not `unknown`).
    static func knownFacts(_ privacy: Privacy) -> [String] {
        var facts: [String] = []
        if let hosting = privacy.hosting, hosting != "unknown" { facts.append("hosting: \(hosting)") }
        if let dpa = privacy.dpa, dpa != "unknown" { facts.append("dpa: \(dpa)") }
        if let training = privacy.trainsOnUserData, training != "unknown" {
            facts.append("trains_on_user_data: \(training)")
        }
        if privacy.gar == true { facts.append("gar: true") }
        return facts
    }
}
