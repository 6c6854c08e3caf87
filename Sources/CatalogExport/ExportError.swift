public import CatalogCore

/// Errors of CatalogExport that stop a command, with French messages.
public enum ExportError: Error, Sendable, Equatable, CustomStringConvertible {
    case writer(String)
    case schemaNotFound(String)
    case schemaInvalid(String, [XMLIssue])
    case invalidRecord(id: String, format: ExportFormat, [XMLIssue])
    case missingMandatory(id: String, [String])
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
        case .invalidRecord(let id, let format, let issues):
            "La notice \(format.rawValue) de « \(id) » n'est pas valide :\n"
                + issues.prefix(20).map { "  \(id).xml:\($0)" }.joined(separator: "\n")
        case .missingMandatory(let id, let elements):
            "La notice ScoLOMFR de « \(id) » n'a pas ses éléments obligatoires : "
                + elements.joined(separator: ", ") + "."
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
