import CatalogCore
import Foundation

/// The storage and retrieval engine behind `SearchIndex`. The facade talks only to this
/// protocol, so the engine (SQLite FTS5 today) can change without touching callers.
protocol SearchEngine: AnyObject {
    /// Brings the index up to date with the entry files (only changed files are read).
    func update() throws -> IndexUpdateReport
    /// Builds the whole index again, atomically.
    func rebuild() throws -> IndexUpdateReport
    /// Answers a query from the index as it is.
    func search(_ query: SearchQuery) throws -> SearchResponse
}
