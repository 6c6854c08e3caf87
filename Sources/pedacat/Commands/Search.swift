import ArgumentParser
import CatalogCore
import CatalogSearch
import Foundation

extension Pedacat {
    struct Search: ConsoleCommand {
        static let configuration = CommandConfiguration(
            abstract: "Cherche dans le catalogue (recherche plein texte en français).",
            discussion: """
                Insensible aux accents, aux majuscules et aux accords : « eleve » trouve « élèves ».
                Syntaxe : mots (tous requis), "expression exacte", préfixe*, mot1 OR mot2, -mot pour exclure.
                Les sigles et synonymes sont développés : IA trouve « intelligence artificielle ».
                Sans requête, liste les fiches qui passent les filtres (ET entre options, OU entre valeurs).
                L'index (.pedacat/index.sqlite) est mis à jour automatiquement quand des fiches changent.

                Exemples :
                  pedacat search "esprit critique" --level 4e
                  pedacat search personnali* --kind scenario --facets
                  pedacat search IA -image --format json
                  pedacat search --queries requetes.txt    (une requête par ligne, sortie JSON Lines)
                """
        )

        @OptionGroup var global: GlobalOptions
        @OptionGroup var filters: FilterOptions
        @Argument(
            help: ArgumentHelp("Requête (facultative : sans requête, parcours par filtres).", valueName: "requête"))
        var query: [String] = []
        @Option(name: .long, help: ArgumentHelp("Outil utilisé (répétable), par son identifiant.", valueName: "id"))
        var tool: [String] = []
        @Option(name: .long, help: ArgumentHelp("Nombre de résultats affichés.", valueName: "n"))
        var limit: Int = 10
        @Option(name: .long, help: ArgumentHelp("Résultats à sauter (pagination).", valueName: "n"))
        var offset: Int = 0
        @Flag(name: .long, help: "Compte les résultats par type, niveau, discipline et thème.")
        var facets = false
        @Option(
            name: .long,
            help: ArgumentHelp("Fichier de requêtes, une par ligne : sortie JSON Lines.", valueName: "fichier"))
        var queries: String?
        @Option(help: OutputFormat.help) var format: OutputFormat = .text

        func validate() throws {
            guard limit >= 0 else { throw ValidationError("--limit doit être positif ou nul.") }
            guard offset >= 0 else { throw ValidationError("--offset doit être positif ou nul.") }
            if queries != nil && !query.isEmpty {
                throw ValidationError("Donnez soit une requête, soit --queries FICHIER, pas les deux.")
            }
        }

        var filter: EntryFilter {
            var filter = filters.filter
            filter.tools = tool
            return filter
        }

        func execute(console: Console) async throws {
            let index = try SearchIndex(catalog: global.catalogURL, index: global.indexURL)
            let report = try index.update()
            for finding in report.findings { console.printError(finding.formatted) }
            if let queries {
                try runBatch(path: queries, index: index, console: console)
                return
            }
            let text = query.joined(separator: " ")
            let response = try index.search(
                SearchQuery(text: text, filter: filter, limit: limit, offset: offset, facets: facets))
            switch format {
            case .json: console.print(try JSONOutput.string(response))
            case .text: SearchTextView(response: response, offset: offset, console: console).print()
            }
        }

        private func runBatch(path: String, index: SearchIndex, console: Console) throws {
            let data: Data
            do {
                data = try Data(contentsOf: URL(fileURLWithPath: path))
            } catch {
                throw ValidationError("Fichier de requêtes illisible : \(path)")
            }
            let lines = String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline)
            let clock = ContinuousClock()
            var output = ""
            for line in lines {
                let text = line.trimmingCharacters(in: .whitespaces)
                guard !text.isEmpty else { continue }
                let start = clock.now
                var response = try index.search(
                    SearchQuery(text: text, filter: filter, limit: limit, offset: offset, facets: facets))
                let elapsed = clock.now - start
                let ms = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
                response.tookMs = (ms * 1000).rounded() / 1000
                output += try JSONOutput.string(response, pretty: false) + "\n"
                if output.utf8.count > 1 << 20 {
                    console.write(output, error: false)
                    output = ""
                }
            }
            console.write(output, error: false)
        }
    }
}
