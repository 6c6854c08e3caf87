import CatalogSearch
import Foundation
import Synchronization

/// Shares `SearchIndex` (a non-Sendable resource owner) between request handlers: a few
/// index connections, each used by one request at a time.
final class SearchService: Sendable {
    /// One index handle behind its lock.
    private final class Slot: Sendable {
        let index: Mutex<SearchIndex>
        init(_ index: sending SearchIndex) { self.index = Mutex(index) }
    }

    private let indexes: [Slot]
    private let next = Atomic<Int>(0)

    /// Opens the index of the catalogue, brings it up to date once, then opens `connections`
    /// handles on it.
    init(catalog: URL, index: URL, connections: Int) throws {
        let first = try SearchIndex(catalog: catalog, index: index)
        try first.update()
        var indexes = [Slot(first)]
        for _ in 1..<max(1, connections) { indexes.append(Slot(try SearchIndex(catalog: catalog, index: index))) }
        self.indexes = indexes
    }

    func search(_ query: SearchQuery) throws -> SearchResponse {
        let slot = next.wrappingAdd(1, ordering: .relaxed).oldValue
        let position = (slot % indexes.count + indexes.count) % indexes.count
        return try indexes[position].index.withLock { try $0.search(query) }
    }
}
