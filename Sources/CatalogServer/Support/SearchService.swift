import CatalogCore
import CatalogSearch
import Foundation
import Synchronization

/// Shares `SearchIndex` (a non-Sendable resource owner) between request handlers: a few
/// index handles, each used by one request at a time.
///
/// An index that cannot be opened or brought up to date does not stop the server: OAI-PMH and
/// entry pages work from the loaded catalogue, and searches answer the index's error.
final class SearchService: Sendable {
    /// One index handle behind its lock.
    private final class Slot: Sendable {
        let index: Mutex<SearchIndex>
        init(_ index: sending SearchIndex) { self.index = Mutex(index) }
    }

    private let slots: [Slot]
    private let startupError: String?
    private let next = Atomic<Int>(0)

    /// Opens the index of the catalogue, brings it up to date once, then opens `connections`
    /// handles on it.
    init(catalog: URL, index: URL, connections: Int) {
        var slots: [Slot] = []
        var startupError: String?
        do {
            let first = try SearchIndex(catalog: catalog, index: index)
            try first.update()
            slots.append(Slot(first))
            for _ in 1..<max(1, connections) { slots.append(Slot(try SearchIndex(catalog: catalog, index: index))) }
        } catch {
            startupError = (error as? any UserFacingError)?.description ?? String(describing: error)
        }
        self.slots = slots
        self.startupError = slots.isEmpty ? (startupError ?? "index indisponible") : nil
    }

    /// Why searches cannot be answered, when the index could not be opened at start.
    var unavailableReason: String? { startupError }

    func search(_ query: SearchQuery) throws -> SearchResponse {
        guard !slots.isEmpty else { throw CatalogServerError.searchUnavailable(startupError ?? "index indisponible") }
        let ticket = next.wrappingAdd(1, ordering: .relaxed).oldValue
        let position = (ticket % slots.count + slots.count) % slots.count
        return try slots[position].index.withLock { try $0.search(query) }
    }
}
