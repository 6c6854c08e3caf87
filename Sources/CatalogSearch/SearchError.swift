public import CatalogCore

/// Errors of CatalogSearch that stop a command.
public enum SearchError: Error, Sendable, Equatable, UserFacingError {
    /// The index file could not be opened, created or written.
    case index(path: String, reason: String)
    /// The query text cannot be understood.
    case query(String)

    public var description: String {
        switch self {
        case .index(let path, let reason):
            "Index de recherche « \(path) » inutilisable : \(reason). "
                + "Il s'agit d'un cache : « pedacat index --rebuild » le reconstruit."
        case .query(let reason):
            "Requête incomprise : \(reason)"
        }
    }
}
