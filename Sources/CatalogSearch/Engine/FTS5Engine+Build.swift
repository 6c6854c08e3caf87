import CatalogCore
import Foundation
import GRDB

extension FTS5Engine {
    /// Builds a new index file beside the old one and renames it into place. Caller holds the lock.
    func rebuildLocked() throws -> IndexUpdateReport {
        let folder = index.deletingLastPathComponent()
        removeStaleBuilds(in: folder)
        let temporary = folder.appendingPathComponent(".\(index.lastPathComponent).building-\(getpid())")
        try? FileManager.default.removeItem(at: temporary)
        var report = IndexUpdateReport(rebuilt: true)
        do {
            report = try build(into: temporary)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            if let error = error as? CatalogError { throw error }
            if let error = error as? SearchError { throw error }
            throw SearchError.index(path: index.path, reason: "\(error)")
        }
        // A rollback journal left by a crashed writer belongs to the old file: never let SQLite
        // apply it to the new one.
        try? FileManager.default.removeItem(atPath: index.path + "-journal")
        guard rename(temporary.path, index.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw SearchError.index(path: index.path, reason: reason)
        }
        queue = nil
        metaCache = nil
        return report
    }

    private func removeStaleBuilds(in folder: URL) {
        let prefix = ".\(index.lastPathComponent).building-"
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
        for name in names where name.hasPrefix(prefix) {
            try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
        }
    }

    private func build(into url: URL) throws -> IndexUpdateReport {
        let scanner = CatalogScanner(root: catalog)
        try scanner.checkRoot()
        let listings = Entry.Kind.allCases.map { (kind: $0, listing: scanner.listing($0)) }
        let states = listings.flatMap { CatalogScanner.states(of: $0.listing, kind: $0.kind) }
            .sorted { $0.path < $1.path }
        var configuration = Configuration()
        configuration.prepareDatabase { db in
            try db.execute(
                sql: """
                    PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -262144;
                    PRAGMA temp_store = MEMORY; PRAGMA locking_mode = EXCLUSIVE;
                    """)
        }
        var timer = PhaseTimer("build")
        var waited = 0.0
        var inserting = 0.0
        var report = IndexUpdateReport(rebuilt: true)
        let reader = EntryFileReader(root: catalog)
        let queue = try DatabaseQueue(path: url.path, configuration: configuration)
        var vocabulary: Set<VocabularyPair> = []
        var table = DocumentTable.empty(generation: "1")
        var unindexed: Set<String> = []
        let joinedPostings = Slots<[(term: String, data: Data)]>(count: 1)
        let joined = DispatchSemaphore(value: 0)
        var joining = false
        defer { if joining { joined.wait() } }
        try queue.writeWithoutTransaction { db in
            try IndexSchema.create(db)
            // One transaction for the whole build (journaling is off: a failure deletes the
            // file); no FTS5 merges while inserting. No 'optimize' at the end either: with the
            // large term buffer below, 100k entries make two segments, and phrase queries (the
            // only ones FTS5 answers) took the same time on one merged segment (measured: 52 vs
            // 54 ms for a common phrase), while the merge cost 0.5 s of the build.
            try db.execute(sql: "INSERT INTO fts(fts, rank) VALUES('automerge', 0)")
            // Terms are kept in memory up to this many bytes before FTS5 writes a segment (1 MB
            // by default: hundreds of small segments and merges over a large catalogue). An SQLite
            // without this option builds the same index, only slower.
            try? db.execute(sql: "INSERT INTO fts(fts, rank) VALUES('hashsize', \(Self.buildHashSize))")
            try db.inTransaction {
                let writer = try DocumentWriter(db, writesDelta: false)
                var written = 0
                var seenIDs: Set<String> = []
                var start = 0
                // Read and analyze the next batch on the other core while this one is inserted.
                // Document rowids are file numbers (1, 2, …), known before reading, so that the
                // reading threads file postings by themselves; an entry that is not indexed
                // leaves a gap.
                var pending = reader.read(
                    Array(states[0..<min(states.count, hooks.buildBatchSize)]), firstRowid: 1)
                while !pending.isEmpty {
                    let batch = pending
                    let batchStart = start
                    start += batch.count
                    let nextRange = start..<min(states.count, start + hooks.buildBatchSize)
                    // A thread of its own (not a GCD block waited on from GCD: with every worker busy,
                    // as under a parallel test run, that can wait forever).
                    let next = Slots<[EntryFileReader.Result]>(count: 1)
                    let done = DispatchSemaphore(value: 0)
                    if !nextRange.isEmpty {
                        let slice = Array(states[nextRange])
                        Thread.detachNewThread {
                            next.store(reader.read(slice, firstRowid: Int64(nextRange.lowerBound) + 1), at: 0)
                            done.signal()
                        }
                    } else {
                        done.signal()
                    }
                    let insertStart = ContinuousClock.now
                    for (number, result) in batch.enumerated() {
                        report.findings += result.findings
                        guard result.parsed else {
                            unindexed.insert(result.state.path)
                            continue
                        }
                        var docID: Int64?
                        if let document = result.document {
                            vocabulary.formUnion(document.vocabulary)
                            if seenIDs.insert(document.id).inserted {
                                let rowid = try writer.insert(document, rowid: Int64(batchStart + number) + 1)
                                table.append(rowid: rowid, document)
                                docID = rowid
                                report.added += 1
                            } else {
                                report.findings.append(duplicateFinding(document, reader: reader))
                                unindexed.insert(result.state.path)
                                continue
                            }
                        }
                        try writer.recordFile(result, doc: docID)
                    }
                    let insertTime = ContinuousClock.now - insertStart
                    inserting +=
                        Double(insertTime.components.seconds) + Double(insertTime.components.attoseconds) / 1e18
                    written += batch.count
                    do {
                        try hooks.afterBuildBatch?(written)
                    } catch {
                        done.wait()
                        throw error
                    }
                    let waitStart = ContinuousClock.now
                    done.wait()
                    let pause = ContinuousClock.now - waitStart
                    waited += Double(pause.components.seconds) + Double(pause.components.attoseconds) / 1e18
                    pending = nextRange.isEmpty ? [] : next.values[0]
                }
                timer.mark(
                    "read, analyze and insert documents (inserting \(Int(inserting * 1000)) ms, waited \(Int(waited * 1000)) ms for reading)"
                )
                // The analyzers' lists are joined on another core while this one writes the
                // vocabulary and the snapshots; they are written last.
                let collected = reader.takePostings()
                Thread.detachNewThread {
                    joinedPostings.store(Postings.join(collected), at: 0)
                    joined.signal()
                }
                joining = true
                try writer.insertVocabulary(vocabulary.sorted(by: VocabularyPair.precedes))

                for (key, value) in IndexSchema.expectedMeta(catalog: catalogKey) {
                    try db.execute(sql: "INSERT INTO meta(key, value) VALUES(?, ?)", arguments: [key, value])
                }
                try db.execute(sql: "INSERT INTO meta(key, value) VALUES('generation', '1')")
                try table.save(db)
                for (kind, listing) in listings {
                    try Self.saveListing(
                        CatalogScanner.marking(listing, changed: unindexed, kind: kind), kind: kind, db)
                }
                timer.mark("vocabulary \(vocabulary.count), snapshots")
                joined.wait()
                joining = false
                timer.mark("join postings")
                try Postings.insert(joinedPostings.values[0], db)
                return .commit
            }
            timer.mark("write postings, commit")
            try db.execute(sql: "INSERT INTO fts(fts, rank) VALUES('automerge', 4)")
            try? db.execute(sql: "INSERT INTO fts(fts, rank) VALUES('hashsize', 1048576)")
            try db.execute(sql: "PRAGMA locking_mode = NORMAL")
            try db.execute(sql: "PRAGMA journal_mode = DELETE")
        }
        try queue.close()
        // Written without journal nor sync: on disk before it is renamed over the index.
        try Self.syncFile(url.path)
        timer.mark("sync")
        report.findings = report.findings.sortedByLocation()
        return report
    }

    /// FTS5 pending-terms budget while building (bytes).
    static let buildHashSize = 64 << 20

    static func syncFile(_ path: String) throws {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0, fsync(descriptor) == 0 else {
            let reason = String(cString: strerror(errno))
            if descriptor >= 0 { close(descriptor) }
            throw SearchError.index(path: path, reason: reason)
        }
        close(descriptor)
    }

    static func saveListing(_ listing: CatalogScanner.Listing, kind: Entry.Kind, _ db: Database) throws {
        try db.execute(
            sql: "INSERT OR REPLACE INTO snapshots(name, data) VALUES(?, ?)",
            arguments: ["scan:" + kind.folder, Data(listing.bytes)])
    }

    static func savedListing(kind: Entry.Kind, _ db: Database) throws -> CatalogScanner.Listing? {
        try Data.fetchOne(db, sql: "SELECT data FROM snapshots WHERE name = ?", arguments: ["scan:" + kind.folder])
            .map { CatalogScanner.Listing(bytes: [UInt8]($0), count: 0) }
    }

    func duplicateFinding(_ document: IndexedDocument, reader: EntryFileReader) -> Finding {
        Finding(
            rule: "search.duplicate-id", severity: .error,
            message:
                "Une autre fiche porte déjà l'identifiant « \(document.id) » : celle-ci est ignorée par la recherche.",
            location: SourceLocation(file: reader.displayPath(document.path), line: 1, column: 1), entryID: document.id)
    }
}
