import ArgumentParser
import CatalogCore
import Foundation

extension Pedacat {
    struct New: ConsoleCommand {
        static let configuration = CommandConfiguration(
            abstract: "Crée une fiche à compléter (scénario ou outil), avec chaque clé commentée.",
            discussion: """
                La fiche est écrite en brouillon (status: draft) dans catalog/scenarios/ ou catalog/tools/, \
                jamais par-dessus une fiche existante. Elle se charge sans erreur telle quelle : complétez-la, \
                puis vérifiez-la avec « pedacat validate ».
                Exemple : pedacat new scenario --id debat-ia-emc-3e --title "Débattre de l'IA en EMC"
                """
        )

        @OptionGroup var global: GlobalOptions

        @Argument(help: ArgumentHelp("Type de fiche : scenario ou tool.", valueName: "type"))
        var kind: Entry.Kind

        @Option(
            help: ArgumentHelp(
                "Identifiant (lettres minuscules, chiffres, tirets) ; tiré du titre par défaut.", valueName: "id"))
        var id: String?

        @Option(help: ArgumentHelp("Titre de la fiche.", valueName: "titre"))
        var title: String?

        @Flag(help: "Écrit la fiche sur la sortie standard au lieu de créer le fichier.")
        var stdout = false

        func validate() throws {
            if let id, !Slug.isValid(id) {
                throw ValidationError(
                    "--id \(id) : un identifiant ne contient que des lettres minuscules sans accent, des chiffres et des tirets (par exemple « \(Slug.make(from: id)) »)."
                )
            }
        }

        func execute(console: Console) async throws {
            let title = self.title ?? (kind == .scenario ? "Nouveau scénario" : "Nouvel outil")
            let id = self.id ?? Slug.make(from: title)
            let text = EntryTemplate.text(kind: kind, id: id, title: title, date: ISODate.today())
            if stdout {
                console.print(text)
                return
            }
            let folder = global.catalogURL.appendingPathComponent(kind.folder, isDirectory: true)
            let file = folder.appendingPathComponent("\(id).md")
            try EntryWriter.createNew(text, at: file)
            console.print(file.path)
            console.printError("Fiche créée en brouillon : complétez-la puis lancez « pedacat validate \(file.path) ».")
        }
    }
}
