import ArgumentParser

@main
struct Pedacat: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pedacat",
        abstract: "Catalogue de scénarios pédagogiques et d'outils d'IA pour l'école.",
        discussion: """
            pedacat lit les fiches du dossier catalog/ (un fichier Markdown par fiche, avec un en-tête YAML),
            les cherche en français, les vérifie pour les curateurs et les exporte en ScoLOMFR, LOM et Dublin Core.

            Exemples :
              pedacat list --level cycle-4 --theme usage-responsable
              pedacat show le-chat-mistral
              pedacat new scenario
              pedacat vocab levels

            Codes de sortie : 0 tout va bien, 1 problèmes trouvés ou échec, 2 erreur d'utilisation.
            """,
        version: "0.1.0",
        subcommands: []
    )
}
