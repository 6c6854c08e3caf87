import Foundation

/// Case and accent folding shared by suggestions and search (`Élèves` → `eleves`).
public enum TextFolding {
    /// Lowercases, removes diacritics, and turns ligatures into their letters (œ → oe).
    public static func fold(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.lowercased().unicodeScalars {
            if scalar.isASCII {
                result.unicodeScalars.append(scalar)
                continue
            }
            switch scalar {
            case "œ": result += "oe"
            case "æ": result += "ae"
            case "ß": result += "ss"
            case "\u{2019}", "\u{2018}", "\u{02BC}": result += "'"
            default:
                let decomposed = String(scalar).decomposedStringWithCanonicalMapping
                for part in decomposed.unicodeScalars
                where !(0x0300...0x036F).contains(part.value) {
                    result.unicodeScalars.append(part)
                }
            }
        }
        return result
    }
}
