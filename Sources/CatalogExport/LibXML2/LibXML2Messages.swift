import Foundation

/// French wording for the libxml2 messages users meet most; others pass through unchanged.
enum LibXML2Messages {
    private static let replacements: [(String, String)] = [
        ("This element is not expected. Expected is one of", "Élément inattendu ; attendu : un de"),
        ("This element is not expected. Expected is", "Élément inattendu ; attendu :"),
        ("This element is not expected.", "Élément inattendu."),
        ("Missing child element(s). Expected is one of", "Élément(s) enfant(s) manquant(s) ; attendu : un de"),
        ("Missing child element(s). Expected is", "Élément(s) enfant(s) manquant(s) ; attendu :"),
        ("is not a valid value of the atomic type", "n'est pas une valeur valide du type"),
        ("is not a valid value of the local atomic type", "n'est pas une valeur valide du type local"),
        ("[facet 'enumeration'] The value", "[énumération] La valeur"),
        ("is not an element of the set", "n'appartient pas à l'ensemble"),
        ("[facet 'pattern'] The value", "[motif] La valeur"),
        ("is not accepted by the pattern", "ne respecte pas le motif"),
        (
            "No matching global declaration available for the validation root.",
            "Aucune déclaration globale ne correspond à l'élément racine."
        ),
        ("Duplicate key-sequence", "Valeur de clé en double"),
        ("The attribute", "L'attribut"),
        ("is not allowed.", "n'est pas autorisé."),
        ("is required but missing.", "est obligatoire mais absent."),
        ("Element", "Élément"),
        ("Premature end of data in tag", "Fin de données prématurée dans la balise"),
        ("Start tag expected, '<' not found", "Balise ouvrante attendue : '<' introuvable"),
        ("Opening and ending tag mismatch:", "Balises ouvrante et fermante différentes :"),
        ("Document is empty", "Document vide"),
        ("Extra content at the end of the document", "Contenu en trop après la fin du document"),
        ("EndTag: '</' not found", "Balise fermante '</' introuvable"),
        ("Couldn't find end of Start Tag", "Fin de la balise ouvrante introuvable"),
    ]

    static func french(_ message: String) -> String {
        var text = message
        for (english, french) in replacements where text.contains(english) {
            text = text.replacingOccurrences(of: english, with: french)
        }
        return text
    }
}
