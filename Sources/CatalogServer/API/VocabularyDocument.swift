import CatalogCore

/// `/api/vocab` and `/api/vocab/{name}`: the shape of `pedacat vocab NAME --format json`
/// (name, label, summary, scolomfr_vocabulary, terms). `/api/vocab` lists every vocabulary with
/// its terms, and the synonym groups search expands.
struct VocabularyDocument: Encodable, Sendable {
    var name: String
    var label: String
    var summary: String
    var scolomfrVocabulary: String?
    var terms: [VocabularyTerm]

    init(_ vocabulary: Vocabulary) {
        name = vocabulary.name
        label = vocabulary.label
        summary = vocabulary.summary
        scolomfrVocabulary = vocabulary.scolomfrVocabulary
        terms = vocabulary.terms
    }

    enum CodingKeys: String, CodingKey {
        case name, label, summary, terms
        case scolomfrVocabulary = "scolomfr_vocabulary"
    }

    struct All: Encodable, Sendable {
        var vocabularies: [VocabularyDocument]
        var synonyms: [[String]]
    }

    static var all: All {
        All(vocabularies: Vocabularies.all.map(VocabularyDocument.init), synonyms: Vocabularies.synonyms.map(\.forms))
    }
}
