import CatalogCore
import Foundation

/// SPDX id of a licence named in a rights text (`CC BY-SA`, a Creative Commons URL…).
enum LicenseDetection {
    static func spdx(in text: String) -> String? {
        let folded = TextFolding.fold(text)
        if let url = folded.range(of: "creativecommons.org/licenses/") {
            let rest = folded[url.upperBound...].split(separator: "/")
            if rest.count >= 2 {
                let kind = rest[0].uppercased()
                return "CC-\(kind)-\(rest[1])" + (rest.count > 2 && rest[2] == "fr" ? "-FR" : "")
            }
        }
        if folded.contains("publicdomain/zero") || folded.contains("cc0") { return "CC0-1.0" }
        if folded.contains("licence ouverte") || folded.contains("etalab") { return "etalab-2.0" }
        let patterns: [(String, String)] = [
            ("cc by-nc-sa", "CC-BY-NC-SA"), ("cc by-nc-nd", "CC-BY-NC-ND"), ("cc by-sa", "CC-BY-SA"),
            ("cc by-nc", "CC-BY-NC"), ("cc by-nd", "CC-BY-ND"), ("cc by", "CC-BY"),
        ]
        for (pattern, id) in patterns {
            guard let range = folded.range(of: pattern) else { continue }
            let after = folded[range.upperBound...].trimmingPrefix(" ")
            let version = after.prefix { $0.isNumber || $0 == "." }
            return version.isEmpty ? nil : "\(id)-\(version)"
        }
        return nil
    }
}
