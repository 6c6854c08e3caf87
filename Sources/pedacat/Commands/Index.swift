import ArgumentParser
import CatalogCore
import CatalogSearch
import Foundation

extension Pedacat {
    struct Index: ConsoleCommand {
        static let configuration = CommandConfiguration(
            abstract: "Met à jour l'index de recherche (ou le reconstruit avec --rebuild).",
            discussion: """
                L'index est un cache (.pedacat/index.sqlite à côté du catalogue) : seules les fiches ajoutées, \
                modifiées ou supprimées sont relues. « search » le met à jour tout seul ; cette commande sert \
                à le préparer à l'avance ou à le reconstruire. Une fiche illisible est signalée et ignorée.
                Exemple : pedacat index --rebuild
                """
        )

        @OptionGroup var global: GlobalOptions
        @Flag(name: .long, help: "Reconstruit tout l'index (remplacé d'un coup, jamais à moitié écrit).")
        var rebuild = false
        @Option(help: OutputFormat.help) var format: OutputFormat = .text

        func execute(console: Console) async throws {
            let index = try SearchIndex(catalog: global.catalogURL, index: global.indexURL)
            let report = rebuild ? try index.rebuild() : try index.update()
            switch format {
            case .json:
                console.print(try JSONOutput.string(IndexReportJSON(report)))
            case .text:
                for finding in report.findings { console.printError(finding.formatted) }
                console.print(Self.summary(report, path: global.indexURL.path))
            }
            if report.findings.hasErrors { throw ExitCode.failure }
        }

        static func summary(_ report: IndexUpdateReport, path: String) -> String {
            let counts =
                "\(report.added) ajoutée(s), \(report.updated) modifiée(s), \(report.removed) retirée(s), "
                + "\(report.unchanged) inchangée(s)"
            if report.rebuilt { return "Index reconstruit : \(report.added) fiche(s) indexée(s) (\(path))." }
            if report.isUnchanged { return "Index à jour (\(report.unchanged) fiche(s))." }
            return "Index mis à jour : \(counts)."
        }
    }
}

/// `index --format json`.
struct IndexReportJSON: Encodable {
    var added: Int
    var updated: Int
    var removed: Int
    var unchanged: Int
    var rebuilt: Bool
    var findings: [Finding]

    init(_ report: IndexUpdateReport) {
        added = report.added
        updated = report.updated
        removed = report.removed
        unchanged = report.unchanged
        rebuilt = report.rebuilt
        findings = report.findings
    }
}
