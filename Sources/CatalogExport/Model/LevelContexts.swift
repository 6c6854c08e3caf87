import CatalogCore

/// ScoLOMFR 5.6 context (voc-012) and typical age range derived from voc-022 levels.
enum LevelContexts {
    static func contexts(of levels: [String]) -> [LOMRecord.Term] {
        var result: [LOMRecord.Term] = []
        func add(_ term: LOMRecord.Term) { if !result.contains(term) { result.append(term) } }
        for level in levels {
            if level == "cycle-3" {
                add(ScoLOMFRTerms.primary)
                add(ScoLOMFRTerms.secondary)
                continue
            }
            let lineage = Set([level] + Vocabularies.levels.ancestors(of: level))
            if !lineage.isDisjoint(with: ["ecole-maternelle", "ecole-elementaire", "cycle-1", "cycle-2"]) {
                add(ScoLOMFRTerms.primary)
            }
            if !lineage.isDisjoint(with: ["college", "lycee-gt", "lycee-pro"]) { add(ScoLOMFRTerms.secondary) }
            if lineage.contains("bts") { add(ScoLOMFRTerms.higher) }
            if lineage.contains("formation-enseignants") { add(ScoLOMFRTerms.continuing) }
        }
        return result
    }

    /// `11-14` from the typical ages of the levels and the years they contain.
    static func ageRange(of levels: [String]) -> String? {
        let ages = levels.flatMap { Vocabularies.levels.selfAndDescendants(of: $0) }
            .compactMap { Vocabularies.levels.term($0)?.typicalAge }
        guard let low = ages.min(), let high = ages.max() else { return nil }
        return "\(low)-\(high + 1)"
    }
}
