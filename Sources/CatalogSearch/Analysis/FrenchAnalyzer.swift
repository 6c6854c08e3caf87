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
    public static let version = 1

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
            result.append((token.word, analyzer.term(forWord: token.word)))
        }
        return result
    }
}

/// The analyzer with a cache of word → term; one per thread (not shared).
struct TermAnalyzer {
    private var cache: [String: String] = [:]
    /// Longer words are noise (URLs, hashes) and are not indexed.
    static let maxWordLength = 40
    private static let stopMarker = "\u{0}"

    /// The term of one lowercased word, or nil when it is a stopword.
    mutating func term(forWord word: String) -> String? {
        if let cached = cache[word] { return cached == Self.stopMarker ? nil : cached }
        let term = Self.computeTerm(word)
        if cache.count > 200_000 { cache.removeAll(keepingCapacity: true) }
        cache[word] = term ?? Self.stopMarker
        return term
    }

    static func computeTerm(_ word: String) -> String? {
        let count = word.unicodeScalars.count
        guard count <= maxWordLength else { return nil }
        let folded = fold(word)
        if FrenchStopwords.contains(folded) { return nil }
        if word.unicodeScalars.contains(where: { $0.properties.numericType != nil }) { return folded }
        return fold(FrenchStemmer.stem(word))
    }

    /// Accent folding of an already lowercased word; ASCII words are returned as they are.
    static func fold(_ word: String) -> String {
        if word.utf8.allSatisfy({ $0 < 0x80 }) { return word }
        return TextFolding.fold(word)
    }

    mutating func terms(_ text: String) -> [String] {
        var result: [String] = []
        WordTokenizer.forEachToken(in: text) { token in
            if let term = term(forWord: token.word) { result.append(term) }
        }
        return result
    }

    /// The terms of `text` joined by spaces (what the FTS5 table stores), and each folded
    /// word with its term added to `vocabulary`.
    mutating func indexText(_ text: String, vocabulary: inout Set<VocabularyPair>) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count / 2)
        WordTokenizer.forEachToken(in: text) { token in
            guard let term = term(forWord: token.word) else { return }
            if !result.isEmpty { result.append(" ") }
            result.append(term)
            vocabulary.insert(VocabularyPair(word: Self.fold(token.word), term: term))
        }
        return result
    }
}

/// A folded word written in the catalogue and its index term (`eleves` → `elev`).
struct VocabularyPair: Hashable, Sendable {
    var word: String
    var term: String
}
