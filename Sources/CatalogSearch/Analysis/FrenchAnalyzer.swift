import CatalogCore

/// French text analysis shared by indexing and queries: words are split (elisions too),
/// lowercased, stopwords dropped, stemmed with the Snowball French stemmer, and the stem's
/// accents folded (`Les élèves` → `elev`).
///
/// Stemming the accented word then folding keeps Snowball's accent-aware rules (`é`, `ée`
/// participles); the few words whose unaccented spelling stems differently are matched at
/// query time through the index's vocabulary (every folded word written in the catalogue →
/// its term), so `eleve` finds `élèves` and `élèves` finds `eleves` both ways.
public enum FrenchAnalyzer {
    /// Bumped whenever the terms produced for a text change; an index built by another
    /// version is rebuilt.
    public static let version = 4

    /// The index terms of a text, in order.
    public static func terms(_ text: String) -> [String] {
        var analyzer = TermAnalyzer()
        return analyzer.terms(text)
    }

    /// Each word of a text with its term (nil for a stopword), for `pedacat analyze`.
    public static func analysis(_ text: String) -> [(word: String, term: String?)] {
        var analyzer = TermAnalyzer()
        var result: [(word: String, term: String?)] = []
        WordTokenizer.forEachToken(in: text) { token in
            result.append((token.word, analyzer.analysis(ofRaw: token.raw).term))
        }
        return result
    }
}

/// The analyzer with a cache of spelling → term; one per thread (not shared).
struct TermAnalyzer {
    struct Analysis {
        /// The index term, nil for a stopword.
        var term: String?
        /// The word lowercased and accent-folded.
        var folded: String
    }

    private var cache: [String: Analysis] = [:]
    /// Folded words met for the first time by this analyzer, with their terms (cleared by
    /// `takeNewWords`): what the index's vocabulary table needs, without a set per document.
    private(set) var newWords: [VocabularyPair] = []
    /// Whether `newWords` is kept (indexing); searching leaves it off.
    var collectsVocabulary = false
    /// Longer words are noise (URLs, hashes) and are not indexed.
    static let maxWordLength = 40

    /// The analysis of a word as written (any case).
    mutating func analysis(ofRaw raw: String) -> Analysis {
        if let cached = cache[raw] { return cached }
        let word = WordTokenizer.normalize(raw)
        let result = Analysis(term: Self.computeTerm(word), folded: Self.fold(word))
        if cache.count > 300_000 { cache.removeAll(keepingCapacity: true) }
        cache[raw] = result
        if collectsVocabulary, let term = result.term {
            newWords.append(VocabularyPair(word: result.folded, term: term, blind: Self.blindTerm(result.folded)))
        }
        return result
    }

    /// The term of one word (any case), or nil when it is a stopword.
    mutating func term(forWord word: String) -> String? {
        analysis(ofRaw: word).term
    }

    mutating func takeNewWords() -> [VocabularyPair] {
        defer { newWords.removeAll(keepingCapacity: true) }
        return newWords
    }

    static func computeTerm(_ word: String) -> String? {
        let count = word.unicodeScalars.count
        guard count <= maxWordLength else { return nil }
        let folded = fold(word)
        if FrenchStopwords.contains(folded) { return nil }
        if word.unicodeScalars.contains(where: { $0.properties.numericType != nil }) { return folded }
        return pluralFolded(fold(FrenchStemmer.stem(word)))
    }

    /// The term of a word stemmed without its accents (`abandonnee` → `abandonne`). Snowball
    /// gives unaccented spellings other stems (`abandonnée` → `abandon`); the vocabulary keeps
    /// this "blind" term beside each word, so that a query typed without accents reaches every
    /// inflection of the accented words, and the reverse.
    /// Participle endings lose their accent when folded (`-ée`, `-ées`, `-és` → `-ee`, `-ees`,
    /// `-es`); they are brought back to `-e` first, so all four forms get one blind term.
    static func blindTerm(_ folded: String) -> String {
        if folded.unicodeScalars.contains(where: { $0.properties.numericType != nil }) { return folded }
        var word = folded
        if word.count > 5 {
            if word.hasSuffix("ees") {
                word.removeLast(2)
            } else if word.hasSuffix("ee") || word.hasSuffix("es") {
                word.removeLast()
            }
        }
        return pluralFolded(fold(FrenchStemmer.stem(word)))
    }

    /// Snowball keeps a final s after a, o, u (`scénarios`, `vidéos`, `menus`), so singular and
    /// plural would not meet; search drops it from stems of five letters or more.
    static func pluralFolded(_ stem: String) -> String {
        let scalars = stem.unicodeScalars
        guard scalars.count >= 5, scalars.last == "s" else { return stem }
        let before = scalars[scalars.index(scalars.endIndex, offsetBy: -2)]
        guard before == "a" || before == "o" || before == "u" else { return stem }
        return String(stem.dropLast())
    }

    /// Accent folding of an already lowercased word; ASCII words are returned as they are.
    static func fold(_ word: String) -> String {
        if word.utf8.allSatisfy({ $0 < 0x80 }) { return word }
        return TextFolding.fold(word)
    }

    mutating func terms(_ text: String) -> [String] {
        var result: [String] = []
        WordTokenizer.forEachToken(in: text) { token in
            if let term = analysis(ofRaw: token.raw).term { result.append(term) }
        }
        return result
    }

    /// The terms of `text` joined by spaces (what the FTS5 table stores).
    mutating func indexText(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count / 2)
        WordTokenizer.forEachToken(in: text) { token in
            guard let term = analysis(ofRaw: token.raw).term else { return }
            if !result.isEmpty { result.append(" ") }
            result.append(term)
        }
        return result
    }
}

/// A folded word written in the catalogue, its index term (`eleves` → `elev`) and its blind term.
struct VocabularyPair: Hashable, Sendable {
    var word: String
    var term: String
    /// `TermAnalyzer.blindTerm(word)`.
    var blind: String
}
