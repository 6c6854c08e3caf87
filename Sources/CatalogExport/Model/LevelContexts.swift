import CatalogCore

/// ScoLOMFR 5.6 context (voc-012) and typical age range derived from voc-022 levels, plus the
/// taxon paths of levels and disciplines. The vocabularies are fixed, so every level's and
/// discipline's part is computed once (`table`) and records only look values up.
enum LevelContexts {
    struct Level {
        /// Contexts of this level, in the order they are added.
        var contexts: [LOMRecord.Term]
        /// Lowest and highest typical age of the level and the years it contains.
        var ages: (low: Int, high: Int)?
        /// Root-first taxon path (`nil`: the level has no ScoLOMFR URI).
        var path: [LOMRecord.Taxon]?
    }

    static let levels: [String: Level] = {
        var table: [String: Level] = [:]
        for term in Vocabularies.levels.terms {
            let ages = Vocabularies.levels.selfAndDescendants(of: term.id)
                .compactMap { Vocabularies.levels.term($0)?.typicalAge }
            table[term.id] = Level(
                contexts: computedContexts(of: term.id),
                ages: ages.min().map { low in (low, ages.max()!) },
                path: taxonPath(Vocabularies.levels, term.id))
        }
        return table
    }()

    static let disciplinePaths: [String: [LOMRecord.Taxon]] = {
        var table: [String: [LOMRecord.Taxon]] = [:]
        for term in Vocabularies.disciplines.terms {
            table[term.id] = taxonPath(Vocabularies.disciplines, term.id)
        }
        return table
    }()

    static func contexts(of levels: [String]) -> [LOMRecord.Term] {
        var result: [LOMRecord.Term] = []
        for level in levels {
            for term in Self.levels[level]?.contexts ?? computedContexts(of: level) where !result.contains(term) {
                result.append(term)
            }
        }
        return result
    }

    /// `11-14` from the typical ages of the levels and the years they contain.
    static func ageRange(of levels: [String]) -> String? {
        var low = Int.max
        var high = Int.min
        for level in levels {
            guard let ages = Self.levels[level]?.ages else { continue }
            low = min(low, ages.low)
            high = max(high, ages.high)
        }
        guard low <= high else { return nil }
        return "\(low)-\(high + 1)"
    }

    private static func computedContexts(of level: String) -> [LOMRecord.Term] {
        if level == "cycle-3" { return [ScoLOMFRTerms.primary, ScoLOMFRTerms.secondary] }
        var result: [LOMRecord.Term] = []
        let lineage = Set([level] + Vocabularies.levels.ancestors(of: level))
        if !lineage.isDisjoint(with: ["ecole-maternelle", "ecole-elementaire", "cycle-1", "cycle-2"]) {
            result.append(ScoLOMFRTerms.primary)
        }
        if !lineage.isDisjoint(with: ["college", "lycee-gt", "lycee-pro"]) { result.append(ScoLOMFRTerms.secondary) }
        if lineage.contains("bts") { result.append(ScoLOMFRTerms.higher) }
        if lineage.contains("formation-enseignants") { result.append(ScoLOMFRTerms.continuing) }
        return result
    }

    /// Root-first path of concepts down to `id`; terms without a ScoLOMFR URI are skipped.
    private static func taxonPath(_ vocabulary: Vocabulary, _ id: String) -> [LOMRecord.Taxon]? {
        guard vocabulary.term(id)?.uri != nil else { return nil }
        let path = vocabulary.path(to: id).compactMap { term in
            term.uri.map { LOMRecord.Taxon(id: $0, entry: term.label) }
        }
        return path.isEmpty ? nil : path
    }
}
