/// No two files declare the same id.
public struct DuplicateIDRule: ValidationRule {
    public init() {}

    public let descriptor = RuleDescriptor(
        id: "duplicate.id", severity: .error, title: "Identifiants uniques",
        explanation: """
            Deux fiches ne peuvent pas avoir le même identifiant : les références, la recherche et les exports \
            n'en verraient qu'une. Chaque fiche concernée est signalée avec le nom de l'autre fichier ; renommez \
            l'une d'elles (id et nom du fichier).
            """)

    public func check(_ context: ValidationContext) -> [Finding] {
        var files: [String: [Entry]] = [:]
        for entry in context.catalog.entries where !entry.id.isEmpty { files[entry.id, default: []].append(entry) }
        var findings: [Finding] = []
        for entry in context.targets {
            guard let same = files[entry.id], same.count > 1 else { continue }
            let others = same.filter { $0.file != entry.file }.map(\.file)
            let names = others.isEmpty ? "le même fichier" : others.map { "« \($0) »" }.joined(separator: ", ")
            findings.append(
                Finding(
                    rule: descriptor.id, severity: descriptor.severity,
                    message:
                        "L'identifiant « \(entry.id) » est aussi celui de \(names) : renommez l'une des fiches (id et nom du fichier).",
                    location: entry.location(of: "id"), entryID: entry.id))
        }
        return findings
    }
}
