internal import Yams

/// Turns the text of one entry file into an `Entry` plus findings. Never throws: whatever can be
/// read is kept, so that one mistake does not hide the others.
public enum EntryParser {
    /// Parses `text`, read from `file`. `expectedID` is the file name without `.md`, and
    /// `expectedKind` the kind implied by the folder, when known. With `recordingLocations: false`
    /// the entry's `locations` stay empty (faster; the findings are the same): for readers, like
    /// the search index, that never point at a key.
    public static func parse(
        _ text: String, file: String, expectedID: String? = nil, expectedKind: Entry.Kind? = nil,
        recordingLocations: Bool = true
    ) -> (entry: Entry?, findings: [Finding]) {
        parse(
            text, file: file, expectedID: expectedID, expectedKind: expectedKind,
            recordingLocations: recordingLocations, composer: YAMLComposer.compose)
    }

    /// `parse` composing with Yams only: the reference that the fast composer must match.
    static func parseWithYams(
        _ text: String, file: String, expectedID: String? = nil, expectedKind: Entry.Kind? = nil,
        recordingLocations: Bool = true
    ) -> (entry: Entry?, findings: [Finding]) {
        parse(
            text, file: file, expectedID: expectedID, expectedKind: expectedKind,
            recordingLocations: recordingLocations, composer: { _ in nil })
    }

    /// `composer` returns the tree, or `nil` to leave the text to Yams (errors included).
    private static func parse(
        _ text: String, file: String, expectedID: String?, expectedKind: Entry.Kind?,
        recordingLocations: Bool, composer: (String) -> YAMLNode?
    ) -> (entry: Entry?, findings: [Finding]) {
        let start = SourceLocation(file: file, line: 1, column: 1)
        let parts: FrontMatter
        switch FrontMatter.split(text) {
        case .success(let split): parts = split
        case .failure(.missing):
            return (
                nil,
                [
                    Finding(
                        rule: "structure.front-matter", severity: .error,
                        message:
                            "En-tête YAML absent : le fichier doit commencer par une ligne « --- », puis les clés, puis une autre ligne « --- ».",
                        location: start, entryID: expectedID)
                ]
            )
        case .failure(.unterminated(let lastLine)):
            return (
                nil,
                [
                    Finding(
                        rule: "structure.front-matter", severity: .error,
                        message:
                            "En-tête YAML non terminé : la ligne « --- » qui le ferme manque (fichier lu jusqu'à la ligne \(lastLine)).",
                        location: start, entryID: expectedID)
                ]
            )
        }

        var reader = YAMLReader(file: file, firstLine: parts.yamlFirstLine)
        reader.recordsLocations = recordingLocations
        reader.entryID = expectedID
        let root: YAMLNode
        do {
            if let node = composer(parts.yaml) {
                root = node
            } else if let node = try Yams.compose(yaml: parts.yaml, .basic, .default, .utf8) {
                root = YAMLNode(node)
            } else {
                reader.report(
                    "structure.front-matter", "En-tête YAML vide : ajoutez au moins id, kind et title.", at: start)
                return (nil, reader.findings)
            }
        } catch {
            reader.report(
                "structure.yaml", YAMLErrorText.message(for: error),
                at: YAMLErrorText.location(of: error, reader: reader))
            return (nil, reader.findings)
        }
        guard let pairs = reader.mapping(root, path: "") else { return (nil, reader.findings) }

        var values: [String: (keyNode: YAMLNode, value: YAMLNode)] = [:]
        for pair in pairs { values[pair.key] = (pair.keyNode, pair.value) }

        // id and kind first: the rest of the messages name them.
        let id = values["id"].flatMap { reader.string($0.value, path: "id") }
        if let id { reader.entryID = id }
        var kind: Entry.Kind? = expectedKind
        if let kindValue = values["kind"], let text = reader.string(kindValue.value, path: "kind") {
            if let parsed = Entry.Kind(rawValue: text) {
                kind = parsed
                if let expectedKind, parsed != expectedKind {
                    reader.report(
                        "structure.kind-folder",
                        "Fiche de type « \(parsed.rawValue) » rangée dans le dossier « \(expectedKind.folder) » : déplacez-la dans « \(parsed.folder)/ ».",
                        at: kindValue.value)
                }
            } else {
                reader.report(
                    "vocabulary.kind", "« kind: \(text) » n'existe pas ; écrivez scenario ou tool.", at: kindValue.value
                )
            }
        }
        guard let kind else {
            reader.report(
                "structure.required", "Clé « kind » manquante : écrivez kind: scenario ou kind: tool.", at: start)
            return (nil, reader.findings)
        }

        if let id, let expectedID, id != expectedID {
            reader.report(
                "structure.id-filename",
                "L'identifiant « \(id) » ne correspond pas au nom du fichier « \(expectedID).md » : renommez le fichier ou corrigez id.",
                at: values["id"]!.value)
        }

        var entry = Entry(id: id ?? expectedID ?? "", kind: kind, title: "", file: file, bodyLine: parts.bodyFirstLine)
        entry.body = parts.body
        let allowed = EntryKeys.common + (kind == .scenario ? EntryKeys.scenario : EntryKeys.tool)
        var scenario = ScenarioDetails()
        var tool = ToolDetails()

        for pair in pairs {
            let (key, keyNode, node) = pair
            switch key {
            case "id", "kind": continue
            case "title": entry.title = reader.string(node, path: key) ?? ""
            case "summary": entry.summary = reader.string(node, path: key) ?? ""
            case "language": entry.language = reader.string(node, path: key) ?? "fr"
            case "themes": entry.themes = reader.stringList(node, path: key)
            case "keywords": entry.keywords = reader.stringList(node, path: key)
            case "license": entry.license = reader.string(node, path: key) ?? ""
            case "status": entry.status = reader.string(node, path: key) ?? ""
            case "created": entry.created = reader.date(node, path: key)
            case "updated": entry.updated = reader.date(node, path: key)
            case "authors": entry.authors = authors(node, reader: &reader)
            default:
                guard allowed.contains(key) else {
                    let other = kind == .scenario ? EntryKeys.tool : EntryKeys.scenario
                    if other.contains(key) {
                        reader.report(
                            "structure.unknown-key", .warning,
                            "La clé « \(key) » est réservée aux fiches de type « \(kind == .scenario ? "tool" : "scenario") » : elle sera ignorée ici.",
                            at: keyNode)
                    } else {
                        reader.unknownKey(key, at: keyNode, known: allowed, context: "dans l'en-tête")
                    }
                    continue
                }
                if kind == .scenario {
                    readScenarioKey(key, node, into: &scenario, reader: &reader)
                } else {
                    readToolKey(key, node, into: &tool, reader: &reader)
                }
            }
        }
        if kind == .scenario { entry.scenario = scenario } else { entry.tool = tool }
        entry.locations = reader.locations
        if values["id"] == nil {
            entry.locations["id"] = nil
        }
        return (entry, reader.findings)
    }

    private static func authors(_ node: YAMLNode, reader: inout YAMLReader) -> [Author] {
        reader.remember("authors", node)
        if YAMLReader.isNull(node) { return [] }
        guard case .sequence(let items, _) = node else {
            reader.report(
                "structure.type", "« authors » doit être une liste, par exemple `- name: Équipe pedacat`.", at: node)
            return []
        }
        var result: [Author] = []
        for (index, item) in items.enumerated() {
            let path = "authors[\(index)]"
            if case .scalar = item, let name = reader.string(item, path: path) {
                result.append(Author(name: name))
                continue
            }
            guard let pairs = reader.mapping(item, path: path) else { continue }
            var author = Author(name: "")
            for (key, keyNode, value) in pairs {
                switch key {
                case "name": author.name = reader.string(value, path: "\(path).name") ?? ""
                case "organization": author.organization = reader.string(value, path: "\(path).organization")
                case "email": author.email = reader.string(value, path: "\(path).email")
                default: reader.unknownKey(key, at: keyNode, known: EntryKeys.author, context: "dans \(path)")
                }
            }
            result.append(author)
        }
        return result
    }
}
