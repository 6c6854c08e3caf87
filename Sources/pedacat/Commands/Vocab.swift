import ArgumentParser
import CatalogCore
import Foundation

extension Pedacat {
    struct Vocab: ConsoleCommand {
        static let configuration = CommandConfiguration(
            abstract: "Liste les vocabulaires et leurs termes (niveaux, disciplines, thèmes…).",
            discussion: """
                Sans argument, liste les vocabulaires. Avec un nom, liste ses termes : identifiant à écrire dans les \
                fiches, libellé, et l'URI du concept ScoLOMFR quand il existe.
                Exemples : pedacat vocab ; pedacat vocab levels ; pedacat vocab synonyms
                """
        )

        @Argument(
            help: ArgumentHelp(
                "Nom du vocabulaire (levels, disciplines, themes, categories, synonyms…).", valueName: "nom"))
        var name: String?

        @Option(help: OutputFormat.help) var format: OutputFormat = .text

        func validate() throws {
            guard let name, name != "synonyms", Vocabularies.named(name) == nil else { return }
            let names = Vocabularies.all.map(\.name) + ["synonyms"]
            throw ValidationError("Vocabulaire inconnu « \(name) ». Vocabulaires : \(names.joined(separator: ", ")).")
        }

        func execute(console: Console) async throws {
            switch name {
            case nil: listVocabularies(console)
            case "synonyms": try listSynonyms(console)
            case let name?: try listTerms(Vocabularies.named(name)!, console)
            }
        }

        private func listVocabularies(_ console: Console) {
            if format == .json {
                let rows =
                    Vocabularies.all.map {
                        VocabularyRow(name: $0.name, label: $0.label, summary: $0.summary, count: $0.terms.count)
                    }
                    + [
                        VocabularyRow(
                            name: "synonyms", label: "Synonymes et sigles",
                            summary: "Formes équivalentes que la recherche développe.",
                            count: Vocabularies.synonyms.count)
                    ]
                console.print((try? JSONOutput.string(rows)) ?? "[]")
                return
            }
            for vocabulary in Vocabularies.all {
                console.print(
                    "\(console.bold(vocabulary.name.padding(toLength: 22, withPad: " ", startingAt: 0))) \(vocabulary.label) (\(vocabulary.terms.count) termes)"
                )
            }
            console.print(
                "\(console.bold("synonyms".padding(toLength: 22, withPad: " ", startingAt: 0))) Synonymes et sigles (\(Vocabularies.synonyms.count) groupes)"
            )
        }

        private func listTerms(_ vocabulary: Vocabulary, _ console: Console) throws {
            if format == .json {
                console.print(try JSONOutput.string(VocabularyDocument(vocabulary)))
                return
            }
            console.print(console.bold(vocabulary.label) + " — " + vocabulary.summary)
            let width = min(24, (vocabulary.terms.map(\.id.count).max() ?? 0) + 2)
            for term in vocabulary.terms {
                let depth = vocabulary.ancestors(of: term.id).count
                let indent = String(repeating: "  ", count: min(depth, 3))
                var line =
                    indent
                    + console.bold(
                        term.id.padding(toLength: max(width - indent.count, term.id.count), withPad: " ", startingAt: 0)
                    ) + " " + term.label
                if let uri = term.uri { line += "  " + console.dim(uri) }
                console.print(line)
            }
        }

        private func listSynonyms(_ console: Console) throws {
            if format == .json {
                console.print(try JSONOutput.string(Vocabularies.synonyms.map(\.forms)))
                return
            }
            for group in Vocabularies.synonyms { console.print(group.forms.joined(separator: " ↔ ")) }
        }
    }
}

private struct VocabularyRow: Encodable {
    var name: String
    var label: String
    var summary: String
    var count: Int
}
