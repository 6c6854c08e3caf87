/// ArgumentParser writes its headings and built-in texts in English; pedacat's users read
/// French. This turns those fixed strings into French (the texts pedacat writes are French already).
enum FrenchHelp {
    private static let replacements: [(String, String)] = [
        ("OVERVIEW:", "PRÉSENTATION :"),
        ("USAGE:", "UTILISATION :"),
        ("ARGUMENTS:", "ARGUMENTS :"),
        ("OPTIONS:", "OPTIONS :"),
        ("SUBCOMMANDS:", "COMMANDES :"),
        ("Show help information.", "Affiche cette aide."),
        ("Show the version.", "Affiche la version."),
        ("  See 'pedacat help <subcommand>' for detailed help.", "  Aide détaillée : pedacat help COMMANDE"),
        ("(default:", "(par défaut :"),
        ("(values:", "(valeurs :"),
        ("Error: ", "Erreur : "),
        ("Usage: ", "Utilisation : "),
        ("  See '", "  Voir « "),
        ("' for more information.", " » pour plus d'informations."),
        ("Missing expected argument", "Argument manquant"),
        ("Unknown option", "Option inconnue"),
        ("Unexpected argument", "Argument inattendu"),
        ("Missing value for", "Valeur manquante pour"),
        ("The value '", "La valeur « "),
        ("' is invalid for", " » n'est pas valide pour"),
        ("Please provide one of", "Valeurs possibles :"),
        ("Did you mean", "Vouliez-vous dire"),
    ]

    static func translate(_ text: String) -> String {
        var result = text
        for (english, french) in replacements { result = result.replacing(english, with: french) }
        return result
    }
}
