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
        let current = try queue.read { db in
            for kind in Entry.Kind.allCases {
                let listing = scanner.listing(kind)
                timer.mark("list \(kind.folder)")
                let changes = CatalogScanner.changes(
                    from: try Self.savedListing(kind: kind, db), to: listing, kind: kind)
                listings.append((kind, listing))
                toRead += changes.toRead
                removedPaths += changes.removed
                report.unchanged += changes.unchanged
            }
            timer.mark("compare")
            defer { timer.mark("document table") }
            return toRead.isEmpty && removedPaths.isEmpty ? nil : try currentTable(db)
        }
        guard var table = current else { return report }

        let reader = EntryFileReader(root: catalog)
        let results = reader.read(toRead)
        timer.mark("read \(toRead.count) files")
        var unindexed: Set<String> = []
        try queue.write { db in
            let writer = try DocumentWriter(db)
            func known(_ path: String) throws -> (hash: String, doc: Int64?)? {
                try Row.fetchOne(db, sql: "SELECT hash, doc FROM files WHERE path = ?", arguments: [path])
                    .map { ($0[0], $0[1]) }
            }
            func forget(_ path: String, doc: Int64?) throws {
                if let doc {
                    try writer.delete(doc: doc)
                    table.remove(rowid: doc)
                }
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
                    table.append(rowid: rowid, document)
                    docID = rowid
                }
                try writer.recordFile(result, doc: docID)
                if wasKnown { report.updated += 1 } else { report.added += 1 }
            }
            timer.mark("write entries")
            for (kind, listing) in listings {
                try Self.saveListing(CatalogScanner.marking(listing, changed: unindexed, kind: kind), kind: kind, db)
            }
            let generation =
                (Int(try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'generation'") ?? "") ?? 0) + 1
            try db.execute(
                sql: "INSERT OR REPLACE INTO meta(key, value) VALUES('generation', ?)", arguments: [String(generation)])
            table.generation = String(generation)
            timer.mark("save listings")
            try table.save(db)
            timer.mark("save document table")
        }
        metaCache = table
        timer.mark("write")
        report.findings = report.findings.sortedByLocation()
        return report
    }
}
