import CatalogCore
import Foundation
import GRDB

extension FTS5Engine {
    /// Entries shown when a query finds fewer than this: a suggestion is looked for.
    static let suggestionThreshold = 3

    func searchIndex(_ query: SearchQuery) throws -> SearchResponse {
        let queue = try database()
        return try queue.read { db in
            let table = try currentTable(db)
            let vocabulary = DatabaseVocabulary(db: db)
            let text = query.trimmedText
            var compiled: CompiledQuery?
            if let text {
                var analyzer = TermAnalyzer()
                let parsed = SynonymExpander.shared.expand(QueryParser.parse(text), analyzer: &analyzer)
                var compiler = QueryCompiler(vocabulary: vocabulary)
                compiled = try compiler.compile(parsed)
            }
            let accept = table.matcher(for: query.filter)
            var hits: [(position: Int, score: Double)] = []
            if let match = compiled?.match {
                let cursor = try Row.fetchCursor(
                    db, sql: "SELECT rowid, \(IndexSchema.bm25) FROM fts WHERE fts MATCH ?", arguments: [match])
                while let row = try cursor.next() {
                    if let position = table.position[row[0]], accept(position) {
                        hits.append((position, row[1]))
                    }
                }
            } else {
                var excluded: Set<Int64> = []
                if let exclusion = compiled?.exclusion {
                    excluded = Set(
                        try Int64.fetchAll(db, sql: "SELECT rowid FROM fts WHERE fts MATCH ?", arguments: [exclusion]))
                }
                for position in 0..<table.count where accept(position) && !excluded.contains(table.rowids[position]) {
                    hits.append((position, 0))
                }
            }
            // Published first, then in review, then drafts; best BM25 (most negative) first; id.
            hits.sort { a, b in
                let rankA = table.statusRanks[a.position]
                let rankB = table.statusRanks[b.position]
                if rankA != rankB { return rankA < rankB }
                if a.score != b.score { return a.score < b.score }
                return table.ids[a.position] < table.ids[b.position]
            }
            let page = Array(hits.dropFirst(max(0, query.offset)).prefix(max(0, query.limit)))
            var response = SearchResponse(query: text ?? "", total: hits.count, results: [])
            response.results = try results(page, table: table, highlight: compiled?.highlight ?? HighlightSet(), db: db)
            if query.facets { response.facets = table.facets(of: hits.map(\.position)) }
            if let text, let compiled, hits.count < Self.suggestionThreshold {
                response.suggestion = try Suggester(vocabulary: vocabulary)
                    .suggestion(for: text, words: compiled.words)
            }
            return response
        }
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
        var snippets = SnippetBuilder(highlight: highlight)
        return page.compactMap { hit in
            let position = hit.position
            guard let row = rows[table.rowids[position]] else { return nil }
            let summary: String = row[2]
            return SearchHit(
                id: table.ids[position], kind: table.kinds[position], title: row[1], summary: summary,
                score: (-hit.score * 1000).rounded() / 1000 + 0.0,
                snippet: snippets.snippet(summary: summary, body: row[3]),
                levels: table.levels[position], disciplines: table.disciplines[position],
                themes: table.themes[position])
        }
    }

    /// The in-memory document table, read again when another write changed the index.
    private func currentTable(_ db: Database) throws -> DocumentTable {
        let generation = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'generation'") ?? ""
        if let metaCache, metaCache.generation == generation { return metaCache }
        let table = try DocumentTable.load(db, generation: generation)
        metaCache = table
        return table
    }
}
