public import ArgumentParser
import CatalogCore
public import CatalogExport
import Foundation

extension ExportFormat: ExpressibleByArgument {}

extension Pedacat {
    struct Export: ConsoleCommand {
        static let configuration = CommandConfiguration(
            abstract: "Exporte les fiches en notices ScoLOMFR, LOM ou Dublin Core (oai_dc).",
            discussion: """
                Écrit DOSSIER/<format>/<id>.xml (DOSSIER = exports/ par défaut). Les éléments obligatoires \
                ScoLOMFR sont toujours vérifiés ; avec --schema, chaque notice est aussi validée contre le XSD \
                avant toute écriture. Tout ou rien : si une notice est invalide, aucun fichier ne change. \
                Seuls les fichiers modifiés sont réécrits ; les fichiers des fiches supprimées ou retirées sont \
                effacés (seulement ceux que pedacat a écrits). Les brouillons sont ignorés sauf avec \
                --include-drafts ; les fiches retirées (withdrawn) ne sont jamais exportées.
                Exemples :
                  pedacat export --format scolomfr
                  pedacat export --format lom --output /tmp/notices --schema ../shared/standards/lom/lomStrict.xsd
                  pedacat export --format oai_dc reseau-neurones-humain-4e
                """
        )

        @OptionGroup var global: GlobalOptions

        @Option(help: ArgumentHelp("Format : scolomfr, lom ou oai_dc.", valueName: "format"))
        var format: ExportFormat

        @Option(help: ArgumentHelp("Dossier de sortie (par défaut exports/).", valueName: "dossier"))
        var output: String = "exports"

        @Flag(help: "Exporte aussi les brouillons (status: draft).")
        var includeDrafts = false

        @Option(
            help: ArgumentHelp("Schéma XSD contre lequel valider chaque notice avant de l'écrire.", valueName: "xsd"))
        var schema: String?

        @Option(
            help: ArgumentHelp(
                "Catalogue XML (OASIS) pour résoudre hors ligne les imports du schéma ; par défaut catalog.xml à côté du dossier du schéma s'il existe, sinon XML_CATALOG_FILES.",
                valueName: "fichier"))
        var xmlCatalog: String?

        @Option(help: ArgumentHelp("Adresse publique des fiches (technical/location des scénarios).", valueName: "url"))
        var baseURL: String = RecordSettings.default.baseURL

        @Flag(help: "Vérifie chaque notice (éléments obligatoires, --schema) sans rien écrire.")
        var check = false

        @Option(help: OutputFormat.help)
        var outputFormat: OutputFormat = .text

        @Argument(help: ArgumentHelp("Identifiants des fiches à exporter (toutes par défaut).", valueName: "id"))
        var ids: [String] = []

        func execute(console: Console) async throws {
            let catalog = try global.loadCatalog()
            let schemaURL = schema.map { URL(fileURLWithPath: $0).standardizedFileURL }
            var options = ExportOptions(
                format: format, output: URL(fileURLWithPath: output, isDirectory: true).standardizedFileURL,
                includeDrafts: includeDrafts, ids: ids, schema: schemaURL,
                xmlCatalog: xmlCatalog.map { URL(fileURLWithPath: $0) } ?? schemaURL.flatMap(Self.nearbyCatalog))
            options.dryRun = check
            let exporter = Exporter(catalog: catalog, settings: RecordSettings(baseURL: baseURL))
            let showProgress = console.isTerminal && isatty(STDERR_FILENO) == 1
            let report = try exporter.export(options) { done, total in
                guard showProgress, total >= 200, done % 100 == 0 || done == total else { return }
                console.write(
                    "\rExport \(format.rawValue) : \(done)/\(total)" + (done == total ? "\n" : ""), error: true)
            }
            if outputFormat == .json {
                console.print(try JSONOutput.string(report))
                return
            }
            for skipped in report.skipped { console.printError("\(skipped.id) : ignorée — \(skipped.reason)") }
            if check {
                console.print(
                    "\(report.written.count) notice(s) \(format.rawValue) vérifiée(s) : aucune erreur, rien n'a été écrit."
                )
                return
            }
            console.print(
                "\(report.directory) : \(report.written.count) écrite(s), \(report.unchanged.count) inchangée(s), "
                    + "\(report.removed.count) supprimée(s)")
        }

        /// `catalog.xml` in the schema's folder or one of its parents (shared/standards layout).
        static func nearbyCatalog(for schema: URL) -> URL? {
            var folder = schema.deletingLastPathComponent()
            for _ in 0..<4 {
                let candidate = folder.appendingPathComponent("catalog.xml")
                if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
                folder = folder.deletingLastPathComponent()
            }
            return nil
        }
    }
}
