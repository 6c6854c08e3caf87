/// A controlled vocabulary shipped with pedacat: stable ids, French labels, and the ScoLOMFR
/// concept URI where one exists.
public struct Vocabulary: Sendable, Hashable {
    /// Name used on the command line (`pedacat vocab levels`).
    public let name: String
    /// French title.
    public let label: String
    /// What the vocabulary is for, in French.
    public let summary: String
    /// The ScoLOMFR vocabulary the URIs come from (`scolomfr-voc-022`), if any.
    public let scolomfrVocabulary: String?
    public let terms: [VocabularyTerm]
    private let index: [String: Int]

    public init(
        name: String, label: String, summary: String, scolomfrVocabulary: String? = nil,
        terms: [VocabularyTerm]
    ) {
        self.name = name
        self.label = label
        self.summary = summary
        self.scolomfrVocabulary = scolomfrVocabulary
        self.terms = terms
        var index: [String: Int] = [:]
        for (position, term) in terms.enumerated() { index[term.id] = position }
        self.index = index
    }

    public var ids: [String] { terms.map(\.id) }

    public func term(_ id: String) -> VocabularyTerm? { index[id].map { terms[$0] } }

    public func contains(_ id: String) -> Bool { index[id] != nil }

    /// The term and every term below it (`cycle-4` → `cycle-4`, `5e`, `4e`, `3e`).
    public func selfAndDescendants(of id: String) -> [String] {
        var result: [String] = []
        var seen: Set<String> = []
        var queue = [id]
        while let current = queue.first {
            queue.removeFirst()
            guard seen.insert(current).inserted else { continue }
            result.append(current)
            queue.append(contentsOf: terms.filter { $0.parents.contains(current) }.map(\.id))
        }
        return result
    }

    /// Every term above `id`, nearest first, without repeats.
    public func ancestors(of id: String) -> [String] {
        var result: [String] = []
        var queue = term(id)?.parents ?? []
        while let current = queue.first {
            queue.removeFirst()
            guard !result.contains(current) else { continue }
            result.append(current)
            queue.append(contentsOf: term(current)?.parents ?? [])
        }
        return result
    }

    /// One path from a root down to `id` (first parent at each step), e.g. for a LOM taxonPath.
    public func path(to id: String) -> [VocabularyTerm] {
        var path: [VocabularyTerm] = []
        var current = term(id)
        var seen: Set<String> = []
        while let term = current, seen.insert(term.id).inserted {
            path.insert(term, at: 0)
            current = term.parents.first.flatMap { self.term($0) }
        }
        return path
    }

    /// The valid id closest to `text` (edit distance on folded text), for "did you mean".
    public func nearest(to text: String) -> String? {
        let wanted = TextFolding.fold(text)
        var best: (id: String, distance: Int)?
        for term in terms {
            let candidates = [term.id, term.label] + term.altLabels
            for candidate in candidates {
                let distance = EditDistance.levenshtein(wanted, TextFolding.fold(candidate))
                if best == nil || distance < best!.distance { best = (term.id, distance) }
            }
        }
        guard let best else { return nil }
        let limit = wanted.count <= 3 ? 1 : max(2, wanted.count / 3)
        return best.distance <= limit ? best.id : nil
    }
}

public struct VocabularyTerm: Sendable, Hashable, Codable {
    public let id: String
    /// French label, as teachers say it.
    public let label: String
    /// ScoLOMFR concept URI (`http://data.education.fr/voc/scolomfr/concept/…`), when one exists.
    public let uri: String?
    /// Ids of broader terms in the same vocabulary.
    public let parents: [String]
    /// Other names users type (accents optional), used by search and suggestions.
    public let altLabels: [String]
    /// Typical age of pupils at the start of the school year, for levels.
    public let typicalAge: Int?

    public init(
        _ id: String, _ label: String, uri: String? = nil, parents: [String] = [],
        altLabels: [String] = [], typicalAge: Int? = nil
    ) {
        self.id = id
        self.label = label
        self.uri = uri
        self.parents = parents
        self.altLabels = altLabels
        self.typicalAge = typicalAge
    }
}
