import CatalogCore
import Foundation
import GRDB

extension FTS5Engine {
    /// Re-reads only the files whose size or modification time changed (then only those whose
    /// content hash changed are re-indexed), and applies additions, edits and deletions in one
    /// transaction. Caller holds the lock.
    func updateLocked() throws -> IndexUpdateReport {
        var timer = PhaseTimer("update")
        let queue = try database()
        let scanner = CatalogScanner(root: catalog)
        try scanner.checkRoot()
        var report = IndexUpdateReport()
        var toRead: [CatalogScanner.FileState] = []
        var removedPaths: [String] = []
        var listings: [(kind: Entry.Kind, listing: CatalogScanner.Listing)] = []
        // The folders are listed on threads of their own (listing is mostly system calls, one core
        // is idle while a large folder is read), while this thread reads the saved listings and
        // the document table (which the search that usually follows needs anyway).
        let kinds = Entry.Kind.allCases
        let listed = Slots<CatalogScanner.Listing>(count: kinds.count)
        let done = DispatchSemaphore(value: 0)
        for (position, kind) in kinds.enumerated() {
            Thread.detachNewThread {
                listed.store(scanner.listing(kind), at: position)
                done.signal()
            }
        }
        let saved: [CatalogScanner.Listing?]
        do {
            saved = try queue.read { db in
                let saved = try kinds.map { try Self.savedListing(kind: $0, db) }
                _ = try currentTable(db)
                return saved
            }
        } catch {
            for _ in kinds { done.wait() }
            throw error
        }
        timer.mark("saved listings and document table")
        for _ in kinds { done.wait() }
        timer.mark("list folders")
        let lists = listed.values
        for (position, kind) in kinds.enumerated() {
            let listing = lists[position]
            let changes = CatalogScanner.changes(from: saved[position], to: listing, kind: kind)
            listings.append((kind, listing))
            toRead += changes.toRead
            removedPaths += changes.removed
            report.unchanged += changes.unchanged
        }
        timer.mark("compare")
        let anyChange = !(toRead.isEmpty && removedPaths.isEmpty)
        guard anyChange else { return report }
        // Read only when an entry appears, goes, or changes its id, kind, status or facets.
        var table: DocumentTable?
        var lengthsOnly: DocumentTable?

        let reader = EntryFileReader(root: catalog)
        let results = reader.read(toRead)
        timer.mark("read \(toRead.count) files")
        var unindexed: Set<String> = []
        try queue.write { db in
            let writer = try DocumentWriter(db)
            var analyzer = TermAnalyzer()
            func known(_ path: String) throws -> (hash: String, doc: Int64?)? {
                try Row.fetchOne(db, sql: "SELECT hash, doc FROM files WHERE path = ?", arguments: [path])
                    .map { ($0[0], $0[1]) }
            }
            func loadedTable() throws -> DocumentTable {
                if let table { return table }
                if let lengthsOnly { return lengthsOnly }
                let loaded = try currentTable(db)
                timer.mark("document table")
                return loaded
            }
            func forget(_ path: String, doc: Int64?) throws {
                if let doc {
                    try writer.delete(doc: doc, analyzer: &analyzer)
                    table = try loadedTable()
                    table?.remove(rowid: doc)
                }
            }
            func oldID(_ doc: Int64) throws -> String? {
                try String.fetchOne(db, sql: "SELECT id FROM docs WHERE rowid = ?", arguments: [doc])
            }
            // Deletions first, so an id that moved from one file to another is free again.
            for path in removedPaths {
                if let old = try known(path) {
                    try forget(path, doc: old.doc)
                    try db.execute(sql: "DELETE FROM files WHERE path = ?", arguments: [path])
                }
                report.removed += 1
            }
            var changed: [(result: EntryFileReader.Result, known: Bool)] = []
            for result in results {
                let old = try known(result.state.path)
                if let old, old.hash == result.hash, !result.hash.isEmpty, result.parsed {
                    try writer.recordFile(result, doc: old.doc)
                    report.unchanged += 1
                    continue
                }
                // Same entry edited: replaced in place, keeping its rowid.
                if let oldDoc = old?.doc, result.parsed, let document = result.document,
                    try oldID(oldDoc) == document.id
                {
                    report.findings += result.findings
                    try writer.insertVocabulary(document.vocabulary)
                    if try writer.replace(doc: oldDoc, with: document, analyzer: &analyzer) {
                        table = try loadedTable()
                        table?.remove(rowid: oldDoc)
                        table?.append(rowid: oldDoc, document)
                    } else if table != nil {
                        table?.setLength(document.length, rowid: oldDoc)
                    } else {
                        // Only the text changed: the saved table stays, its lengths are patched.
                        if lengthsOnly == nil { lengthsOnly = try currentTable(db) }
                        lengthsOnly?.setLength(document.length, rowid: oldDoc)
                    }
                    try writer.recordFile(result, doc: oldDoc)
                    report.updated += 1
                    continue
                }
                if let old { try forget(result.state.path, doc: old.doc) }
                changed.append((result, old != nil))
            }
            for (result, wasKnown) in changed {
                report.findings += result.findings
                guard result.parsed else {
                    // Broken: skipped, and read again next time so that it stays reported.
                    unindexed.insert(result.state.path)
                    if wasKnown {
                        try db.execute(sql: "DELETE FROM files WHERE path = ?", arguments: [result.state.path])
                        report.removed += 1
                    }
                    continue
                }
                var docID: Int64?
                if let document = result.document {
                    try writer.insertVocabulary(document.vocabulary)
                    let taken =
                        try Bool.fetchOne(
                            db, sql: "SELECT 1 FROM docs WHERE id = ?", arguments: [document.id]) ?? false
                    if taken {
                        report.findings.append(duplicateFinding(document, reader: reader))
                        unindexed.insert(result.state.path)
                        if wasKnown {
                            try db.execute(sql: "DELETE FROM files WHERE path = ?", arguments: [result.state.path])
                        }
                        continue
                    }
                    let rowid = try writer.insert(document)
                    table = try loadedTable()
                    table?.append(rowid: rowid, document)
                    docID = rowid
                }
                try writer.recordFile(result, doc: docID)
                if wasKnown { report.updated += 1 } else { report.added += 1 }
            }
            timer.mark("write entries")
            if try Postings.compactIfNeeded(db) { timer.mark("compact postings") }
            for (kind, listing) in listings {
                try Self.saveListing(CatalogScanner.marking(listing, changed: unindexed, kind: kind), kind: kind, db)
            }
            let generation =
                (Int(try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'generation'") ?? "") ?? 0) + 1
            try db.execute(
                sql: "INSERT OR REPLACE INTO meta(key, value) VALUES('generation', ?)", arguments: [String(generation)])
            timer.mark("save listings")
            if var changedTable = table {
                changedTable.generation = String(generation)
                try changedTable.save(db)
                table = changedTable
                timer.mark("save document table")
            } else if var patched = lengthsOnly {
                patched.generation = String(generation)
                try patched.saveLengths(db)
                table = patched
                timer.mark("save lengths")
            } else if var cached = metaCache, cached.generation == String(generation - 1) {
                // Same documents table under the new generation.
                cached.generation = String(generation)
                table = cached
            }
        }
        metaCache = table
        timer.mark("write")
        report.findings = report.findings.sortedByLocation()
        return report
    }
}
