public import CatalogCore
import Foundation

/// What a search asks: a query text in pedacat's query language (or none to browse by filters),
/// filters, a page and whether to count facets.
///
/// Query language: words (all required), `"phrases"`, `prefix*`, `OR` between words or groups,
/// `-word` to exclude. Acronyms and synonyms of `Vocabularies.synonyms` expand.
public struct SearchQuery: Sendable, Hashable {
    public var text: String?
    public var filter: EntryFilter
    public var limit: Int
    public var offset: Int
    public var facets: Bool

    public init(
        text: String? = nil, filter: EntryFilter = EntryFilter(), limit: Int = 10, offset: Int = 0,
        facets: Bool = false
    ) {
        self.text = text
        self.filter = filter
        self.limit = limit
        self.offset = offset
        self.facets = facets
    }

    /// The query text without surrounding spaces, or nil when it is empty (browse).
    public var trimmedText: String? {
        guard let text else { return nil }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }
}
