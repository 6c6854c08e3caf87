import Foundation

/// A catalogue written into a temporary folder, for index tests.
struct TempCatalog {
    let folder: URL
    var root: URL { folder.appendingPathComponent("catalog", isDirectory: true) }
    var index: URL { folder.appendingPathComponent(".pedacat/index.sqlite") }

    init() throws {
        folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("pedacat-search-\(UUID().uuidString)", isDirectory: true)
        for kind in ["scenarios", "tools"] {
            try FileManager.default.createDirectory(
                at: folder.appendingPathComponent("catalog/\(kind)"), withIntermediateDirectories: true)
        }
    }

    func url(_ id: String, tool: Bool = false) -> URL {
        root.appendingPathComponent(tool ? "tools" : "scenarios").appendingPathComponent("\(id).md")
    }

    /// Writes a scenario entry file.
    func scenario(
        _ id: String, title: String, summary: String = "Une séance.", body: String = "Déroulé de la séance.",
        keywords: [String] = [], levels: [String] = ["4e"], disciplines: [String] = ["francais"],
        themes: [String] = ["usage-responsable"], status: String = "published", tools: [String] = []
    ) throws {
        let toolLines = tools.isEmpty ? "tools: []" : "tools:\n" + tools.map { "  - id: \($0)" }.joined(separator: "\n")
        let text = """
            ---
            id: \(id)
            kind: scenario
            title: "\(title)"
            summary: "\(summary)"
            language: fr
            themes: [\(themes.joined(separator: ", "))]
            keywords: [\(keywords.map { "\"\($0)\"" }.joined(separator: ", "))]
            license: CC-BY-SA-4.0
            status: \(status)
            created: 2026-01-10
            updated: 2026-01-10
            authors:
              - name: Équipe test
            levels: [\(levels.joined(separator: ", "))]
            disciplines: [\(disciplines.joined(separator: ", "))]
            duration: PT1H
            ai_use: teacher-demo
            \(toolLines)
            objectives: []
            personal_data: none
            ---

            \(body)

            """
        try text.write(to: url(id), atomically: true, encoding: .utf8)
    }

    /// Writes a tool entry file.
    func tool(_ id: String, title: String, summary: String = "Un outil.", keywords: [String] = []) throws {
        let text = """
            ---
            id: \(id)
            kind: tool
            title: "\(title)"
            summary: "\(summary)"
            language: fr
            themes: [contenus-interactifs]
            keywords: [\(keywords.map { "\"\($0)\"" }.joined(separator: ", "))]
            license: proprietary
            status: published
            created: 2026-01-10
            updated: 2026-01-10
            authors:
              - name: Équipe test
            url: https://example.org/\(id)
            publisher: Exemple
            publisher_country: FR
            categories: [agent-conversationnel]
            ai_type: generative
            languages: [fr]
            cost: free
            account: none
            privacy:
              hosting: eu
              dpa: true
              trains_on_user_data: "no"
              gar: false
              evidence: [https://example.org/rgpd]
              verified_on: 2026-01-10
            runs_locally: false
            sources: [https://example.org/source]
            ---

            Présentation de l'outil.

            """
        try text.write(to: url(id, tool: true), atomically: true, encoding: .utf8)
    }

    func remove(_ id: String, tool: Bool = false) throws {
        try FileManager.default.removeItem(at: url(id, tool: tool))
    }

    func writeRaw(_ id: String, _ text: String) throws {
        try text.write(to: url(id), atomically: true, encoding: .utf8)
    }

    func delete() { try? FileManager.default.removeItem(at: folder) }
}
