public import Foundation

/// The French full-text index of a catalogue: a cache file beside it (`.pedacat/index.sqlite`),
/// brought up to date from the entry files, never the source of truth.
///
/// ```swift
/// let index = try SearchIndex(catalog: catalogURL, index: indexURL)
/// let report = try index.update()      // re-reads only changed files
/// let response = try index.search(SearchQuery(text: "esprit critique 4e"))
/// ```
///
/// Thread-safe: calls are serialized on the instance (a server may share one); separate
/// instances, and separate processes, may use the same index file at once.
public final class SearchIndex: @unchecked Sendable {
    private let engine: any SearchEngine
    private let lock = NSLock()
    public let catalogURL: URL
    public let indexURL: URL

    /// Opens (or prepares to create) the index of the catalogue at `catalog`.
    public init(catalog: URL, index: URL) throws {
        self.catalogURL = catalog
        self.indexURL = index
        self.engine = try FTS5Engine(catalog: catalog, index: index, hooks: EngineHooks())
    }

    init(catalog: URL, index: URL, hooks: EngineHooks) throws {
        self.catalogURL = catalog
        self.indexURL = index
        self.engine = try FTS5Engine(catalog: catalog, index: index, hooks: hooks)
    }

    /// Brings the index up to date: files added, changed (path, mtime, size, content hash) or
    /// deleted since the last update. Rebuilds when the index is missing or of another version.
    @discardableResult
    public func update() throws -> IndexUpdateReport { try lock.withLock { try engine.update() } }

    /// Builds the whole index again into a temporary file, then swaps it in.
    @discardableResult
    public func rebuild() throws -> IndexUpdateReport { try lock.withLock { try engine.rebuild() } }

    /// Searches the index as it is (call `update()` first to take edits into account).
    public func search(_ query: SearchQuery) throws -> SearchResponse {
        try lock.withLock { try engine.search(query) }
    }
}

/// Test seams of the engine.
struct EngineHooks: Sendable {
    /// Called after `count` entries were written into a new index being built; throwing
    /// simulates a crash in the middle of a rebuild.
    var afterBuildBatch: (@Sendable (_ count: Int) throws -> Void)?
    /// Files read and inserted per batch during a rebuild.
    var buildBatchSize: Int

    init(afterBuildBatch: (@Sendable (_ count: Int) throws -> Void)? = nil, buildBatchSize: Int = 2_000) {
        self.afterBuildBatch = afterBuildBatch
        self.buildBatchSize = buildBatchSize
    }
}
