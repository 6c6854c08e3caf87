import ArgumentParser
import CatalogCore

extension Pedacat {
    struct Show: ConsoleCommand {
        static let configuration = CommandConfiguration(
            abstract: "Affiche une fiche en entier.",
            discussion: """
                Pour un scénario, affiche aussi les outils qu'il utilise ; pour un outil, les scénarios qui l'utilisent \
                et ses informations de confidentialité (âge minimum, hébergement, contrat de traitement des données).
                Exemple : pedacat show le-chat-mistral
                """
        )

        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp("Identifiant de la fiche (voir « pedacat list »).", valueName: "id"))
        var id: String
        @Option(help: OutputFormat.help) var format: OutputFormat = .text

        func execute(console: Console) async throws {
            let catalog = try global.loadCatalog()
            guard let entry = catalog.entry(id) else {
                let ids = catalog.entries.map(\.id)
                let near = ids.min { EditDistance.levenshtein(id, $0) < EditDistance.levenshtein(id, $1) }
                let close = near.flatMap { EditDistance.levenshtein(id, $0) <= max(2, id.count / 3) ? $0 : nil }
                throw CatalogError.entryNotFound(id, suggestion: close)
            }
            let tools = catalog.tools(of: entry)
            let usedBy = entry.kind == .tool ? catalog.scenarios(using: entry.id) : []
            switch format {
            case .json:
                console.print(try JSONOutput.string(EntryDetail(entry: entry, in: catalog)))
            case .text:
                console.print(EntryTextView(entry: entry, tools: tools, usedBy: usedBy, console: console).render())
            }
        }
    }
}
