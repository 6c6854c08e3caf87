// Steps 1 to 6 of the Snowball French stemmer, on the marked word.
extension FrenchStemmer.Work {
    private static let standard = SuffixSet([
        "ance", "iqUe", "isme", "able", "iste", "eux", "ances", "iqUes", "ismes", "ables", "istes",
        "atrice", "ateur", "ation", "atrices", "ateurs", "ations", "logie", "logies",
        "usion", "ution", "usions", "utions", "ence", "ences", "ement", "ements", "ité", "ités",
        "if", "ive", "ifs", "ives", "eaux", "aux", "oux", "euse", "euses", "issement", "issements",
        "amment", "emment", "ment", "ments",
    ])
    private static let afterEment = SuffixSet(["iv", "eus", "abl", "iqU", "ièr", "Ièr"])
    private static let afterIte = SuffixSet(["abil", "ic", "iv"])
    private static let iVerb = SuffixSet([
        "îmes", "ît", "îtes", "i", "ie", "ies", "ir", "ira", "irai", "iraIent", "irais", "irait", "iras",
        "irent", "irez", "iriez", "irions", "irons", "iront", "is", "issaIent", "issais", "issait",
        "issant", "issante", "issantes", "issants", "isse", "issent", "isses", "issez", "issiez",
        "issions", "issons", "it",
    ])
    private static let verbDelete: Set<String> = [
        "é", "ée", "ées", "és", "èrent", "er", "era", "erai", "eraIent", "erais", "erait", "eras", "erez",
        "eriez", "erions", "erons", "eront", "ez", "iez",
    ]
    private static let verbDeleteWithE: Set<String> = [
        "âmes", "ât", "âtes", "a", "ai", "aIent", "ait", "ant", "ante", "antes", "ants", "as",
        "asse", "assent", "asses", "assiez", "assions",
    ]
    private static let verb = SuffixSet(
        Array(verbDelete) + Array(verbDeleteWithE) + ["ions", "ais", "aise", "aises", "eais"])
    private static let residual = SuffixSet(["ion", "ier", "ière", "Ier", "Ière", "e"])

    private var n: Int { w.count }

    /// Step 1. Returns true when the step succeeded (then steps 2a and 2b are skipped).
    mutating func standardSuffix() -> Bool {
        guard let (suffix, s) = longest(Self.standard) else { return false }
        switch suffix {
        case "ance", "iqUe", "isme", "able", "iste", "eux", "ances", "iqUes", "ismes", "ables", "istes":
            guard s >= p2 else { return false }
            truncate(at: s)
        case "atrice", "ateur", "ation", "atrices", "ateurs", "ations":
            guard s >= p2 else { return false }
            truncate(at: s)
            if has(Array("ic".unicodeScalars), endingAt: n) {
                if n - 2 >= p2 { truncate(at: n - 2) } else { replace(from: n - 2, with: "iqU") }
            }
        case "logie", "logies":
            guard s >= p2 else { return false }
            replace(from: s, with: "log")
        case "usion", "ution", "usions", "utions":
            guard s >= p2 else { return false }
            replace(from: s, with: "u")
        case "ence", "ences":
            guard s >= p2 else { return false }
            replace(from: s, with: "ent")
        case "ement", "ements":
            guard s >= pV else { return false }
            truncate(at: s)
            afterEmentSuffix()
        case "ité", "ités":
            guard s >= p2 else { return false }
            truncate(at: s)
            if let (inner, t) = longest(Self.afterIte) {
                switch inner {
                case "abil": if t >= p2 { truncate(at: t) } else { replace(from: t, with: "abl") }
                case "ic": if t >= p2 { truncate(at: t) } else { replace(from: t, with: "iqU") }
                default: if t >= p2 { truncate(at: t) }
                }
            }
        case "if", "ive", "ifs", "ives":
            guard s >= p2 else { return false }
            truncate(at: s)
            if has(Array("at".unicodeScalars), endingAt: n), n - 2 >= p2 {
                truncate(at: n - 2)
                if has(Array("ic".unicodeScalars), endingAt: n) {
                    if n - 2 >= p2 { truncate(at: n - 2) } else { replace(from: n - 2, with: "iqU") }
                }
            }
        case "eaux":
            replace(from: s, with: "eau")
        case "aux":
            guard s >= p1 else { return false }
            replace(from: s, with: "al")
        case "oux":
            guard let before = letter(at: s - 1), "bhjlnp".unicodeScalars.contains(before) else { return false }
            replace(from: s, with: "ou")
        case "euse", "euses":
            if s >= p2 {
                truncate(at: s)
            } else if s >= p1 {
                replace(from: s, with: "eux")
            } else {
                return false
            }
        case "issement", "issements":
            guard s >= p1, isNonVowel(at: s - 1) else { return false }
            truncate(at: s)
        case "amment":
            if s >= pV { replace(from: s, with: "ant") }
            return false
        case "emment":
            if s >= pV { replace(from: s, with: "ent") }
            return false
        default:  // ment, ments
            if isVowel(at: s - 1), s - 1 >= pV { truncate(at: s) }
            return false
        }
        return true
    }

    private mutating func afterEmentSuffix() {
        guard let (inner, t) = longest(Self.afterEment) else { return }
        switch inner {
        case "iv":
            guard t >= p2 else { return }
            truncate(at: t)
            if has(Array("at".unicodeScalars), endingAt: n), n - 2 >= p2 { truncate(at: n - 2) }
        case "eus":
            if t >= p2 { truncate(at: t) } else if t >= p1 { replace(from: t, with: "eux") }
        case "abl", "iqU":
            if t >= p2 { truncate(at: t) }
        default:  // ièr, Ièr
            if t >= pV { replace(from: t, with: "i") }
        }
    }

    /// Step 2a: verb suffixes beginning with i, within RV, after a non-vowel other than H in RV.
    mutating func iVerbSuffix() -> Bool {
        guard let (_, s) = longest(Self.iVerb, limit: pV) else { return false }
        guard s - 1 >= pV, let before = letter(at: s - 1), before != FrenchStemmer.markH,
            !FrenchStemmer.isVowel(before)
        else { return false }
        truncate(at: s)
        return true
    }

    /// Step 2b: other verb suffixes, within RV.
    mutating func verbSuffix() -> Bool {
        guard let (suffix, s) = longest(Self.verb, limit: pV) else { return false }
        if suffix == "ions" {
            guard s >= p2 else { return false }
            truncate(at: s)
        } else if Self.verbDelete.contains(suffix) || suffix == "eais" {
            truncate(at: s)
        } else if suffix == "ais" || suffix == "aise" || suffix == "aises" {
            // Kept after m-al, p-al… (malais, palais), -auv (mauvais) and -épl (déplais).
            let shortAl = s == 3 && has(Array("al".unicodeScalars), endingAt: s)
            if shortAl || has(Array("auv".unicodeScalars), endingAt: s) || has(Array("épl".unicodeScalars), endingAt: s)
            {
                return false
            }
            truncate(at: s)
        } else {
            if s - 1 >= pV, letter(at: s - 1) == "e" { truncate(at: s - 1) } else { truncate(at: s) }
        }
        return true
    }

    /// Step 4: residual suffixes, when steps 1 and 2 did nothing.
    mutating func residualSuffix() {
        if n >= 2, w[n - 1] == "s" {
            let before = w[n - 2]
            let afterHi = before == "i" && letter(at: n - 3) == FrenchStemmer.markH
            if afterHi || !"aiouès".unicodeScalars.contains(before) { truncate(at: n - 1) }
        }
        guard let (suffix, s) = longest(Self.residual, limit: pV) else { return }
        switch suffix {
        case "ion":
            if s >= p2, s - 1 >= pV, let before = letter(at: s - 1), before == "s" || before == "t" {
                truncate(at: s)
            }
        case "e":
            truncate(at: s)
        default:
            replace(from: s, with: "i")
        }
    }

    /// Step 5: enn, onn, ett, ell, eill lose their last letter.
    mutating func unDouble() {
        for ending in ["enn", "onn", "ett", "ell", "eill"] where has(Array(ending.unicodeScalars), endingAt: n) {
            truncate(at: n - 1)
            return
        }
    }

    /// Step 6: é or è before the final non-vowels becomes e.
    mutating func unAccent() {
        var i = n - 1
        while i >= 0 && !FrenchStemmer.isVowel(w[i]) { i -= 1 }
        guard i < n - 1, i >= 0, w[i] == "é" || w[i] == "è" else { return }
        w[i] = "e"
    }
}
