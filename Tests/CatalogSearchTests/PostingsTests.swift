import CatalogCore
import Foundation
import GRDB
import Testing

@testable import CatalogSearch

/// The posting lists must give exactly what FTS5 gives for the same MATCH expression: the same
/// documents, and `bm25()`'s score for each — after a build, after incremental edits (delta and
/// stale rowids), and after a compaction.
@Suite(.serialized) struct PostingsTests {
    static let queries = [
        "esprit critique", "élèves", "eleves", "IA", "intelligence artificielle", "personnali*", "exper*",
        "c*", "\"esprit critique\"", "robot OR chatbot", "image -deepfake", "requêtes", "données personnelles",
        "évaluation formative", "4e", "rgpd culture", "QCM", "quiz écriture", "IA générative",
        "\"données personnelles\" OR vie privée", "voix -\"voix off\"",
    ]

    /// Copies the shipped catalogue into a temporary folder (so tests may edit it).
    func copiedCatalog() throws -> TempCatalog {
        let catalog = try TempCatalog()
        for kind in ["scenarios", "tools"] {
            let source = TestPaths.shippedCatalog.appendingPathComponent(kind)
            for name in try FileManager.default.contentsOfDirectory(atPath: source.path) where name.hasSuffix(".md") {
                try FileManager.default.copyItem(
                    at: source.appendingPathComponent(name),
                    to: catalog.root.appendingPathComponent(kind).appendingPathComponent(name))
            }
        }
        return catalog
    }

    /// Compares both evaluations for every query; returns how many (query, document) pairs matched.
    @discardableResult
    func expectSameAsFTS5(_ engine: FTS5Engine, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Int
    {
        var pairs = 0
        try engine.database().read { db in
            let table = try engine.currentTable(db)
            let search = try PostingsSearch(db: db, table: table)
            for text in Self.queries {
                var analyzer = TermAnalyzer()
                let parsed = SynonymExpander.shared.expand(QueryParser.parse(text), analyzer: &analyzer)
                var compiler = QueryCompiler(vocabulary: DatabaseVocabulary(db: db))
                let compiled = try compiler.compile(parsed)
                let match = try #require(compiled.match, sourceLocation: sourceLocation)
                let expected = try engine.fts5Hits(match, db: db)
                var actual: [Int64: Double] = [:]
                for hit in try search.run(compiled.plan, accept: { _ in true }) {
                    actual[table.rowids[hit.position]] = hit.score
                }
                #expect(
                    Set(actual.keys) == Set(expected.keys), "« \(text) » : mêmes fiches que FTS5",
                    sourceLocation: sourceLocation)
                for (rowid, score) in expected {
                    let mine = actual[rowid] ?? .nan
                    #expect(
                        abs(mine - score) <= 1e-9 * max(1, abs(score)),
                        "« \(text) » rowid \(rowid) : \(mine) ≠ bm25 \(score)", sourceLocation: sourceLocation)
                }
                pairs += expected.count
            }
        }
        return pairs
    }

    @Test func sameDocumentsAndScoresAsFTS5AfterBuildEditsAndCompaction() throws {
        let catalog = try copiedCatalog()
        defer { catalog.delete() }
        let engine = try FTS5Engine(catalog: catalog.root, index: catalog.index, hooks: EngineHooks())
        #expect(try engine.update().rebuilt)
        let built = try expectSameAsFTS5(engine)
        #expect(built > 200)

        // Edits: a new entry, an entry rewritten (same id), an entry deleted.
        try catalog.scenario(
            "nouvelle-fiche-ia", title: "Esprit critique face aux images générées",
            summary: "Évaluer des données personnelles", body: "Les élèves expérimentent une IA et un robot.")
        let rewritten = catalog.root.appendingPathComponent("scenarios")
        let names = try FileManager.default.contentsOfDirectory(atPath: rewritten.path).filter { $0.hasSuffix(".md") }
            .sorted()
        let edited = String(names[0].dropLast(3))
        try catalog.scenario(edited, title: "Chatbot et vie privée", body: "Une voix off explique la requête.")
        try FileManager.default.removeItem(at: rewritten.appendingPathComponent(names[1]))
        let report = try engine.update()
        #expect(report.added == 1 && report.updated == 1 && report.removed == 1 && !report.rebuilt)
        let (stale, delta) = try engine.database().read { db in
            (
                try Int.fetchOne(db, sql: "SELECT count(*) FROM postings_stale") ?? 0,
                try Int.fetchOne(db, sql: "SELECT count(DISTINCT doc) FROM postings_delta") ?? 0
            )
        }
        #expect(stale >= 2 && delta == 2)
        try expectSameAsFTS5(engine)

        // Text only (same facets): the saved lengths are patched, the table stays.
        let handle = try FileHandle(forWritingTo: rewritten.appendingPathComponent(names[2]))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("\nLes élèves comparent l'esprit critique de trois robots.\n".utf8))
        try handle.close()
        #expect(try engine.update().updated == 1)
        try expectSameAsFTS5(engine)
        let reopened = try FTS5Engine(catalog: catalog.root, index: catalog.index, hooks: EngineHooks())
        try expectSameAsFTS5(reopened)

        // Compaction folds the delta into the lists.
        try engine.database().write { db in try Postings.compact(db) }
        engine.metaCache = nil
        let left = try engine.database().read { db in
            try Int.fetchOne(
                db, sql: "SELECT (SELECT count(*) FROM postings_stale) + (SELECT count(*) FROM postings_delta)")
        }
        #expect(left == 0)
        try expectSameAsFTS5(engine)
    }

    @Test func anUpdateCompactsOnceTheDeltaIsLarge() throws {
        let catalog = try TempCatalog()
        defer { catalog.delete() }
        let count = Postings.compactionThreshold(documents: 0) + 5
        for number in 0..<count {
            try catalog.scenario(
                String(format: "fiche-%04d", number), title: "Robot numéro \(number)",
                body: number % 2 == 0 ? "Esprit critique et intelligence artificielle." : "Un robot trie des images.")
        }
        let engine = try FTS5Engine(catalog: catalog.root, index: catalog.index, hooks: EngineHooks())
        #expect(try engine.update().rebuilt)
        // Every entry edited: one update writes them all to the delta, then folds it in.
        for number in 0..<count {
            try catalog.scenario(
                String(format: "fiche-%04d", number), title: "Robot numéro \(number) revu",
                body: number % 3 == 0 ? "Des données personnelles et un chatbot." : "Une image générée par IA.")
        }
        #expect(try engine.update().updated == count)
        let left = try engine.database().read { db in
            try Int.fetchOne(
                db, sql: "SELECT (SELECT count(*) FROM postings_stale) + (SELECT count(*) FROM postings_delta)")
        }
        #expect(left == 0)
        try expectSameAsFTS5(engine)
    }

    @Test func listsRoundTripAndTokensSplitLikeFTS5() {
        var writer = Postings.ListWriter()
        let entries: [(Int64, UInt32)] = [(1, 10), (2, 3), (300, 1), (70_000, 65_000), (1 << 33, 2)]
        for (rowid, weight) in entries { writer.append(rowid: rowid, weight: weight) }
        let decoded = Postings.decode(writer.bytes)
        #expect(decoded.map(\.rowid) == entries.map(\.0))
        #expect(decoded.map(\.weight) == entries.map(\.1))
        // Lists of two reading threads joined: any order, nothing lost.
        var other = Postings.ListWriter()
        other.append(rowid: 5, weight: 7)
        other.append(rowid: 4, weight: 8)
        writer.append(contentsOf: other)
        writer.append(contentsOf: Postings.ListWriter())
        #expect(Postings.decode(writer.bytes).map(\.rowid) == entries.map(\.0) + [5, 4])
        #expect(Postings.decode(writer.bytes).map(\.weight) == entries.map(\.1) + [7, 8])
        var empty = Postings.ListWriter()
        empty.append(contentsOf: other)
        #expect(Postings.decode(empty.bytes).map(\.rowid) == [5, 4])
        #expect(Postings.isSingleToken("elev") && Postings.isSingleToken("2nde") && Postings.isSingleToken("ωμέγα"))
        #expect(!Postings.isSingleToken("a-b") && !Postings.isSingleToken("Abc") && !Postings.isSingleToken(""))
        #expect(Postings.tokens(ofTerm: "Co-Construire_2") == ["co", "construire", "2"])
        #expect(Postings.columnWeights == [10, 6, 4, 2, 3])
        #expect(PostingsSearch.sqliteVarints([0x81, 0x00, 0x05]) == [128, 5])
    }

    @Test func documentWeightsCountEveryOccurrenceByColumn() {
        var analyzer = TermAnalyzer()
        let result = analyzer.indexColumns(
            ["Robots", "robot", "", "Un robot, des robots et une voiture", ""], weights: Postings.columnWeights)
        let weights = Dictionary(uniqueKeysWithValues: result.terms.map { ($0.term, $0.weight) })
        // title 10 + keywords 6 + body 2 × 2 (doubled weights).
        #expect(weights["robot"] == 20)
        #expect(weights["voitur"] == 2)
        #expect(result.length == 5)
        #expect(result.texts == ["robot", "robot", "", "robot robot voitur", ""])
    }
}
