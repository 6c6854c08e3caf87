/// Errors of CatalogCore that stop a command (problems in entries are findings instead).
public enum CatalogError: Error, Sendable, Equatable, CustomStringConvertible {
    case catalogNotFound(String)
    case entryNotFound(String, suggestion: String? = nil)
    case fileExists(String)
    case writeFailed(String, String)

    public var description: String {
        switch self {
        case .catalogNotFound(let path):
            "Catalogue introuvable : « \(path) » n'est pas un dossier. Indiquez-le avec --catalog DOSSIER."
        case .entryNotFound(let id, let suggestion):
            "Aucune fiche « \(id) » dans le catalogue."
                + (suggestion.map { " Vouliez-vous dire « \($0) » ?" } ?? "")
                + " La commande « pedacat list » donne les identifiants."
        case .fileExists(let path):
            "« \(path) » existe déjà : pedacat n'écrase jamais une fiche. Choisissez un autre identifiant."
        case .writeFailed(let path, let reason):
            "Impossible d'écrire « \(path) » : \(reason)"
        }
    }
}
