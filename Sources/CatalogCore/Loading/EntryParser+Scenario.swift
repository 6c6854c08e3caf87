extension EntryParser {
    static func readScenarioKey(
        _ key: String, _ node: YAMLNode, into scenario: inout ScenarioDetails, reader: inout YAMLReader
    ) {
        switch key {
        case "levels": scenario.levels = reader.stringList(node, path: key)
        case "disciplines": scenario.disciplines = reader.stringList(node, path: key)
        case "duration": scenario.duration = reader.string(node, path: key)
        case "ai_use": scenario.aiUse = reader.string(node, path: key)
        case "tools": scenario.tools = toolUses(node, reader: &reader)
        case "objectives": scenario.objectives = reader.stringList(node, path: key)
        case "competences": scenario.competences = reader.stringList(node, path: key)
        case "inclusion": scenario.inclusion = inclusionNotes(node, reader: &reader)
        case "personal_data": scenario.personalData = reader.string(node, path: key)
        case "teacher_checks": scenario.teacherChecks = reader.stringList(node, path: key)
        case "review": scenario.review = review(node, reader: &reader)
        default: break
        }
    }

    private static func toolUses(_ node: YAMLNode, reader: inout YAMLReader) -> [ToolUse] {
        reader.remember("tools", node)
        if YAMLReader.isNull(node) { return [] }
        guard case .sequence(let items, _) = node else {
            reader.report(
                "structure.type", "« tools » doit être une liste, par exemple `- id: le-chat-mistral`.", at: node)
            return []
        }
        var result: [ToolUse] = []
        for (index, item) in items.enumerated() {
            let path = "tools[\(index)]"
            if case .scalar = item, let id = reader.string(item, path: path) {
                reader.remember("\(path).id", item)
                result.append(ToolUse(id: id))
                continue
            }
            guard let pairs = reader.mapping(item, path: path) else { continue }
            var use = ToolUse(id: "")
            for (key, keyNode, value) in pairs {
                switch key {
                case "id": use.id = reader.string(value, path: "\(path).id") ?? ""
                case "role": use.role = reader.string(value, path: "\(path).role")
                case "pupil_account": use.pupilAccount = reader.bool(value, path: "\(path).pupil_account")
                case "fallback": use.fallback = reader.string(value, path: "\(path).fallback")
                default: reader.unknownKey(key, at: keyNode, known: EntryKeys.toolUse, context: "dans \(path)")
                }
            }
            if use.id.isEmpty {
                reader.report(
                    "structure.required", "« \(path) » n'a pas d'id : indiquez l'outil utilisé (id: …).", at: item)
                continue
            }
            result.append(use)
        }
        return result
    }

    private static func inclusionNotes(_ node: YAMLNode, reader: inout YAMLReader) -> [InclusionNote] {
        reader.remember("inclusion", node)
        if YAMLReader.isNull(node) { return [] }
        guard case .sequence(let items, _) = node else {
            reader.report("structure.type", "« inclusion » doit être une liste de besoins et d'adaptations.", at: node)
            return []
        }
        var result: [InclusionNote] = []
        for (index, item) in items.enumerated() {
            let path = "inclusion[\(index)]"
            if case .scalar = item, let text = reader.string(item, path: path) {
                result.append(InclusionNote(adaptation: text))
                continue
            }
            guard let pairs = reader.mapping(item, path: path) else { continue }
            var note = InclusionNote(adaptation: "")
            for (key, keyNode, value) in pairs {
                switch key {
                case "need": note.need = reader.string(value, path: "\(path).need")
                case "adaptation": note.adaptation = reader.string(value, path: "\(path).adaptation") ?? ""
                default: reader.unknownKey(key, at: keyNode, known: EntryKeys.inclusion, context: "dans \(path)")
                }
            }
            result.append(note)
        }
        return result
    }

    private static func review(_ node: YAMLNode, reader: inout YAMLReader) -> Review? {
        guard let pairs = reader.mapping(node, path: "review") else { return nil }
        var review = Review()
        for (key, keyNode, value) in pairs {
            switch key {
            case "by": review.by = reader.string(value, path: "review.by")
            case "on": review.on = reader.date(value, path: "review.on")
            case "note": review.note = reader.string(value, path: "review.note")
            default: reader.unknownKey(key, at: keyNode, known: EntryKeys.review, context: "dans review")
            }
        }
        return review
    }
}
