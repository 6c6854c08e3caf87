import ArgumentParser
import CatalogCore

extension Pedacat {
    struct List: ConsoleCommand {
        static let configuration = CommandConfiguration(
            abstract: "Liste les fiches du catalogue, avec des filtres.",
            discussion: """
                Les filtres se combinent : ET entre options différentes, OU entre valeurs d'une même option.
                Exemple : pedacat list --kind scenario --level cycle-4 --theme ethique --theme inclusion
                """
        )

        @OptionGroup var global: GlobalOptions
        @OptionGroup var filters: FilterOptions
        @Option(help: OutputFormat.help) var format: OutputFormat = .text

        func execute(console: Console) async throws {
            let catalog = try global.loadCatalog()
            let filter = filters.filter
            let entries = catalog.entries.filter(filter.matches)
            switch format {
            case .json:
                console.print(try JSONOutput.string(entries.map { EntrySummary($0) }))
            case .text:
                for entry in entries {
                    let levels = entry.levels.isEmpty ? "" : "  " + console.dim(entry.levels.joined(separator: ", "))
                    console.print(
                        "\(console.bold(entry.id))  \(console.cyan(entry.kind.label))  \(entry.title)\(levels)")
                }
                let noun = entries.count > 1 ? "fiches" : "fiche"
                console.printError("\(entries.count) \(noun) sur \(catalog.entries.count).")
            }
            reportLoadProblems(catalog, console: console)
        }
    }
}

/// Loading problems are shown on standard error so that output stays usable.
func reportLoadProblems(_ catalog: Catalog, console: Console) {
    let errors = catalog.findings.filter { $0.severity == .error }
    guard !errors.isEmpty else { return }
    for finding in errors { console.printError(finding.formatted) }
    console.printError(
        "\(errors.count) fichier(s) ignoré(s) ou incomplet(s) : lancez « pedacat validate » pour le détail.")
}
