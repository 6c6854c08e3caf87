import ArgumentParser
import CatalogCore
import Foundation

extension Pedacat {
    struct Validate: ConsoleCommand {
        static let configuration = CommandConfiguration(
            abstract: "Vérifie les fiches du catalogue (structure, vocabulaires, références, doublons, cadre IA 2025).",
            discussion: """
                Sans chemin, vérifie tout le catalogue ; avec des fichiers ou des dossiers, seulement ces fiches \
                (les références aux autres fiches sont toujours résolues dans tout le catalogue).
                Chaque problème est donné sous la forme fichier:ligne:colonne: erreur|avertissement: message [règle].
                Les règles du cadre d'usage de l'IA en éducation (2025) sont préfixées par cadre.

                Exemples :
                  pedacat validate
                  pedacat validate catalog/scenarios/debat-ia-4e.md --strict
                  pedacat validate --format sarif > pedacat.sarif
                  pedacat validate --explain cadre.min-age

                Codes de sortie : 0 aucune erreur, 1 erreurs (ou avertissements avec --strict), 2 erreur d'utilisation.
                """
        )

        @OptionGroup var global: GlobalOptions

        @Argument(
            help: ArgumentHelp(
                "Fichiers ou dossiers de fiches à vérifier (par défaut : tout le catalogue).", valueName: "chemin"))
        var paths: [String] = []

        @Flag(help: "Les avertissements font aussi échouer la vérification (code de sortie 1).")
        var strict = false

        @Option(
            help: ArgumentHelp(
                "Format : text, json ou sarif (SARIF 2.1.0, pour les outils d'analyse de code).", valueName: "format"))
        var format: ValidateFormat = .text

        @Option(
            help: ArgumentHelp(
                "Explique une règle : ce qu'elle vérifie, pourquoi, et comment corriger.", valueName: "règle"))
        var explain: String?

        @Option(help: .hidden) var today: String?

        func validate() throws {
            if let explain, Validator.descriptor(explain) == nil {
                let ids = Validator.allDescriptors.map(\.id)
                let nearest = NearestID.find(explain, among: ids)
                throw ValidationError(
                    "Règle inconnue « \(explain) »."
                        + (nearest.map { " Vouliez-vous dire « \($0) » ?" }
                            ?? " Règles : \(ids.joined(separator: ", ")).")
                )
            }
            if let today, ISODate(today) == nil {
                throw ValidationError("--today attend une date AAAA-MM-JJ, pas « \(today) ».")
            }
        }

        func execute(console: Console) async throws {
            if let explain, let rule = Validator.descriptor(explain) {
                printExplanation(rule, console: console)
                return
            }
            let loader = CatalogLoader(root: global.catalogURL)
            let files = try selectedFiles(loader)
            let catalog = try loader.load()
            var validator = Validator()
            if let today = today.flatMap(ISODate.init) { validator.today = today }
            let findings = validator.validate(catalog, only: files.map { Set($0.map(\.displayPath)) })
            let checked = try files?.count ?? loader.entryFiles().count

            switch format {
            case .text: printText(findings, checked: checked, console: console)
            case .json:
                console.print(try JSONOutput.string(ValidationReport(findings: findings, filesChecked: checked)))
            case .sarif:
                let log = SARIFLog(
                    findings: findings, rules: Validator.allDescriptors,
                    toolVersion: Pedacat.configuration.version)
                console.print(try JSONOutput.string(log))
            }
            let failed = findings.hasErrors || (strict && !findings.isEmpty)
            if failed { throw ExitCode.failure }
        }

        /// The entry files the paths name (files, or folders holding them); `nil` for the whole catalogue.
        private func selectedFiles(_ loader: CatalogLoader) throws -> [EntryFile]? {
            guard !paths.isEmpty else { return nil }
            let all = try loader.entryFiles()
            var selected: [EntryFile] = []
            for path in paths {
                let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
                guard FileManager.default.fileExists(atPath: absolute) else {
                    throw ValidationError("Chemin introuvable : « \(path) ».")
                }
                let matches = all.filter {
                    let file = $0.url.standardizedFileURL.path
                    return file == absolute || file.hasPrefix(absolute.hasSuffix("/") ? absolute : absolute + "/")
                }
                guard !matches.isEmpty else {
                    throw ValidationError(
                        "« \(path) » ne contient aucune fiche du catalogue « \(global.catalog) » (fichiers .md de scenarios/ ou tools/). Indiquez le catalogue avec --catalog."
                    )
                }
                selected += matches.filter { match in !selected.contains { $0.url == match.url } }
            }
            return selected
        }

        private func printText(_ findings: [Finding], checked: Int, console: Console) {
            var lastFile: String?
            for finding in findings {
                if let lastFile, lastFile != finding.location.file { console.print() }
                lastFile = finding.location.file
                let label =
                    finding.severity == .error
                    ? console.red(console.bold(finding.severity.label))
                    : console.yellow(console.bold(finding.severity.label))
                console.print(
                    "\(console.bold(finding.location.description)): \(label): \(finding.message) \(console.dim("[\(finding.rule)]"))"
                )
            }
            if !findings.isEmpty { console.print() }
            let summary = ValidationReport.summary(findings, filesChecked: checked)
            let failed = findings.hasErrors || (strict && !findings.isEmpty)
            console.print(
                failed ? console.red(summary) : findings.isEmpty ? console.green(summary) : console.yellow(summary))
        }

        private func printExplanation(_ rule: RuleDescriptor, console: Console) {
            console.print("\(console.bold(rule.id)) (\(rule.severity.label)) — \(rule.title)")
            console.print()
            console.print(rule.explanation)
        }
    }
}

/// `--format text|json|sarif` for validate.
enum ValidateFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    case text, json, sarif
}
