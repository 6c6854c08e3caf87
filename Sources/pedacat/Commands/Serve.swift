import ArgumentParser
import CatalogServer
import Foundation
import Hummingbird

extension Pedacat {
    struct Serve: ConsoleCommand {
        static let configuration = CommandConfiguration(
            abstract: "Sert le catalogue : moissonnage OAI-PMH, recherche JSON et page de recherche.",
            discussion: """
                Démarre un serveur web en lecture seule : page de recherche en français sur /, fiches sur /fiches/ID, \
                recherche JSON sur /api/search (mêmes paramètres que « pedacat search »), entrepôt OAI-PMH 2.0 sur /oai \
                (formats oai_dc et lom, ce dernier en ScoLOMFR). Écoute sur 127.0.0.1 par défaut ; Ctrl-C l'arrête proprement.
                Le catalogue est lu au démarrage : relancer le serveur après une modification des fiches.
                Exemples :
                  pedacat serve
                  pedacat serve --port 8081 --page-size 100
                  pedacat serve --host 0.0.0.0 --public-url https://catalogue.example.org --repository-id catalogue.example.org
                """
        )

        @OptionGroup var global: GlobalOptions

        @Option(help: ArgumentHelp("Adresse d'écoute (127.0.0.1 : cette machine seulement).", valueName: "adresse"))
        var host: String = "127.0.0.1"

        @Option(help: ArgumentHelp("Port d'écoute (0 : un port libre choisi par le système).", valueName: "port"))
        var port: Int = 8080

        @Option(
            name: .customLong("page-size"),
            help: ArgumentHelp("Enregistrements par réponse OAI-PMH avant un jeton de reprise.", valueName: "n"))
        var pageSize: Int = 50

        @Option(
            name: .customLong("repository-id"),
            help: ArgumentHelp(
                "Identifiant de l'entrepôt OAI (nom de domaine) : identifiants oai:ID:fiche.", valueName: "id"))
        var repositoryID: String = "pedacat.local"

        @Option(
            name: .customLong("public-url"),
            help: ArgumentHelp("Adresse publique du serveur, si elle diffère de celle de la requête.", valueName: "url")
        )
        var publicURL: String?

        @Option(
            name: .customLong("admin-email"),
            help: ArgumentHelp("Adresse de contact annoncée par OAI-PMH (Identify).", valueName: "courriel"))
        var adminEmail: String = "admin@pedacat.invalid"

        func validate() throws {
            guard (0...65_535).contains(port) else {
                throw ValidationError("--port \(port) : port invalide (0 à 65535).")
            }
            let range = CatalogServerConfiguration.pageSizeRange
            guard range.contains(pageSize) else {
                throw ValidationError(
                    "--page-size \(pageSize) : attendu entre \(range.lowerBound) et \(range.upperBound).")
            }
            guard CatalogServerConfiguration.isValidRepositoryIdentifier(repositoryID) else {
                throw ValidationError(
                    "--repository-id \(repositoryID) : un nom de domaine est attendu (ex. catalogue.example.org).")
            }
            if let publicURL, !(publicURL.hasPrefix("http://") || publicURL.hasPrefix("https://")) {
                throw ValidationError("--public-url \(publicURL) : adresse http:// ou https:// attendue.")
            }
        }

        func execute(console: Console) async throws {
            let configuration = CatalogServerConfiguration(
                host: host, port: port, catalogURL: global.catalogURL, indexURL: global.indexURL, pageSize: pageSize,
                repositoryIdentifier: repositoryID, adminEmail: adminEmail, publicBaseURL: publicURL)
            let catalogPath = global.catalogURL.path
            let host = host
            let app = try await buildApplication(configuration: configuration) { port in
                console.print("pedacat sert \(catalogPath) sur http://\(host):\(port)/ (Ctrl-C pour arrêter)")
            }
            try await app.runService()
            console.print("pedacat serve : arrêt propre.")
        }
    }
}
