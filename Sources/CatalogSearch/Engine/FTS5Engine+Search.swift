import CatalogCore
import Foundation
import GRDB

extension FTS5Engine {
    /// Entries shown when a query finds fewer than this: a suggestion is looked for.
    static let suggestionThreshold = 3

    func searchIndex(_ query: SearchQuery) throws -> SearchResponse {
        let queue = try database()
        var timer = PhaseTimer("search")
        return try queue.read { db in
            let table = try currentTable(db)
            timer.mark("document table")
            let vocabulary = DatabaseVocabulary(db: db)
            let text = query.trimmedText
            var compiled: CompiledQuery?
            if let text {
                var analyzer = TermAnalyzer()
                let parsed = SynonymExpander.shared.expand(QueryParser.parse(text), analyzer: &analyzer)
                var compiler = QueryCompiler(vocabulary: vocabulary)
                compiled = try compiler.compile(parsed)
            }
            timer.mark("parse")
            let accept = table.matcher(for: query.filter)
            var hits: [(position: Int, score: Double)] = []
            let postings = try PostingsSearch(db: db, table: table)
            if let compiled, !compiled.plan.clauses.isEmpty {
                hits = try postings.run(compiled.plan, accept: accept)
            } else {
                let excluded = try postings.excludedPositions(compiled?.plan.excluded ?? [])
                for position in 0..<table.count
                where table.isLive(position) && accept(position) && excluded?[position] != true {
                    hits.append((position, 0))
                }
            }
            timer.mark("match \(hits.count)")
            // Published first, then in review, then drafts; best BM25 (most negative) first; id.
            let before = { (a: (position: Int, score: Double), b: (position: Int, score: Double)) -> Bool in
                let rankA = table.statusRanks[a.position]
                let rankB = table.statusRanks[b.position]
                if rankA != rankB { return rankA < rankB }
                if a.score != b.score { return a.score < b.score }
                return table.idPrecedes(a.position, b.position)
            }
            let wanted = max(0, query.offset) + max(0, query.limit)
            let page = Array(Self.top(wanted, of: hits, by: before).dropFirst(max(0, query.offset)))
            var response = SearchResponse(query: text ?? "", total: hits.count, results: [])
            response.results = try results(page, table: table, highlight: compiled?.highlight ?? HighlightSet(), db: db)
            timer.mark("page")
            if query.facets { response.facets = table.facets(of: hits.map(\.position)) }
            if let text, let compiled, hits.count < Self.suggestionThreshold {
                response.suggestion = try Suggester(vocabulary: vocabulary, documentCount: postings.documentCount)
                    .suggestion(for: text, words: compiled.words)
            }
            timer.mark("facets, suggestion")
            return response
        }
    }

    /// Matches and scores of an FTS5 MATCH expression as FTS5 computes them: what the posting
    /// lists must reproduce (tests compare the two).
    func fts5Hits(_ match: String, db: Database) throws -> [Int64: Double] {
        var result: [Int64: Double] = [:]
        let cursor = try Row.fetchCursor(
            db, sql: "SELECT rowid, \(IndexSchema.bm25) FROM fts WHERE fts MATCH ?", arguments: [match])
        while let row = try cursor.next() { result[row[0]] = row[1] }
        return result
    }

    /// The first `count` elements in `order`, without sorting everything (page of a large result).
    static func top<T>(_ count: Int, of values: [T], by order: (T, T) -> Bool) -> [T] {
        guard count > 0 else { return [] }
        if count * 8 >= values.count { return Array(values.sorted(by: order).prefix(count)) }
        var best: [T] = []
        best.reserveCapacity(count + 1)
        for value in values {
            if best.count == count, let last = best.last, !order(value, last) { continue }
            var low = 0
            var high = best.count
            while low < high {
                let middle = (low + high) / 2
                if order(value, best[middle]) { high = middle } else { low = middle + 1 }
            }
            best.insert(value, at: low)
            if best.count > count { best.removeLast() }
        }
        return best
    }

    private func results(
        _ page: [(position: Int, score: Double)], table: DocumentTable, highlight: HighlightSet, db: Database
    ) throws -> [SearchHit] {
        guard !page.isEmpty else { return [] }
        let rowids = page.map { table.rowids[$0.position] }
        var rows: [Int64: Row] = [:]
        let placeholders = Array(repeating: "?", count: rowids.count).joined(separator: ", ")
        for row in try Row.fetchAll(
            db, sql: "SELECT rowid, title, summary, body FROM docs WHERE rowid IN (\(placeholders))",
            arguments: StatementArguments(rowids))
        {
            rows[row[0]] = row
        }
        var snippets = SnippetBuilder(highlight: highlight, analyzer: snippetAnalyzer)
        defer { snippetAnalyzer = snippets.analyzer }
        return page.compactMap { hit in
            let position = hit.position
            guard let row = rows[table.rowids[position]] else { return nil }
            let summary: String = row[2]
            return SearchHit(
                id: table.id(at: position), kind: table.kind(at: position), title: row[1], summary: summary,
                score: (-hit.score * 1000).rounded() / 1000 + 0.0,
                snippet: snippets.snippet(summary: summary, body: row[3]),
                levels: table.levels(at: position), disciplines: table.disciplines(at: position),
                themes: table.themes(at: position))
        }
    }

    /// The in-memory document table, read again when another write changed the index.
    func currentTable(_ db: Database) throws -> DocumentTable {
        let generation = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'generation'") ?? ""
        if let metaCache, metaCache.generation == generation { return metaCache }
        let table = try DocumentTable.read(db, generation: generation)
        metaCache = table
        return table
    }
}
