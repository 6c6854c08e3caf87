public import ArgumentParser
public import CatalogCore
import Foundation

/// Options every command takes.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Dossier du catalogue.", valueName: "dossier"))
    var catalog: String = "catalog"

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Fichier d'index de recherche (un cache ; par défaut .pedacat/index.sqlite à côté du catalogue).",
            valueName: "fichier"))
    var index: String?

    var catalogURL: URL { URL(fileURLWithPath: catalog, isDirectory: true).standardizedFileURL }

    /// `.pedacat/index.sqlite` in the folder that holds the catalogue, unless `--index` says otherwise.
    var indexURL: URL {
        if let index { return URL(fileURLWithPath: index).standardizedFileURL }
        return catalogURL.deletingLastPathComponent()
            .appendingPathComponent(".pedacat", isDirectory: true)
            .appendingPathComponent("index.sqlite")
    }

    func loadCatalog() throws -> Catalog {
        try CatalogLoader(root: catalogURL, recordingLocations: false).load()
    }
}

/// `--format text|json`.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    case text
    case json

    static var help: ArgumentHelp {
        ArgumentHelp("Format de sortie : text (pour les personnes) ou json (pour les programmes).", valueName: "format")
    }
}

/// `--kind scenario|tool`.
extension Entry.Kind: ExpressibleByArgument {}

/// Filters shared by `list` and `search`.
struct FilterOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Type de fiche : scenario ou tool.", valueName: "type"))
    var kind: [Entry.Kind] = []

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Niveau (répétable) ; un cycle inclut ses classes : --level cycle-4 trouve aussi la 4e.", valueName: "id"))
    var level: [String] = []

    @Option(
        name: .long, help: ArgumentHelp("Discipline (répétable), voir « pedacat vocab disciplines ».", valueName: "id"))
    var discipline: [String] = []

    @Option(name: .long, help: ArgumentHelp("Thème (répétable), voir « pedacat vocab themes ».", valueName: "id"))
    var theme: [String] = []

    var filter: EntryFilter {
        EntryFilter(kinds: kind, levels: level, disciplines: discipline, themes: theme)
    }

    func validate() throws {
        for unknown in filter.unknownValues() {
            var message = "\(unknown.key) \(unknown.value) : identifiant inconnu."
            if let suggestion = unknown.suggestion { message += " Vouliez-vous dire « \(suggestion) » ?" }
            throw ValidationError(message)
        }
    }
}
