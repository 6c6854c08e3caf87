/// SPDX licence ids common for educational content and software, with French notes.
/// Source: https://spdx.org/licenses/ (ids are case-sensitive there; pedacat wants them exact).
public enum SPDXLicenses {
    /// Licences for open educational content (scenarios may use these).
    public static let content: [String: String] = [
        "CC-BY-4.0": "Creative Commons Attribution 4.0",
        "CC-BY-SA-4.0": "Creative Commons Attribution – Partage dans les mêmes conditions 4.0",
        "CC-BY-NC-4.0": "Creative Commons Attribution – Pas d'utilisation commerciale 4.0",
        "CC-BY-NC-SA-4.0":
            "Creative Commons Attribution – Pas d'utilisation commerciale – Partage dans les mêmes conditions 4.0",
        "CC-BY-ND-4.0": "Creative Commons Attribution – Pas de modification 4.0",
        "CC-BY-NC-ND-4.0": "Creative Commons Attribution – Pas d'utilisation commerciale – Pas de modification 4.0",
        "CC-BY-3.0": "Creative Commons Attribution 3.0",
        "CC-BY-SA-3.0": "Creative Commons Attribution – Partage dans les mêmes conditions 3.0",
        "CC-BY-NC-SA-3.0": "Creative Commons BY-NC-SA 3.0",
        "CC-BY-3.0-FR": "Creative Commons Attribution 3.0 France",
        "CC-BY-SA-3.0-FR": "Creative Commons BY-SA 3.0 France",
        "CC-BY-NC-SA-2.0-FR": "Creative Commons BY-NC-SA 2.0 France",
        "CC0-1.0": "Creative Commons Zero (domaine public)",
        "etalab-2.0": "Licence Ouverte / Open Licence 2.0 (Etalab)",
        "LO-2.0": "Licence Ouverte 2.0",
        "ODbL-1.0": "Open Database License 1.0",
        "GFDL-1.3-or-later": "GNU Free Documentation License 1.3 ou ultérieure",
    ]

    /// Software licences (tools, and scenarios that ship code).
    public static let software: [String: String] = [
        "MIT": "MIT",
        "Apache-2.0": "Apache 2.0",
        "BSD-2-Clause": "BSD à 2 clauses",
        "BSD-3-Clause": "BSD à 3 clauses",
        "ISC": "ISC",
        "MPL-2.0": "Mozilla Public License 2.0",
        "GPL-2.0-only": "GNU GPL 2.0 seulement",
        "GPL-2.0-or-later": "GNU GPL 2.0 ou ultérieure",
        "GPL-3.0-only": "GNU GPL 3.0 seulement",
        "GPL-3.0-or-later": "GNU GPL 3.0 ou ultérieure",
        "LGPL-2.1-only": "GNU LGPL 2.1 seulement",
        "LGPL-2.1-or-later": "GNU LGPL 2.1 ou ultérieure",
        "LGPL-3.0-only": "GNU LGPL 3.0 seulement",
        "LGPL-3.0-or-later": "GNU LGPL 3.0 ou ultérieure",
        "AGPL-3.0-only": "GNU AGPL 3.0 seulement",
        "AGPL-3.0-or-later": "GNU AGPL 3.0 ou ultérieure",
        "EUPL-1.2": "European Union Public Licence 1.2",
        "CECILL-2.1": "CeCILL 2.1",
        "CECILL-B": "CeCILL-B",
        "CECILL-C": "CeCILL-C",
        "Unlicense": "The Unlicense",
    ]

    /// Not SPDX: pedacat's value for a tool whose terms are the publisher's own.
    public static let proprietary = "proprietary"

    public static var all: [String: String] { content.merging(software) { first, _ in first } }

    public static func isKnown(_ id: String) -> Bool { content[id] != nil || software[id] != nil }

    /// The known id closest to `text`: same letters and digits first (`CC BY-SA 4.0` → `CC-BY-SA-4.0`),
    /// then by edit distance.
    public static func nearest(to text: String, allowingProprietary: Bool) -> String? {
        var candidates = Array(all.keys).sorted()
        if allowingProprietary { candidates.append(proprietary) }
        let key = squeezed(text)
        if let same = candidates.first(where: { squeezed($0) == key }) { return same }
        if ["licenceouverte20", "licenceouverte", "etalab", "lo20"].contains(key) { return "etalab-2.0" }
        let found = candidates.map { ($0, EditDistance.levenshtein(key, squeezed($0))) }.min { $0.1 < $1.1 }
        guard let found, found.1 <= max(2, key.count / 3) else { return nil }
        return found.0
    }

    private static func squeezed(_ text: String) -> String {
        String(
            TextFolding.fold(text).unicodeScalars.filter { ("a"..."z").contains($0) || ("0"..."9").contains($0) }.map(
                Character.init))
    }
}
