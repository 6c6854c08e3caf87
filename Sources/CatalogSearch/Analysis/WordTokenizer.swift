import Foundation

/// Splits text into words: runs of letters and digits. Apostrophes end a French elision
/// (`l'inclusion` → `inclusion`, also with ’) and otherwise separate words; hyphens separate.
///
/// Works on the UTF-8 bytes (ASCII through a table, other letters decoded), and hands out each
/// word as written; `TermAnalyzer` lowercases and normalizes it once per distinct spelling.
enum WordTokenizer {
    /// One word of the text as written, and its byte range in the text's UTF-8.
    struct Token {
        var raw: String
        var range: Range<Int>

        /// The word lowercased (NFC).
        var word: String { WordTokenizer.normalize(raw) }
    }

    /// Elided words dropped before an apostrophe (lowercase).
    static let elisions: Set<String> = [
        "l", "d", "j", "n", "s", "c", "m", "t", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu",
    ]

    private static let asciiWord: [Bool] = (0..<128).map { byte in
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
    }

    static func isApostrophe(_ c: Unicode.Scalar) -> Bool {
        c == "'" || c == "\u{2019}" || c == "\u{02BC}" || c == "\u{2018}"
    }

    static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return asciiWord[Int(v)] }
        if v >= 0xC0 && v <= 0x24F { return v != 0xD7 && v != 0xF7 }  // Latin letters with accents
        if (0x0300...0x036F).contains(v) { return true }  // combining accents (NFD text)
        let properties = c.properties
        return properties.isAlphabetic || properties.numericType != nil
    }

    /// Lowercase, NFC form of a word as written.
    static func normalize(_ raw: String) -> String {
        if raw.utf8.allSatisfy({ $0 < 0x80 }) {
            return raw.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) ? raw.lowercased() : raw
        }
        let lowered = raw.lowercased()
        if lowered.unicodeScalars.contains(where: { (0x0300...0x036F).contains($0.value) }) {
            return lowered.precomposedStringWithCanonicalMapping
        }
        return lowered
    }

    /// Decodes the scalar starting at `i`; returns it and its length in bytes.
    @inline(__always)
    private static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (Unicode.Scalar, Int) {
        let b0 = bytes[i]
        if b0 < 0x80 { return (Unicode.Scalar(b0), 1) }
        var length = 1
        var value: UInt32
        if b0 & 0xE0 == 0xC0 {
            length = 2
            value = UInt32(b0 & 0x1F)
        } else if b0 & 0xF0 == 0xE0 {
            length = 3
            value = UInt32(b0 & 0x0F)
        } else {
            length = 4
            value = UInt32(b0 & 0x07)
        }
        guard i + length <= bytes.count else { return ("\u{FFFD}", 1) }
        for k in 1..<length { value = (value << 6) | UInt32(bytes[i + k] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    /// Calls `body` with each word of `text`, in order.
    static func forEachToken(in text: String, _ body: (Token) -> Void) {
        forEachWord(in: text) { bytes, range in
            body(Token(raw: String(decoding: bytes, as: UTF8.self), range: range))
        }
    }

    /// Calls `body` with the UTF-8 bytes and byte range of each word of `text`, in order
    /// (no `String` made per word).
    static func forEachWord(in text: String, _ body: (UnsafeBufferPointer<UInt8>, Range<Int>) -> Void) {
        var text = text
        // The ASCII table read once here, not through its lazy global at every character.
        let ascii = asciiWord
        @inline(__always) func isWord(_ c: Unicode.Scalar) -> Bool {
            c.value < 0x80 ? ascii[Int(c.value)] : isWordScalar(c)
        }
        text.withUTF8 { bytes in
            let count = bytes.count
            var i = 0
            while i < count {
                let (first, firstLength) = scalar(bytes, at: i)
                guard isWord(first) else {
                    i += firstLength
                    continue
                }
                let start = i
                i += firstLength
                while i < count {
                    let (c, length) = scalar(bytes, at: i)
                    guard isWord(c) else { break }
                    i += length
                }
                let word = UnsafeBufferPointer(rebasing: bytes[start..<i])
                // An elision: a short word before an apostrophe followed by a letter.
                if i < count, i - start <= 6 {
                    let (c, length) = scalar(bytes, at: i)
                    if isApostrophe(c), i + length < count, isWord(scalar(bytes, at: i + length).0),
                        elisions.contains(normalize(String(decoding: word, as: UTF8.self)))
                    {
                        i += length
                        continue
                    }
                }
                body(word, start..<i)
            }
        }
    }
}
