import CatalogCore
import Foundation

/// SQLite FTS5 engine (work in progress).
final class FTS5Engine: SearchEngine {
    let catalog: URL
    let index: URL
    let hooks: EngineHooks

    init(catalog: URL, index: URL, hooks: EngineHooks) throws {
        self.catalog = catalog
        self.index = index
        self.hooks = hooks
    }

    func update() throws -> IndexUpdateReport {
        throw SearchError.index(path: index.path, reason: "pas encore disponible")
    }

    func rebuild() throws -> IndexUpdateReport {
        throw SearchError.index(path: index.path, reason: "pas encore disponible")
    }

    func search(_ query: SearchQuery) throws -> SearchResponse {
        throw SearchError.index(path: index.path, reason: "pas encore disponible")
    }
}
