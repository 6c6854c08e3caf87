import CatalogSearch

extension SearchParameters {
    /// The CatalogSearch query these parameters ask.
    var query: SearchQuery {
        SearchQuery(text: text, filter: filter, limit: limit, offset: offset, facets: facets)
    }
}
