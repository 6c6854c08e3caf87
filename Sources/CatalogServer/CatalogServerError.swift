public import CatalogCore

/// Errors that stop the server from starting.
public enum CatalogServerError: Error, Sendable, Equatable, UserFacingError {
    case invalidPageSize(Int)
    case invalidRepositoryIdentifier(String)
    /// The search index could not be opened at start; searches answer this (HTTP 503).
    case searchUnavailable(String)

    public var description: String {
        switch self {
        case .invalidPageSize(let size):
            "Taille de page OAI-PMH invalide : \(size) (attendu entre \(CatalogServerConfiguration.pageSizeRange.lowerBound) "
                + "et \(CatalogServerConfiguration.pageSizeRange.upperBound))."
        case .invalidRepositoryIdentifier(let identifier):
            "Identifiant d'entrepôt OAI invalide : « \(identifier) » (lettres, chiffres, points et tirets, "
                + "au moins un point, ex. catalogue.example.org)."
        case .searchUnavailable(let reason):
            "Recherche indisponible : \(reason)"
        }
    }
}
