import CatalogCore

/// An entry as the index stores it: display fields, facet values, and the analyzed text of
/// each full-text column (terms joined by spaces).
struct IndexedDocument: Sendable {
    var id: String
    /// Path relative to the catalogue (`scenarios/x.md`).
    var path = ""
    var kind: String
    var title: String
    var summary: String
    var body: String
    var keywords: String
    /// 0 published, 1 review, 2 draft or unknown; withdrawn entries are not indexed.
    var statusRank: Int
    var levels: [String]
    var disciplines: [String]
    var themes: [String]
    /// A tool's own id, or the tools a scenario uses (for `--tool`).
    var tools: [String]
    /// Text indexed with the body but not shown: objectives and inclusion notes.
    var extra: String
    /// Labels of the entry's levels, disciplines, themes, categories, tools and publisher.
    var tags: String
    /// Analyzed columns, in FTS order: title, keywords, summary, body, tags.
    var analyzed: [String]
    /// FTS5 tokens with their weighted frequencies, and the length in tokens (for the postings).
    var terms: [TermWeight]
    var length: Int
    /// Words this document's analyzer met for the first time (the whole document's words
    /// when read alone), for the vocabulary table.
    var vocabulary: [VocabularyPair]

    /// Status ranks: published first, then in review, then drafts.
    static func statusRank(_ status: String) -> Int? {
        switch Entry.Status(rawValue: status) {
        case .published: 0
        case .review: 1
        case .draft, nil: 2
        case .withdrawn: nil
        }
    }

    /// The FTS5 columns of a document. The FTS5 table keeps no copy of them (contentless):
    /// removing a document analyzes its stored text again, which gives the same terms as long
    /// as the analyzer version is the same (an index of another version is rebuilt).
    static func analyzedColumns(
        title: String, keywords: String, summary: String, body: String, extra: String, tags: String,
        analyzer: inout TermAnalyzer
    ) -> [String] {
        columnTexts(title: title, keywords: keywords, summary: summary, body: body, extra: extra, tags: tags)
            .map { analyzer.indexText($0) }
    }

    /// The text of each FTS5 column, in order.
    static func columnTexts(
        title: String, keywords: String, summary: String, body: String, extra: String, tags: String
    ) -> [String] {
        [title, keywords, summary, extra.isEmpty ? body : body + "\n" + extra, tags]
    }

    /// Analyzes an entry; nil for a withdrawn entry (kept out of search).
    init?(_ entry: Entry, analyzer: inout TermAnalyzer) {
        guard let rank = Self.statusRank(entry.status) else { return nil }
        id = entry.id
        kind = entry.kind.rawValue
        title = entry.title
        summary = entry.summary
        body = entry.body
        keywords = entry.keywords.joined(separator: " ; ")
        statusRank = rank
        levels = entry.levels
        disciplines = entry.disciplines
        themes = entry.themes
        tools = entry.kind == .tool ? [entry.id] : (entry.scenario?.tools.map(\.id) ?? [])

        var extraLines: [String] = []
        if let scenario = entry.scenario {
            extraLines += scenario.objectives
            extraLines += scenario.inclusion.map { [$0.need ?? "", $0.adaptation].joined(separator: " ") }
        }
        extra = extraLines.joined(separator: "\n")
        var tags: [String] = []
        tags += entry.levels.map { Vocabularies.levels.term($0)?.label ?? $0 }
        tags += entry.disciplines.map { Vocabularies.disciplines.term($0)?.label ?? $0 }
        tags += entry.themes.map { Vocabularies.themes.term($0)?.label ?? $0 }
        tags += (entry.tool?.categories ?? []).map { Vocabularies.toolCategories.term($0)?.label ?? $0 }
        tags += tools
        if let publisher = entry.tool?.publisher { tags.append(publisher) }

        self.tags = tags.joined(separator: " ; ")
        (analyzed, terms, length) = analyzer.indexColumns(
            Self.columnTexts(
                title: title, keywords: keywords, summary: summary, body: body, extra: extra, tags: self.tags),
            weights: Postings.columnWeights)
        vocabulary = analyzer.takeNewWords()
    }
}
