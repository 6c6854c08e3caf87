extension EntryParser {
    static func readToolKey(_ key: String, _ node: YAMLNode, into tool: inout ToolDetails, reader: inout YAMLReader) {
        switch key {
        case "url": tool.url = reader.string(node, path: key)
        case "publisher": tool.publisher = reader.string(node, path: key)
        case "publisher_country": tool.publisherCountry = reader.string(node, path: key)
        case "categories": tool.categories = reader.stringList(node, path: key)
        case "ai_type": tool.aiType = reader.string(node, path: key)
        case "languages": tool.languages = reader.stringList(node, path: key)
        case "cost": tool.cost = reader.string(node, path: key)
        case "account": tool.account = reader.string(node, path: key)
        case "min_age": tool.minAge = reader.integer(node, path: key, allowUnknown: true)
        case "privacy": tool.privacy = privacy(node, reader: &reader)
        case "accessibility": tool.accessibility = accessibility(node, reader: &reader)
        case "runs_locally": tool.runsLocally = reader.bool(node, path: key)
        case "alternatives": tool.alternatives = reader.stringList(node, path: key)
        case "sources": tool.sources = reader.stringList(node, path: key)
        default: break
        }
    }

    private static func privacy(_ node: YAMLNode, reader: inout YAMLReader) -> Privacy? {
        guard let pairs = reader.mapping(node, path: "privacy") else { return nil }
        var privacy = Privacy()
        for (key, keyNode, value) in pairs {
            let path = "privacy.\(key)"
            switch key {
            case "hosting": privacy.hosting = reader.string(value, path: path)
            // `true`, `false` and `unknown` are read as text on purpose: three answers, not two.
            case "dpa": privacy.dpa = reader.string(value, path: path)
            // `yes` / `no` are text here (YAML 1.1 would make them booleans).
            case "trains_on_user_data": privacy.trainsOnUserData = reader.string(value, path: path)
            case "gar": privacy.gar = reader.bool(value, path: path)
            case "evidence": privacy.evidence = reader.stringList(value, path: path)
            case "verified_on": privacy.verifiedOn = reader.date(value, path: path)
            default: reader.unknownKey(key, at: keyNode, known: EntryKeys.privacy, context: "dans privacy")
            }
        }
        return privacy
    }

    private static func accessibility(_ node: YAMLNode, reader: inout YAMLReader) -> Accessibility? {
        guard let pairs = reader.mapping(node, path: "accessibility") else { return nil }
        var accessibility = Accessibility()
        for (key, keyNode, value) in pairs {
            switch key {
            case "rgaa": accessibility.rgaa = reader.string(value, path: "accessibility.rgaa")
            case "features": accessibility.features = reader.stringList(value, path: "accessibility.features")
            default: reader.unknownKey(key, at: keyNode, known: EntryKeys.accessibility, context: "dans accessibility")
            }
        }
        return accessibility
    }
}
