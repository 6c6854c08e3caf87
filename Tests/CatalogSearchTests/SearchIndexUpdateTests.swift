import CatalogCore
import Foundation
import GRDB
import Testing

@testable import CatalogSearch

struct SimulatedCrash: Error {}

@Suite struct SearchIndexUpdateTests {
    func ids(_ index: SearchIndex, _ text: String?) throws -> [String] {
        try index.search(SearchQuery(text: text, limit: 50)).results.map(\.id)
    }

    @Test func incrementalAddEditDelete() throws {
        let catalog = try TempCatalog()
        defer { catalog.delete() }
        try catalog.scenario("robot-a", title: "Un robot qui trie")
        try catalog.scenario("poeme-b", title: "Écrire un poème")
        let index = try SearchIndex(catalog: catalog.root, index: catalog.index)
        let first = try index.update()
        #expect(first.rebuilt && first.added == 2)
        #expect(try ids(index, "poème") == ["poeme-b"])

        // Nothing changed: nothing re-read.
        let idle = try index.update()
        #expect(idle.isUnchanged && idle.unchanged == 2)

        // Add one file.
        try catalog.scenario("carte-c", title: "Une carte mentale")
        let added = try index.update()
        #expect(added.added == 1 && added.updated == 0 && added.unchanged == 2 && !added.rebuilt)
        #expect(try ids(index, "carte") == ["carte-c"])

        // Edit one file: the old words go, the new ones come.
        try catalog.scenario("poeme-b", title: "Écrire une chanson à plusieurs voix")
        let edited = try index.update()
        #expect(edited.updated == 1 && edited.added == 0)
        #expect(try ids(index, "poème").isEmpty)
        #expect(try ids(index, "chanson") == ["poeme-b"])

        // Edit a facet: the filters see it (the entry keeps its place in the index).
        #expect(try index.search(SearchQuery(text: nil, filter: EntryFilter(levels: ["cycle-2"]))).total == 0)
        try catalog.scenario("carte-c", title: "Une carte mentale", levels: ["cp"])
        #expect(try index.update().updated == 1)
        #expect(
            try index.search(SearchQuery(text: nil, filter: EntryFilter(levels: ["cycle-2"]))).results.map(\.id)
                == ["carte-c"])
        let other = try SearchIndex(catalog: catalog.root, index: catalog.index)
        #expect(try other.search(SearchQuery(text: "carte", filter: EntryFilter(levels: ["cp"]))).total == 1)

        // Delete one file.
        try catalog.remove("robot-a")
        let removed = try index.update()
        #expect(removed.removed == 1)
        #expect(try ids(index, "robot").isEmpty)
        #expect(try ids(index, nil).sorted() == ["carte-c", "poeme-b"])
    }

    @Test func touchedFileWithSameContentIsNotReindexed() throws {
        let catalog = try TempCatalog()
        defer { catalog.delete() }
        try catalog.scenario("robot-a", title: "Un robot")
        let index = try SearchIndex(catalog: catalog.root, index: catalog.index)
        try index.update()
        try FileManager.default.setAttributes(
            [.modificationDate: Date().addingTimeInterval(60)], ofItemAtPath: catalog.url("robot-a").path)
        let report = try index.update()
        #expect(report.updated == 0 && report.unchanged == 1)
    }

    @Test func brokenFileIsReportedAndSkipped() throws {
        let catalog = try TempCatalog()
        defer { catalog.delete() }
        try catalog.scenario("robot-a", title: "Un robot")
        try catalog.writeRaw("casse", "---\nid: casse\nkind: [scenario\n---\nTexte\n")
        let index = try SearchIndex(catalog: catalog.root, index: catalog.index)
        let report = try index.update()
        #expect(report.added == 1)
        #expect(report.findings.contains { $0.location.file.hasSuffix("scenarios/casse.md") && $0.severity == .error })
        #expect(try ids(index, "robot") == ["robot-a"])
        // A good file that breaks leaves the index, and is reported again.
        try catalog.writeRaw("robot-a", "---\nid: robot-a\ntitle: [non fermé\n---\n")
        let again = try index.update()
        #expect(again.removed == 1)
        #expect(again.findings.count >= 2)
        #expect(try ids(index, "robot").isEmpty)
    }

    @Test func interruptedRebuildLeavesTheOldIndexUsable() throws {
        let catalog = try TempCatalog()
        defer { catalog.delete() }
        for n in 0..<6 { try catalog.scenario("robot-\(n)", title: "Robot numéro \(n)") }
        try SearchIndex(catalog: catalog.root, index: catalog.index).update()
        try catalog.scenario("nouveau", title: "Un robot tout neuf")
        let crashing = try SearchIndex(
            catalog: catalog.root, index: catalog.index,
            hooks: EngineHooks(
                afterBuildBatch: { count in if count >= 2 { throw SimulatedCrash() } }, buildBatchSize: 2))
        #expect(throws: (any Error).self) { try crashing.rebuild() }
        // The old index is still there and answers, without the new file.
        let reader = try SearchIndex(catalog: catalog.root, index: catalog.index)
        #expect(try reader.search(SearchQuery(text: "robot", limit: 50)).total == 6)
        let leftovers = try FileManager.default.contentsOfDirectory(
            atPath: catalog.index.deletingLastPathComponent().path)
        #expect(!leftovers.contains { $0.contains("building") })
        // A killed build leaves a temporary file: the next rebuild cleans it.
        let stale = catalog.index.deletingLastPathComponent().appendingPathComponent(".index.sqlite.building-99999")
        try Data("partial".utf8).write(to: stale)
        let report = try reader.rebuild()
        #expect(report.rebuilt && report.added == 7)
        #expect(!FileManager.default.fileExists(atPath: stale.path))
        #expect(try reader.search(SearchQuery(text: "robot", limit: 50)).total == 7)
    }

    @Test func otherVersionOrDamagedIndexIsRebuilt() throws {
        let catalog = try TempCatalog()
        defer { catalog.delete() }
        try catalog.scenario("robot-a", title: "Un robot")
        try SearchIndex(catalog: catalog.root, index: catalog.index).update()
        let db = try DatabaseQueue(path: catalog.index.path)
        try db.write { try $0.execute(sql: "UPDATE meta SET value = '0' WHERE key = 'analyzer_version'") }
        try db.close()
        let report = try SearchIndex(catalog: catalog.root, index: catalog.index).update()
        #expect(report.rebuilt)

        try Data("ceci n'est pas une base".utf8).write(to: catalog.index)
        let repaired = try SearchIndex(catalog: catalog.root, index: catalog.index)
        #expect(try repaired.update().rebuilt)
        #expect(try ids(repaired, "robot") == ["robot-a"])
    }

    @Test func concurrentWritersDoNotCorruptTheIndex() throws {
        let catalog = try TempCatalog()
        defer { catalog.delete() }
        for n in 0..<20 { try catalog.scenario("robot-\(n)", title: "Robot numéro \(n)") }
        let errors = Slots<String?>(count: 6)
        DispatchQueue.concurrentPerform(iterations: 6) { worker in
            do {
                let index = try SearchIndex(catalog: catalog.root, index: catalog.index)
                if worker % 2 == 0 { try index.rebuild() } else { try index.update() }
                _ = try index.search(SearchQuery(text: "robot"))
                errors.store(nil, at: worker)
            } catch {
                errors.store("\(error)", at: worker)
            }
        }
        #expect(errors.values.compactMap { $0 }.isEmpty)
        let index = try SearchIndex(catalog: catalog.root, index: catalog.index)
        #expect(try index.update().isUnchanged)
        #expect(try index.search(SearchQuery(text: "robot")).total == 20)
        let db = try DatabaseQueue(path: catalog.index.path)
        let check = try db.read { try String.fetchOne($0, sql: "PRAGMA integrity_check") }
        #expect(check == "ok")
    }
}
