/// Facts the rules of the *cadre d'usage de l'IA en éducation* (2025) share.
public enum CadreFacts {
    /// Name of the framework as cited in messages.
    public static let citation = "cadre d'usage de l'IA en éducation (2025)"

    /// Pupils below this age (the typical age in 4e) do not handle generative AI themselves.
    public static let generativeMinimumAge = 13

    /// Youngest typical age of each level: its own, or for a cycle or school the youngest of its years.
    public static let youngestAge: [String: Int] = {
        var ages: [String: Int] = [:]
        let levels = Vocabularies.levels
        for term in levels.terms {
            let ages_ = levels.selfAndDescendants(of: term.id).compactMap { levels.term($0)?.typicalAge }
            if let youngest = ages_.min() { ages[term.id] = youngest }
        }
        return ages
    }()

    /// The youngest level a scenario targets and its typical age (unknown level ids left out).
    public static func youngestLevel(of entry: Entry) -> (id: String, age: Int)? {
        var best: (id: String, age: Int)?
        for level in entry.levels {
            guard let age = youngestAge[level] else { continue }
            if best == nil || age < best!.age { best = (level, age) }
        }
        return best
    }

    /// Label of a level for messages (« CM1 (9 ans) »).
    public static func describe(_ level: (id: String, age: Int)) -> String {
        let label = Vocabularies.levels.term(level.id)?.label ?? level.id
        return "« \(level.id) » (\(label), élèves d'environ \(level.age) ans)"
    }

    /// Pupils hold an account on the tool for this use: said explicitly, or implied by a tool that
    /// requires pupil accounts in a scenario where pupils handle it.
    public static func pupilAccount(_ use: ToolUse, tool: Entry, in scenario: ScenarioDetails) -> Bool {
        if let explicit = use.pupilAccount { return explicit }
        return tool.tool?.accountValue == .pupilRequired && scenario.aiUseValue?.pupilsHandleTool == true
    }

    /// Location of a tool use's key, falling back to the use itself.
    static func path(_ entry: Entry, _ index: Int, _ key: String) -> String {
        let full = "tools[\(index)].\(key)"
        if entry.locations[full] != nil { return full }
        if entry.locations["tools[\(index)].id"] != nil { return "tools[\(index)].id" }
        return "tools[\(index)]"
    }
}
