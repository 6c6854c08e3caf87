extension LOMRecord {
    /// ScoLOMFR's mandatory (O) elements this record lacks, in French (empty when complete):
    /// 1.1 identifier, 1.2 title, 1.3 language, 1.4 description, 2.3 contribute with a vCard,
    /// 4.3 location.
    public var missingMandatoryElements: [String] {
        var missing: [String] = []
        if identifier.isBlank { missing.append("1.1 identifiant (general/identifier)") }
        if title.isBlank { missing.append("1.2 titre (general/title)") }
        if language.isBlank { missing.append("1.3 langue (general/language)") }
        if descriptions.allSatisfy({ $0.isBlank }) {
            missing.append("1.4 description (general/description) : renseignez summary")
        }
        if !contributions.contains(where: { !$0.name.isBlank }) {
            missing.append("2.3 contribution avec vCard (lifeCycle/contribute) : renseignez authors")
        }
        if location.isBlank { missing.append("4.3 localisation (technical/location)") }
        return missing
    }

    /// The mandatory-element check as issues (line 0: they concern the entry, not a line).
    var mandatoryIssues: [XMLIssue] {
        missingMandatoryElements.map { XMLIssue(line: 0, message: "élément obligatoire ScoLOMFR absent : \($0)") }
    }
}
