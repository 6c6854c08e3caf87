import ArgumentParser
import CatalogSearch

extension Pedacat {
    struct Analyze: ConsoleCommand {
        static let configuration = CommandConfiguration(
            abstract: "Montre comment la recherche découpe et réduit un texte en termes.",
            discussion: """
                Chaque mot est mis en minuscules, les élisions (l', d', qu'…) sont retirées, les mots vides \
                (le, de, et…) ignorés, puis le mot est réduit à sa racine (algorithme Snowball français) sans accents.
                Exemple : pedacat analyze "L'évaluation des élèves"
                """
        )

        @Argument(help: ArgumentHelp("Texte à analyser.", valueName: "texte"))
        var text: [String]
        @Option(help: OutputFormat.help) var format: OutputFormat = .text

        func execute(console: Console) async throws {
            let joined = text.joined(separator: " ")
            let analysis = FrenchAnalyzer.analysis(joined)
            switch format {
            case .json:
                let output = AnalysisJSON(
                    text: joined, terms: analysis.compactMap(\.term),
                    words: analysis.map { AnalysisJSON.Word(word: $0.word, term: $0.term) })
                console.print(try JSONOutput.string(output))
            case .text:
                for item in analysis {
                    console.print("\(item.word) → " + (item.term.map { console.bold($0) } ?? console.dim("(mot vide)")))
                }
                console.print("Termes : " + analysis.compactMap(\.term).joined(separator: " "))
            }
        }
    }
}

/// `analyze --format json`.
struct AnalysisJSON: Encodable {
    struct Word: Encodable {
        var word: String
        var term: String?

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(word, forKey: .word)
            try container.encode(term, forKey: .term)
        }

        enum CodingKeys: String, CodingKey { case word, term }
    }

    var text: String
    var terms: [String]
    var words: [Word]
}
