/// The Snowball French stemmer, written from the published algorithm
/// (https://snowballstem.org/algorithms/french/stemmer.html): elisions, vowel marking,
/// regions RV / R1 / R2, step 1 standard suffixes, steps 2a / 2b verb suffixes, step 3,
/// step 4 residual suffixes, step 5 undoubling and step 6 unaccenting.
///
/// Input is a lowercase word (NFC); output is its stem, accents kept (the analyzer folds them
/// afterwards). Checked against the whole Snowball test vocabulary by `FrenchStemmerTests`.
public enum FrenchStemmer {
    public static func stem(_ word: String) -> String {
        var stemmer = Work(Array(word.unicodeScalars))
        stemmer.run()
        var result = ""
        result.unicodeScalars.append(contentsOf: stemmer.w)
        return result
    }

    // Marked letters: upper case forms of the prelude, never vowels.
    static let markI: Unicode.Scalar = "I"
    static let markU: Unicode.Scalar = "U"
    static let markY: Unicode.Scalar = "Y"
    static let markH: Unicode.Scalar = "H"

    static func isVowel(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "a", "e", "i", "o", "u", "y", "â", "à", "ë", "é", "ê", "è", "ï", "î", "ô", "û", "ù": true
        default: false
        }
    }

    /// The state of one word being stemmed: its letters and the starts of RV, R1 and R2.
    struct Work {
        var w: [Unicode.Scalar]
        var pV = 0
        var p1 = 0
        var p2 = 0

        init(_ w: [Unicode.Scalar]) { self.w = w }

        mutating func run() {
            removeElision()
            prelude()
            markRegions()
            var changed = false
            if standardSuffix() || iVerbSuffix() || verbSuffix() {
                changed = true
            }
            if changed {
                // Step 3: final Y → i, ç → c.
                if let last = w.last {
                    if last == FrenchStemmer.markY {
                        w[w.count - 1] = "i"
                    } else if last == "ç" {
                        w[w.count - 1] = "c"
                    }
                }
            } else {
                residualSuffix()
            }
            unDouble()
            unAccent()
            postlude()
        }

        // MARK: Helpers

        func isVowel(at index: Int) -> Bool {
            index >= 0 && index < w.count && FrenchStemmer.isVowel(w[index])
        }

        /// A non-vowel exists at `index`.
        func isNonVowel(at index: Int) -> Bool {
            index >= 0 && index < w.count && !FrenchStemmer.isVowel(w[index])
        }

        func letter(at index: Int) -> Unicode.Scalar? {
            index >= 0 && index < w.count ? w[index] : nil
        }

        /// Whether the word ends with `suffix` before position `end`.
        func has(_ suffix: [Unicode.Scalar], endingAt end: Int) -> Bool {
            let start = end - suffix.count
            guard start >= 0 else { return false }
            for (offset, c) in suffix.enumerated() where w[start + offset] != c { return false }
            return true
        }

        /// The longest of `suffixes` that ends the word and starts at or after `limit`; returns its start.
        func longest(_ suffixes: SuffixSet, end: Int? = nil, limit: Int = 0) -> (suffix: String, start: Int)? {
            let end = end ?? w.count
            for (length, bucket) in suffixes.buckets where end - length >= limit {
                let start = end - length
                for (text, letters) in bucket where has(letters, endingAt: end) {
                    return (text, start)
                }
            }
            return nil
        }

        mutating func replace(from start: Int, with text: String) {
            w.replaceSubrange(start..<w.count, with: Array(text.unicodeScalars))
        }

        mutating func truncate(at start: Int) {
            w.removeSubrange(start..<w.count)
        }

        // MARK: Elisions, prelude, regions

        mutating func removeElision() {
            let apostrophe: Unicode.Scalar = "'"
            if w.count > 2, w[1] == apostrophe, "cdjlmnst".unicodeScalars.contains(w[0]) {
                w.removeFirst(2)
            } else if w.count > 3, w[0] == "q", w[1] == "u", w[2] == apostrophe {
                w.removeFirst(3)
            }
        }

        /// Marks u, i and y that are consonants (U, I, Y), ë and ï (He, Hi) and u after q.
        /// After a mark, scanning tries again at the same position, as `repeat goto` does.
        mutating func prelude() {
            var p = 0
            while p < w.count {
                if markAt(p) == nil { p += 1 }
            }
        }

        /// Tries the prelude's marking rules at `p`; returns nil when none applies.
        mutating func markAt(_ p: Int) -> Int? {
            if isVowel(at: p), let next = letter(at: p + 1) {
                if next == "u", isVowel(at: p + 2) {
                    w[p + 1] = FrenchStemmer.markU
                    return p + 3
                }
                if next == "i", isVowel(at: p + 2) {
                    w[p + 1] = FrenchStemmer.markI
                    return p + 3
                }
                if next == "y" {
                    w[p + 1] = FrenchStemmer.markY
                    return p + 2
                }
            }
            switch w[p] {
            case "ë":
                w.replaceSubrange(p...p, with: [FrenchStemmer.markH, "e"])
                return p + 2
            case "ï":
                w.replaceSubrange(p...p, with: [FrenchStemmer.markH, "i"])
                return p + 2
            case "y" where isVowel(at: p + 1):
                w[p] = FrenchStemmer.markY
                return p + 2
            case "q" where letter(at: p + 1) == "u":
                w[p + 1] = FrenchStemmer.markU
                return p + 2
            default:
                return nil
            }
        }

        mutating func markRegions() {
            let n = w.count
            pV = n
            p1 = n
            p2 = n
            if n >= 3, isVowel(at: 0), isVowel(at: 1) {
                pV = 3
            } else if hasPrefix("par") || hasPrefix("col") || hasPrefix("tap") {
                pV = 3
            } else if hasPrefix("ni"), isVowel(at: 2) {
                pV = 3
            } else {
                var i = 1
                while i < n && !isVowel(at: i) { i += 1 }
                if i < n { pV = i + 1 }
            }
            p1 = regionStart(after: 0)
            p2 = regionStart(after: p1)
        }

        func hasPrefix(_ text: String) -> Bool {
            let prefix = Array(text.unicodeScalars)
            return w.count >= prefix.count && Array(w[0..<prefix.count]) == prefix
        }

        /// Position after the first non-vowel that follows a vowel, from `start`.
        func regionStart(after start: Int) -> Int {
            var i = start
            while i < w.count && !isVowel(at: i) { i += 1 }
            while i < w.count && isVowel(at: i) { i += 1 }
            return i < w.count ? i + 1 : w.count
        }

        mutating func postlude() {
            var result: [Unicode.Scalar] = []
            result.reserveCapacity(w.count)
            var i = 0
            while i < w.count {
                let c = w[i]
                switch c {
                case FrenchStemmer.markI: result.append("i")
                case FrenchStemmer.markU: result.append("u")
                case FrenchStemmer.markY: result.append("y")
                case FrenchStemmer.markH:
                    if letter(at: i + 1) == "e" {
                        result.append("ë")
                        i += 1
                    } else if letter(at: i + 1) == "i" {
                        result.append("ï")
                        i += 1
                    }
                default: result.append(c)
                }
                i += 1
            }
            w = result
        }
    }
}

/// A set of suffixes grouped by length, longest first.
struct SuffixSet: Sendable {
    let buckets: [(length: Int, suffixes: [(text: String, letters: [Unicode.Scalar])])]

    init(_ list: [String]) {
        var byLength: [Int: [(text: String, letters: [Unicode.Scalar])]] = [:]
        for text in Set(list) {
            let letters = Array(text.unicodeScalars)
            byLength[letters.count, default: []].append((text, letters))
        }
        buckets = byLength.keys.sorted(by: >).map { ($0, byLength[$0]!) }
    }
}
