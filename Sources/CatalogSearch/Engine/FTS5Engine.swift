import CatalogCore
import Foundation
import GRDB

/// The SQLite FTS5 engine.
///
/// Concurrency and atomicity:
/// - writers (update, rebuild) hold an exclusive `flock` on `<index>.lock`, so two processes
///   never write at once; SQLite's own locks plus a busy timeout cover readers;
/// - an incremental update is one SQLite transaction (rollback journal): readers see the
///   index before or after it, never half of it;
/// - a rebuild writes a new file `.<index>.building-<pid>` in the same folder with journaling off
///   (fast; nobody else sees it), then renames it over the index. A crash or kill before the
///   rename leaves the old index untouched; readers that opened the old file keep reading it.
///   The rollback journal mode (not WAL) is deliberate: a WAL file is named after the path, and
///   a rename would let the new file pick up the old file's WAL.
final class FTS5Engine: SearchEngine {
    let catalog: URL
    let index: URL
    let hooks: EngineHooks
    var queue: DatabaseQueue?
    private var openedInode: UInt64 = 0
    /// Per-process cache of facet values and status, keyed by the index generation.
    var metaCache: DocumentTable?
    /// Analyzer of snippets, kept between queries (its cache of stems grows with use).
    var snippetAnalyzer = TermAnalyzer()

    init(catalog: URL, index: URL, hooks: EngineHooks) throws {
        self.catalog = catalog.standardizedFileURL
        self.index = index.standardizedFileURL
        self.hooks = hooks
    }

    var catalogKey: String { catalog.path }

    // MARK: Opening

    static func configuration(readonly: Bool = false) -> Configuration {
        var configuration = Configuration()
        configuration.busyMode = .timeout(30)
        configuration.readonly = readonly
        configuration.prepareDatabase { db in
            // A cache: an update is one transaction either way; after a power cut the worst case
            // is a damaged file, which `update()` rebuilds.
            try db.execute(sql: "PRAGMA cache_size = -65536; PRAGMA synchronous = NORMAL")
        }
        return configuration
    }

    static func inode(of path: String) -> UInt64? {
        var info = stat()
        return stat(path, &info) == 0 ? UInt64(info.st_ino) : nil
    }

    /// The open index, reopened when the file was replaced by a rebuild (by any process).
    func database() throws -> DatabaseQueue {
        let current = Self.inode(of: index.path)
        if let queue, current == openedInode { return queue }
        guard let current else {
            throw SearchError.index(path: index.path, reason: "fichier absent")
        }
        do {
            let opened = try DatabaseQueue(path: index.path, configuration: Self.configuration())
            queue = opened
            openedInode = current
            metaCache = nil
            return opened
        } catch {
            throw SearchError.index(path: index.path, reason: "\(error)")
        }
    }

    /// Whether the index exists and was built by this version for this catalogue.
    func isUsable() -> Bool {
        guard FileManager.default.fileExists(atPath: index.path), let queue = try? database() else { return false }
        let stored: [String: String]? = try? queue.read { db in
            var result: [String: String] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT key, value FROM meta") {
                result[row[0]] = row[1]
            }
            return result
        }
        guard let stored else { return false }
        for (key, value) in IndexSchema.expectedMeta(catalog: catalogKey) where stored[key] != value { return false }
        return true
    }

    func lock() throws -> FileLock {
        let folder = index.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw SearchError.index(path: index.path, reason: "impossible de créer le dossier \(folder.path)")
        }
        return try FileLock(path: index.path + ".lock")
    }

    // MARK: SearchEngine

    func update() throws -> IndexUpdateReport {
        let held = try lock()
        defer { withExtendedLifetime(held) {} }
        guard isUsable() else { return try rebuildLocked() }
        do {
            return try updateLocked()
        } catch let error as SearchError {
            throw error
        } catch let error as CatalogError {
            throw error
        } catch {
            // A damaged cache is rebuilt rather than reported.
            return try rebuildLocked()
        }
    }

    func rebuild() throws -> IndexUpdateReport {
        let held = try lock()
        defer { withExtendedLifetime(held) {} }
        return try rebuildLocked()
    }

    func search(_ query: SearchQuery) throws -> SearchResponse {
        do {
            return try searchIndex(query)
        } catch let error as SearchError {
            throw error
        } catch {
            throw SearchError.index(path: index.path, reason: "\(error)")
        }
    }
}
