import CatalogCore

/// The repository's sets: `kind:scenario`, `theme:ethique`, `level:4e`, `discipline:emi`, and
/// their four parents `kind`, `theme`, `level`, `discipline` (a setSpec with `:` is a child of
/// the part before it, so every record of `level:4e` is also in `level`).
///
/// Level and discipline sets follow the vocabulary hierarchy as the search filters do:
/// `level:cycle-4` holds the entries tagged `cycle-4`, `5e`, `4e` or `3e`.
struct OAISet: Sendable, Hashable {
    enum Dimension: String, Sendable, CaseIterable {
        case kind, theme, level, discipline

        var label: String {
            switch self {
            case .kind: "Type de fiche"
            case .theme: "Thème"
            case .level: "Niveau"
            case .discipline: "Discipline"
            }
        }
    }

    var dimension: Dimension
    /// `nil` for the parent set of a dimension.
    var value: String?

    var spec: String { value.map { "\(dimension.rawValue):\($0)" } ?? dimension.rawValue }

    /// Parses a setSpec; `nil` when the repository has no such set.
    init?(spec: String) {
        let parts = spec.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
        guard let dimension = Dimension(rawValue: String(parts[0])) else { return nil }
        self.dimension = dimension
        guard parts.count == 2 else {
            value = nil
            return
        }
        let value = String(parts[1])
        guard Self.values(of: dimension).contains(value) else { return nil }
        self.value = value
    }

    init(dimension: Dimension, value: String?) {
        self.dimension = dimension
        self.value = value
    }

    /// The protocol's setSpec syntax: `([A-Za-z0-9\-_\.!~\*'\(\)])+(:[A-Za-z0-9\-_\.!~\*'\(\)]+)*`.
    static func isValidSpec(_ spec: String) -> Bool {
        spec.split(separator: ":", omittingEmptySubsequences: false).allSatisfy { part in
            !part.isEmpty && part.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "-_.!~*'()".contains($0)) }
        }
    }

    /// French set name.
    var name: String {
        guard let value else { return "\(dimension.label) (tous)" }
        return "\(dimension.label) : \(Self.label(of: value, in: dimension))"
    }

    func contains(_ entry: Entry) -> Bool {
        switch (dimension, value) {
        case (.kind, nil): true
        case (.kind, let value?): entry.kind.rawValue == value
        case (.theme, nil): !entry.themes.isEmpty
        case (.theme, let value?): entry.themes.contains(value)
        case (.level, nil): !entry.levels.isEmpty
        case (.level, let value?): !Self.levelMembers[value, default: []].isDisjoint(with: entry.levels)
        case (.discipline, nil): !entry.disciplines.isEmpty
        case (.discipline, let value?):
            !Self.disciplineMembers[value, default: []].isDisjoint(with: entry.disciplines)
        }
    }

    /// Every set an entry belongs to, for its header, in a stable order: parents and children,
    /// and for levels and disciplines the terms above the entry's own (`level:cycle-4` for `4e`),
    /// so that a record harvested with `set=X` always shows `X` in its header.
    static func specs(of entry: Entry) -> [String] {
        var specs = ["kind", "kind:\(entry.kind.rawValue)"]
        let themes = entry.themes.filter { Vocabularies.themes.contains($0) }
        if !entry.themes.isEmpty { specs.append("theme") }
        specs += themes.map { "theme:\($0)" }
        if !entry.levels.isEmpty { specs.append("level") }
        specs += withAncestors(entry.levels, in: Vocabularies.levels).map { "level:\($0)" }
        if !entry.disciplines.isEmpty { specs.append("discipline") }
        specs += withAncestors(entry.disciplines, in: Vocabularies.disciplines).map { "discipline:\($0)" }
        return specs
    }

    private static func withAncestors(_ ids: [String], in vocabulary: Vocabulary) -> [String] {
        var seen: Set<String> = []
        var result: [String] = []
        for id in ids where vocabulary.contains(id) {
            for term in [id] + vocabulary.ancestors(of: id) where seen.insert(term).inserted { result.append(term) }
        }
        return result
    }

    /// Level ids each level set holds (itself and the levels below it).
    private static let levelMembers: [String: Set<String>] = Dictionary(
        uniqueKeysWithValues: Vocabularies.levels.ids.map { ($0, Set(Vocabularies.levels.selfAndDescendants(of: $0))) })

    private static let disciplineMembers: [String: Set<String>] = Dictionary(
        uniqueKeysWithValues: Vocabularies.disciplines.ids.map {
            ($0, Set(Vocabularies.disciplines.selfAndDescendants(of: $0)))
        })

    /// Every set of the repository, parents first.
    static var all: [OAISet] {
        Dimension.allCases.flatMap { dimension in
            [OAISet(dimension: dimension, value: nil)]
                + values(of: dimension).map { OAISet(dimension: dimension, value: $0) }
        }
    }

    static func values(of dimension: Dimension) -> [String] {
        switch dimension {
        case .kind: Entry.Kind.allCases.map(\.rawValue)
        case .theme: Vocabularies.themes.ids
        case .level: Vocabularies.levels.ids
        case .discipline: Vocabularies.disciplines.ids
        }
    }

    private static func label(of value: String, in dimension: Dimension) -> String {
        switch dimension {
        case .kind: Entry.Kind(rawValue: value)?.label ?? value
        case .theme: Vocabularies.themes.term(value)?.label ?? value
        case .level: Vocabularies.levels.term(value)?.label ?? value
        case .discipline: Vocabularies.disciplines.term(value)?.label ?? value
        }
    }
}
