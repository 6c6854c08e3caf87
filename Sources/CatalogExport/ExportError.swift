public import CatalogCore

/// Errors of CatalogExport that stop a command, with French messages.
public enum ExportError: Error, Sendable, Equatable, CustomStringConvertible {
    case writer(String)
    case schemaNotFound(String)
    case schemaInvalid(String, [XMLIssue])
    case invalidRecords(ExportFormat, [RecordProblem])
    case entryNotFound(String)
    case writeFailed(String, String)
    case importFailed(file: String, reason: String)

    public var description: String {
        switch self {
        case .writer(let detail):
            "Écriture XML impossible (libxml2) : \(detail)"
        case .schemaNotFound(let path):
            "Schéma XSD introuvable : « \(path) »."
        case .schemaInvalid(let path, let issues):
            "Le schéma « \(path) » ne se compile pas :\n"
                + issues.prefix(10).map { "  \(path):\($0)" }.joined(separator: "\n")
        case .invalidRecords(let format, let problems):
            "Export \(format.rawValue) annulé : \(problems.count) notice(s) non valide(s), aucun fichier modifié.\n"
                + problems.prefix(20).flatMap { problem in
                    problem.issues.prefix(10).map { "  \(format.rawValue)/\(problem.id).xml:\($0)" }
                }.joined(separator: "\n")
        case .entryNotFound(let id):
            "Aucune fiche « \(id) » dans le catalogue. La commande « pedacat list » donne les identifiants."
        case .writeFailed(let path, let reason):
            "Impossible d'écrire « \(path) » : \(reason). L'export précédent est conservé."
        case .importFailed(let file, let reason):
            "\(file) : \(reason)"
        }
    }
}

extension ExportError: UserFacingError {}

/// What is wrong with one record.
public struct RecordProblem: Sendable, Hashable {
    public var id: String
    public var issues: [XMLIssue]

    public init(id: String, issues: [XMLIssue]) {
        self.id = id
        self.issues = issues
    }
}
