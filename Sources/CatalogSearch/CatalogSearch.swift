// CatalogSearch: the French full-text index of the catalogue (SQLite FTS5 through GRDB),
// the French analyzer, the query parser and facets.
