/// Word shingles of a text, as sorted unique 64-bit hashes: the sets near-duplicate detection
/// compares (Jaccard similarity).
public enum Shingles {
    /// Words of the folded text (case, accents and ligatures removed), split on anything that is
    /// not a letter or a digit, then hashed pairs of consecutive words (2-shingles). A text of
    /// one word gives that word alone.
    public static func of(_ text: String, size: Int = 2) -> [UInt64] {
        let words = words(of: text)
        guard !words.isEmpty else { return [] }
        var hashes: [UInt64] = []
        if words.count < size {
            hashes.append(words.reduce(0xcbf2_9ce4_8422_2325) { combine($0, $1) })
        } else {
            hashes.reserveCapacity(words.count - size + 1)
            for start in 0...(words.count - size) {
                var hash: UInt64 = 0xcbf2_9ce4_8422_2325
                for offset in 0..<size { hash = combine(hash, words[start + offset]) }
                hashes.append(hash)
            }
        }
        hashes.sort()
        var unique: [UInt64] = []
        unique.reserveCapacity(hashes.count)
        for hash in hashes where unique.last != hash { unique.append(hash) }
        return unique
    }

    /// FNV-1a hashes of the words of the folded text (`TextFolding.fold`, done here scalar by
    /// scalar without building the folded string: this runs over every entry of the catalogue).
    static func words(of text: String) -> [UInt64] {
        var words: [UInt64] = []
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var inWord = false
        func add(_ byte: UInt8) {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            inWord = true
        }
        func endWord() {
            if inWord { words.append(hash) }
            hash = 0xcbf2_9ce4_8422_2325
            inWord = false
        }
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                let byte = UInt8(value)
                if byte >= 0x61 && byte <= 0x7A || byte >= 0x30 && byte <= 0x39 {
                    add(byte)
                } else if byte >= 0x41 && byte <= 0x5A {
                    add(byte + 0x20)
                } else {
                    endWord()
                }
            } else if let folded = latinFolding[value] {
                for byte in folded.utf8 { add(byte) }
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                for byte in TextFolding.fold(String(scalar)).utf8 { add(byte) }
            } else {
                endWord()
            }
        }
        endWord()
        return words
    }

    /// The accented letters of French (both cases), folded as `TextFolding.fold` does.
    private static let latinFolding: [UInt32: String] = {
        var table: [UInt32: String] = [:]
        for scalar in "àâäáãåçéèêëíìîïñóòôöõúùûüýÿÀÂÄÁÃÅÇÉÈÊËÍÌÎÏÑÓÒÔÖÕÚÙÛÜÝŸœŒæÆß".unicodeScalars {
            table[scalar.value] = TextFolding.fold(String(scalar))
        }
        return table
    }()

    static func combine(_ seed: UInt64, _ value: UInt64) -> UInt64 {
        MinHash.mix(seed ^ (value &+ 0x9E37_79B9_7F4A_7C15 &+ (seed << 6) &+ (seed >> 2)))
    }

    /// Exact Jaccard similarity of two sorted unique hash lists.
    public static func jaccard(_ a: [UInt64], _ b: [UInt64]) -> Double {
        if a.isEmpty && b.isEmpty { return 1 }
        var i = 0
        var j = 0
        var common = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] {
                common += 1
                i += 1
                j += 1
            } else if a[i] < b[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return Double(common) / Double(a.count + b.count - common)
    }
}
