/// What `pedacat import` did, file by file.
public struct ImportReport: Sendable, Hashable {
    public enum Outcome: Sendable, Hashable {
        /// A new entry file was written.
        case imported(entryID: String, path: String, unmapped: [String])
        /// The record was already imported (same source identifier).
        case alreadyImported(entryID: String, sourceIdentifier: String)
        case rejected(ImportFailure)
    }

    public struct Item: Sendable, Hashable {
        public var file: String
        public var outcome: Outcome
    }

    public var items: [Item] = []

    public var importedCount: Int {
        items.filter { if case .imported = $0.outcome { true } else { false } }.count
    }

    public var rejectedCount: Int {
        items.filter { if case .rejected = $0.outcome { true } else { false } }.count
    }

    /// The French report: one paragraph per file, unmapped elements listed.
    public var text: String {
        var lines: [String] = []
        for item in items {
            switch item.outcome {
            case .imported(let id, let path, let unmapped):
                lines.append("\(item.file) : importée → \(path) (fiche « \(id) », brouillon)")
                if !unmapped.isEmpty {
                    lines.append("  \(unmapped.count) élément(s) non repris :")
                    lines += unmapped.map { "    - \($0)" }
                }
            case .alreadyImported(let id, let source):
                lines.append(
                    "\(item.file) : déjà importée (fiche « \(id) », identifiant d'origine \(source)) ; rien n'est écrit"
                )
            case .rejected(let failure):
                lines.append("\(item.file) : refusée — \(failure)")
            }
        }
        let already = items.count - importedCount - rejectedCount
        lines.append(
            "Bilan : \(importedCount) importée(s), \(already) déjà présente(s), \(rejectedCount) refusée(s) sur \(items.count)."
        )
        return lines.joined(separator: "\n")
    }
}
