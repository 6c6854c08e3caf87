import CatalogCore
import Foundation
import GRDB

extension FTS5Engine {
    private struct KnownFile {
        var size: Int64
        var mtime: Int64
        var hash: String
        var doc: Int64?
    }

    /// Re-reads only the files whose size or modification time changed, and applies additions,
    /// edits and deletions in one transaction. Caller holds the lock.
    func updateLocked() throws -> IndexUpdateReport {
        let queue = try database()
        let states = try CatalogScanner(root: catalog).scan()
        var known: [String: KnownFile] = [:]
        try queue.read { db in
            let cursor = try Row.fetchCursor(db, sql: "SELECT path, size, mtime, hash, doc FROM files")
            while let row = try cursor.next() {
                known[row[0]] = KnownFile(size: row[1], mtime: row[2], hash: row[3], doc: row[4])
            }
        }
        var report = IndexUpdateReport()
        var toRead: [CatalogScanner.FileState] = []
        var present: Set<String> = []
        present.reserveCapacity(states.count)
        for state in states {
            present.insert(state.path)
            if let file = known[state.path], file.size == state.size, file.mtime == state.mtime {
                report.unchanged += 1
            } else {
                toRead.append(state)
            }
        }
        let removedPaths = known.keys.filter { !present.contains($0) }.sorted()
        if toRead.isEmpty && removedPaths.isEmpty { return report }

        let reader = EntryFileReader(root: catalog)
        let results = reader.read(toRead)
        try queue.write { db in
            let writer = try DocumentWriter(db)
            // Deletions first, so an id that moved from one file to another is free again.
            for path in removedPaths {
                if let doc = known[path]?.doc { try writer.delete(doc: doc) }
                try db.execute(sql: "DELETE FROM files WHERE path = ?", arguments: [path])
                report.removed += 1
            }
            var changed: [EntryFileReader.Result] = []
            for result in results {
                let old = known[result.state.path]
                if let old, old.hash == result.hash, !result.hash.isEmpty {
                    try writer.recordFile(result, doc: old.doc)
                    report.unchanged += 1
                    continue
                }
                if let doc = old?.doc { try writer.delete(doc: doc) }
                changed.append(result)
            }
            for result in changed {
                let old = known[result.state.path]
                report.findings += result.findings
                guard result.parsed else {
                    // Broken: skipped (and read again next time, so it stays reported).
                    if old != nil {
                        try db.execute(sql: "DELETE FROM files WHERE path = ?", arguments: [result.state.path])
                        report.removed += 1
                    }
                    continue
                }
                var docID: Int64?
                if let document = result.document {
                    let taken = try Bool.fetchOne(
                        db, sql: "SELECT 1 FROM docs WHERE id = ?", arguments: [document.id]) ?? false
                    if taken {
                        report.findings.append(duplicateFinding(document, reader: reader))
                        if old != nil {
                            try db.execute(sql: "DELETE FROM files WHERE path = ?", arguments: [result.state.path])
                        }
                        continue
                    }
                    docID = try writer.insert(document)
                    try writer.insertVocabulary(document.vocabulary)
                }
                try writer.recordFile(result, doc: docID)
                if old == nil { report.added += 1 } else { report.updated += 1 }
            }
            try db.execute(
                sql: "UPDATE meta SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT) WHERE key = 'generation'")
        }
        report.findings = report.findings.sortedByLocation()
        return report
    }
}
