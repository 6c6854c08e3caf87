// The records dump for the C peer (Benchmarks/c-peer/c_peer.c): one line per field,
// `TAG<TAB>value<TAB>value…`, values escaped (`\\`, `\t`, `\n`, `\r`), a record between `R` and
// `E` lines. Optional values have their own line, present only when the value is; repeated
// values repeat their line, in order. Tags:
//   R id | I catalog identifier | T title | L language | D description | K keyword
//   DT uri label | GT uri label | C role-uri role-label name | CO organization | CM email
//   CD date | F format | LO location | LR/IR/CX uri label | AG ages | TL duration
//   ED description | CT uri label | CR uri label | RD rights | RL kind-uri kind-label catalog
//   identifier description | CL purpose-uri purpose-label source | P (new path) | X id entry | E
import CatalogExport

enum RecordLines {
    static func text(_ record: LOMRecord) -> String {
        var out = ""
        func line(_ tag: String, _ values: String...) {
            out += tag
            for value in values {
                out += "\t"
                out += escape(value)
            }
            out += "\n"
        }
        func term(_ tag: String, _ term: LOMRecord.Term) { line(tag, term.uri, term.label) }
        line("R", record.id)
        line("I", record.identifierCatalog, record.identifier)
        line("T", record.title)
        line("L", record.language)
        for description in record.descriptions { line("D", description) }
        for keyword in record.keywords { line("K", keyword) }
        term("DT", record.documentType)
        if let type = record.generalResourceType { term("GT", type) }
        for contribution in record.contributions {
            line("C", contribution.role.uri, contribution.role.label, contribution.name)
            if let organization = contribution.organization { line("CO", organization) }
            if let email = contribution.email { line("CM", email) }
            if let date = contribution.date { line("CD", date) }
        }
        line("F", record.format)
        line("LO", record.location)
        for type in record.learningResourceTypes { term("LR", type) }
        for role in record.intendedEndUserRoles { term("IR", role) }
        for context in record.contexts { term("CX", context) }
        if let ages = record.typicalAgeRange { line("AG", ages) }
        if let time = record.typicalLearningTime { line("TL", time) }
        for description in record.educationalDescriptions { line("ED", description) }
        if let cost = record.cost { term("CT", cost) }
        term("CR", record.copyright)
        line("RD", record.rightsDescription)
        for relation in record.relations {
            line(
                "RL", relation.kind.uri, relation.kind.label, relation.catalog, relation.identifier,
                relation.description)
        }
        for classification in record.classifications {
            line("CL", classification.purpose.uri, classification.purpose.label, classification.source)
            for path in classification.paths {
                line("P")
                for taxon in path { line("X", taxon.id, taxon.entry) }
            }
        }
        line("E")
        return out
    }

    static func escape(_ value: String) -> String {
        guard value.utf8.contains(where: { $0 == 0x5C || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) else {
            return value
        }
        var result = ""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\t": result += "\\t"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
