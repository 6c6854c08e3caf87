import Foundation

/// A small catalogue in a temporary folder, for command tests.
struct TestCatalog {
    let root: URL
    var catalog: URL { root.appendingPathComponent("catalog") }

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("pedacat-cli-\(UUID().uuidString)")
        try write(
            "tools/outil-eu.md",
            """
            ---
            id: outil-eu
            kind: tool
            title: Assistant européen
            summary: Agent conversationnel hébergé dans l'Union européenne.
            themes: [usage-responsable]
            license: proprietary
            status: published
            created: 2025-10-01
            updated: 2025-10-02
            categories: [agent-conversationnel]
            ai_type: generative
            cost: free
            account: none
            min_age: 15
            privacy:
              hosting: eu
              dpa: true
              trains_on_user_data: no
              gar: false
              evidence: [https://example.org/rgpd]
              verified_on: 2025-10-01
            ---
            Un outil de test.
            """)
        try write(
            "scenarios/debat-emc-3e.md",
            """
            ---
            id: debat-emc-3e
            kind: scenario
            title: Débattre de l'IA en EMC
            summary: Un débat argumenté sur les usages de l'IA.
            themes: [ethique, usage-responsable]
            license: CC-BY-SA-4.0
            status: published
            created: 2025-10-01
            updated: 2025-10-02
            levels: [3e]
            disciplines: [emc]
            ai_use: teacher-demo
            tools:
              - id: outil-eu
                role: Démonstration au tableau
            ---
            ## Déroulé
            """)
        try write(
            "scenarios/classifieur-cm2.md",
            """
            ---
            id: classifieur-cm2
            kind: scenario
            title: Trier comme une machine
            summary: Une activité débranchée sur la classification.
            themes: [fondements]
            license: CC-BY-SA-4.0
            status: draft
            levels: [cm2]
            disciplines: [sciences]
            ai_use: teacher-demo
            tools: []
            ---
            Sans outil.
            """)
    }

    func write(_ path: String, _ text: String) throws {
        let url = catalog.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func remove() {
        try? FileManager.default.removeItem(at: root)
    }
}
