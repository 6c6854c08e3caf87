/// A vocabulary as JSON (`pedacat vocab NAME --format json`, `/api/vocab/{name}`).
public struct VocabularyDocument: Encodable, Sendable {
    public var name: String
    public var label: String
    public var summary: String
    public var scolomfrVocabulary: String?
    public var terms: [VocabularyTerm]

    public init(_ vocabulary: Vocabulary) {
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

    /// Every vocabulary with its terms, and the synonym groups search expands (`/api/vocab`).
    public struct All: Encodable, Sendable {
        public var vocabularies: [VocabularyDocument]
        public var synonyms: [[String]]
    }

    public static var all: All {
        All(vocabularies: Vocabularies.all.map(VocabularyDocument.init), synonyms: Vocabularies.synonyms.map(\.forms))
    }
}
