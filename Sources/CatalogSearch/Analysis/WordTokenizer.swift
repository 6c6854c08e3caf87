import Foundation

/// Splits text into words: runs of letters and digits. Apostrophes end a French elision
/// (`l'inclusion` → `inclusion`, also with ’) and otherwise separate words; hyphens separate.
struct WordTokenizer {
    /// One word of the text: its lowercased form (NFC) and where it was written.
    struct Token {
        var word: String
        /// Range in the text's unicode scalars.
        var range: Range<String.UnicodeScalarView.Index>
    }

    /// Elided words dropped before an apostrophe.
    static let elisions: Set<String> = [
        "l", "d", "j", "n", "s", "c", "m", "t", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu",
    ]

    static func isApostrophe(_ c: Unicode.Scalar) -> Bool {
        c == "'" || c == "\u{2019}" || c == "\u{02BC}" || c == "\u{2018}"
    }

    static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        if c.isASCII {
            let v = c.value
            return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || (v >= 0x30 && v <= 0x39)
        }
        if (0x0300...0x036F).contains(c.value) { return true }  // combining accents (NFD text)
        let properties = c.properties
        return properties.isAlphabetic || properties.numericType != nil
    }

    /// Calls `body` with each word of `text`, in order.
    static func forEachToken(in text: String, _ body: (Token) -> Void) {
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex {
            guard isWordScalar(scalars[index]) else {
                index = scalars.index(after: index)
                continue
            }
            let start = index
            var word = ""
            var needsNormalization = false
            while index < scalars.endIndex, isWordScalar(scalars[index]) {
                let c = scalars[index]
                if c.isASCII {
                    let v = c.value
                    word.unicodeScalars.append(v >= 0x41 && v <= 0x5A ? Unicode.Scalar(v + 32)! : c)
                } else {
                    if (0x0300...0x036F).contains(c.value) { needsNormalization = true }
                    word += c.properties.lowercaseMapping
                }
                index = scalars.index(after: index)
            }
            // An elision: the word before an apostrophe followed by a letter.
            if index < scalars.endIndex, isApostrophe(scalars[index]), elisions.contains(word) {
                let next = scalars.index(after: index)
                if next < scalars.endIndex, isWordScalar(scalars[next]) {
                    index = next
                    continue
                }
            }
            if needsNormalization { word = word.precomposedStringWithCanonicalMapping }
            body(Token(word: word, range: start..<index))
        }
    }
}
