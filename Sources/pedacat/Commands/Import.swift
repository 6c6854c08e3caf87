import ArgumentParser
import CatalogCore
import CatalogExport
import Foundation

extension Pedacat {
    struct Import: ConsoleCommand {
        static let configuration = CommandConfiguration(
            abstract: "Importe des notices LOM, LOMFR ou ScoLOMFR (1.x, 2.x, 3.x) en fiches brouillons.",
            discussion: """
                Chaque notice devient une nouvelle fiche (status: draft) dans catalog/scenarios/ ou catalog/tools/, \
                jamais par-dessus une fiche existante. L'identifiant et la localisation d'origine sont gardés dans la \
                section « Notice d'origine » du corps de la fiche : une notice déjà importée est reconnue et ignorée. \
                Niveaux et disciplines sont repris par leurs URI de concepts ScoLOMFR ou, pour les anciennes valeurs, \
                par les tables de migration officielles ; ce qui ne peut pas être repris est listé dans le rapport \
                et dans la section « Éléments non repris » de la fiche.
                Les fichiers sont lus sans réseau, sans DTD ni entités (XXE et « billion laughs » sont refusés).
                Exemple : pedacat import notices/*.xml
                """
        )

        @OptionGroup var global: GlobalOptions

        @Option(
            help: ArgumentHelp(
                "Dossier de catalogue où écrire les fiches (par défaut celui de --catalog).", valueName: "dossier"))
        var outputDir: String?

        @Argument(help: ArgumentHelp("Fichiers XML à importer.", valueName: "fichier"))
        var files: [String]

        func validate() throws {
            if files.isEmpty { throw ValidationError("Indiquez au moins un fichier XML à importer.") }
        }

        func execute(console: Console) async throws {
            let root =
                outputDir.map { URL(fileURLWithPath: $0, isDirectory: true).standardizedFileURL } ?? global.catalogURL
            let importer = Importer(catalogRoot: root)
            let report = importer.importFiles(files.map { URL(fileURLWithPath: $0).standardizedFileURL })
            console.print(report.text)
            if report.rejectedCount > 0 { throw ExitCode.failure }
        }
    }
}
