import CatalogCore

extension ImportedRecord {
    /// Heading of the body section that keeps the source record's identity.
    static let sourceHeading = "## Notice d'origine"
    /// Line of that section holding `sourceIdentifier` (how re-imports are recognised).
    static let identifierLabel = "- Identifiant d'origine : "

    /// The entry file: a draft whose facts all come from the record; keys the record cannot
    /// fill are left empty for the curator, never guessed.
    func entryText(id: String, file: String, today: ISODate) -> String {
        var lines = [
            "---", "# Fiche importée par « pedacat import » depuis \(file) : brouillon à relire et compléter.",
        ]
        lines.append("id: \(id)")
        lines.append("kind: \(kind.rawValue)")
        lines.append("title: \(Self.quoted(title))")
        lines.append("summary: \(Self.quoted(summary))")
        lines.append("language: \(language)")
        lines.append("# Thèmes (pedacat vocab themes) : à choisir, la notice n'en donne pas.")
        lines.append("themes: []")
        lines.append("keywords: " + Self.list(keywords))
        lines.append(
            "# Licence : identifiant SPDX"
                + (license == nil ? " ; la notice n'en nomme pas de reconnue (voir plus bas)." : "."))
        lines.append("license: " + (license.map { Self.quoted($0) } ?? "\"\""))
        lines.append("status: draft")
        lines.append("created: \(today)")
        lines.append("updated: \(today)")
        if authors.isEmpty {
            lines.append("authors: []")
        } else {
            lines.append("authors:")
            for author in authors {
                lines.append("  - name: \(Self.quoted(author.name))")
                if let organization = author.organization {
                    lines.append("    organization: \(Self.quoted(organization))")
                }
                if let email = author.email { lines.append("    email: \(Self.quoted(email))") }
            }
        }
        switch kind {
        case .scenario:
            lines.append("levels: " + Self.list(levels))
            lines.append("disciplines: " + Self.list(disciplines))
            if let duration { lines.append("duration: \(duration)") }
            lines.append(
                "# Usage de l'IA : à compléter (teacher-prep, teacher-demo, pupils-supervised, pupils-autonomous).")
            lines.append("ai_use:")
            lines.append("tools: []")
        case .tool:
            lines.append("url: " + (location.map { Self.quoted($0) } ?? "\"\""))
            lines.append(
                "sources: "
                    + Self.list(
                        [location, sourceIdentifier.hasPrefix("http") ? sourceIdentifier : nil].compactMap { $0 }))
        }
        lines.append("---")
        lines.append("")
        for description in otherDescriptions {
            lines.append(description)
            lines.append("")
        }
        lines.append(Self.sourceHeading)
        lines.append("")
        lines.append(Self.identifierLabel + sourceIdentifier)
        for other in otherIdentifiers where other != sourceIdentifier { lines.append("- Autre identifiant : \(other)") }
        if let location { lines.append("- Localisation : \(location)") }
        if let metadataSchema { lines.append("- Schéma de métadonnées : \(metadataSchema)") }
        lines.append("- Fichier importé : \(file)")
        for contributor in contributors { lines.append("- Contribution : \(contributor)") }
        if !sourceDates.isEmpty { lines.append("- Dates de la notice : " + sourceDates.joined(separator: ", ")) }
        if let rights { lines.append("- Droits : \(rights)") }
        if !unmapped.isEmpty {
            lines.append("")
            lines.append("## Éléments non repris")
            lines.append("")
            lines.append(
                "Ces éléments de la notice n'ont pas d'équivalent dans la fiche ; reprenez-les à la main si besoin.")
            lines.append("")
            for line in unmapped { lines.append("- \(line)") }
        }
        lines.append("")
        return lines.joined(separator: "\n")
    }

    static func quoted(_ text: String) -> String {
        var result = "\""
        for character in text {
            switch character {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\r": break
            case "\t": result += " "
            default: result.append(character)
            }
        }
        return result + "\""
    }

    static func list(_ values: [String]) -> String {
        "[" + values.map(quoted).joined(separator: ", ") + "]"
    }
}
