public import CatalogCore

/// Errors that stop the server from starting.
public enum CatalogServerError: Error, Sendable, Equatable, UserFacingError {
    case invalidPageSize(Int)
    case invalidRepositoryIdentifier(String)

    public var description: String {
        switch self {
        case .invalidPageSize(let size):
            "Taille de page OAI-PMH invalide : \(size) (attendu entre \(CatalogServerConfiguration.pageSizeRange.lowerBound) "
                + "et \(CatalogServerConfiguration.pageSizeRange.upperBound))."
        case .invalidRepositoryIdentifier(let identifier):
            "Identifiant d'entrepôt OAI invalide : « \(identifier) » (lettres, chiffres, points et tirets, "
                + "au moins un point ou un mot, ex. catalogue.example.org)."
        }
    }
}
