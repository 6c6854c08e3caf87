/// Licence text and URL for the rights description (ScoLOMFR has no licence vocabulary).
enum Licenses {
    private static let creativeCommons: [String: (String, String)] = [
        "CC-BY-4.0": ("CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/"),
        "CC-BY-SA-4.0": ("CC BY-SA 4.0", "https://creativecommons.org/licenses/by-sa/4.0/"),
        "CC-BY-NC-4.0": ("CC BY-NC 4.0", "https://creativecommons.org/licenses/by-nc/4.0/"),
        "CC-BY-NC-SA-4.0": ("CC BY-NC-SA 4.0", "https://creativecommons.org/licenses/by-nc-sa/4.0/"),
        "CC-BY-ND-4.0": ("CC BY-ND 4.0", "https://creativecommons.org/licenses/by-nd/4.0/"),
        "CC-BY-NC-ND-4.0": ("CC BY-NC-ND 4.0", "https://creativecommons.org/licenses/by-nc-nd/4.0/"),
        "CC-BY-3.0-FR": ("CC BY 3.0 FR", "https://creativecommons.org/licenses/by/3.0/fr/"),
        "CC-BY-SA-3.0-FR": ("CC BY-SA 3.0 FR", "https://creativecommons.org/licenses/by-sa/3.0/fr/"),
        "CC0-1.0": ("CC0 1.0", "https://creativecommons.org/publicdomain/zero/1.0/"),
        "etalab-2.0": ("Licence Ouverte 2.0 (Etalab)", "https://www.etalab.gouv.fr/licence-ouverte-open-licence/"),
    ]

    /// `Licence CC BY-SA 4.0 https://…`, or the proprietary wording with the tool's URL.
    static func description(_ spdx: String, toolURL: String?) -> String {
        if spdx == "proprietary" || spdx.isEmpty {
            let terms = toolURL.map { " : voir les conditions d'utilisation de l'éditeur, \($0)" } ?? ""
            return "Licence propriétaire\(terms)"
        }
        if let (name, url) = creativeCommons[spdx] {
            return "Certains droits réservés : licence \(name) \(url)"
        }
        return "Licence \(spdx) https://spdx.org/licenses/\(spdx).html"
    }

    /// Whether copyright restrictions apply (everything but the public-domain dedication).
    static func restricted(_ spdx: String) -> Bool { spdx != "CC0-1.0" }
}
