import ArgumentParser
import CatalogCore
import Foundation

@main
struct Pedacat: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pedacat",
        abstract: "Catalogue de scénarios pédagogiques et d'outils d'IA pour l'école.",
        discussion: """
            pedacat lit les fiches du dossier catalog/ (un fichier Markdown par fiche, avec un en-tête YAML), \
            les cherche en français, les vérifie pour les curateurs et les exporte en ScoLOMFR, LOM et Dublin Core.

            Exemples :
              pedacat list --level cycle-4 --theme usage-responsable
              pedacat show le-chat-mistral
              pedacat new scenario --id mon-scenario --title "Mon scénario"
              pedacat vocab levels

            Codes de sortie : 0 tout va bien, 1 problèmes trouvés ou échec, 2 erreur d'utilisation.
            Aide d'une commande : pedacat help COMMANDE (ou pedacat COMMANDE --help).
            """,
        version: "0.1.0",
        subcommands: [
            List.self, Show.self, Search.self, Index.self, Analyze.self, New.self, Vocab.self, Validate.self,
            Export.self, Import.self, Serve.self,
        ]
    )

    /// Runs the command line with pedacat's exit codes: 2 for a usage error (ArgumentParser
    /// would use 64), 1 with a French message for a failure of the command itself.
    static func main() async {
        await main(arguments: Array(CommandLine.arguments.dropFirst()))
    }

    static func main(arguments: [String]) async {
        do {
            var command = try parseAsRoot(arguments)
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let error as any UserFacingError {
            FileHandle.standardError.write(Data("pedacat : \(error.description)\n".utf8))
            Foundation.exit(1)
        } catch {
            let code = exitCode(for: error)
            let message = FrenchHelp.translate(fullMessage(for: error))
            if code == .success {
                FileHandle.standardOutput.write(Data("\(message)\n".utf8))
                Foundation.exit(0)
            }
            if !message.isEmpty { FileHandle.standardError.write(Data("\(message)\n".utf8)) }
            // Usage errors exit with 2 (ArgumentParser's own code is 64).
            Foundation.exit(code == .validationFailure ? 2 : code.rawValue)
        }
    }
}
