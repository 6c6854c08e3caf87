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
        /// This analyzer's number for the term (see `indexColumns`), -1 for a stopword.
        var termID: Int32 = -1
    }

    private var cache = SpellingCache<Analysis>()
    /// Folded words met for the first time by this analyzer, with their terms (cleared by
    /// `takeNewWords`): what the index's vocabulary table needs, without a set per document.
    private(set) var newWords: [VocabularyPair] = []
    /// Whether `newWords` is kept (indexing); searching leaves it off.
    var collectsVocabulary = false
    /// Longer words are noise (URLs, hashes) and are not indexed.
    static let maxWordLength = 40

    /// The analysis of a word as written (any case).
    mutating func analysis(ofRaw raw: String) -> Analysis {
        var raw = raw
        return raw.withUTF8 { analysis(ofBytes: $0) }
    }

    /// The number of the term of a word as written (-1 for a stopword), without copying its
    /// analysis: the indexing hot path.
    mutating func termID(ofBytes bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        let hash = SpellingCache<Analysis>.hash(bytes)
        if let entry = cache.index(for: bytes, hash: hash) { return cache.values[entry].termID }
        return analysis(ofBytes: bytes, hash: hash).termID
    }

    /// The analysis of a word as written, from its UTF-8 bytes.
    mutating func analysis(ofBytes bytes: UnsafeBufferPointer<UInt8>) -> Analysis {
        let hash = SpellingCache<Analysis>.hash(bytes)
        if let cached = cache.value(for: bytes, hash: hash) { return cached }
        return analysis(ofBytes: bytes, hash: hash)
    }

    /// Analyzes a spelling not in the cache yet, and caches it.
    private mutating func analysis(ofBytes bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Analysis {
        let word = WordTokenizer.normalize(String(decoding: bytes, as: UTF8.self))
        var result = Analysis(term: Self.computeTerm(word), folded: Self.fold(word))
        if let term = result.term { result.termID = number(of: term) }
        if cache.count > 300_000 { cache.removeAll() }
        cache.insert(result, for: bytes, hash: hash)
        if collectsVocabulary, let term = result.term {
            newWords.append(
                VocabularyPair(word: result.folded, term: term, blind: Self.blindTerm(result.folded), spelling: word))
        }
        return result
    }

    /// The term of one word (any case), or nil when it is a stopword.
    mutating func term(forWord word: String) -> String? {
        analysis(ofRaw: word).term
    }

    /// Terms numbered by this analyzer (ids stay valid when the spelling cache is cleared).
    private var termNumbers: [String: Int32] = [:]
    private var numberedTerms: [String] = []
    /// Whether each numbered term is one FTS5 token as it is (almost always).
    private var singleToken: [Bool] = []
    /// Weight of each numbered term in the document being analyzed, and the ids touched.
    private var scratchWeights: [UInt32] = []
    private var scratchTouched: [Int32] = []
    /// Whether each numbered term starts an indexed phrase (filled as ids are met).
    private var phraseStarts: [Bool] = []
    /// While a build reads files: the rowid of the document being analyzed. Its postings then
    /// go to this analyzer's own lists (by term id, no lookup by text) instead of
    /// `IndexedDocument.terms`.
    var postingsRowid: Int64?
    private var lists: [Postings.ListWriter] = []
    private var otherLists: [String: Postings.ListWriter] = [:]

    private mutating func startsPhrase(_ id: Int) -> Bool {
        while phraseStarts.count <= id {
            phraseStarts.append(SynonymExpander.shared.phrasesByFirstTerm[numberedTerms[phraseStarts.count]] != nil)
        }
        return phraseStarts[id]
    }

    private mutating func number(of term: String) -> Int32 {
        if let number = termNumbers[term] { return number }
        let number = Int32(numberedTerms.count)
        termNumbers[term] = number
        numberedTerms.append(term)
        singleToken.append(Postings.isSingleToken(term))
        scratchWeights.append(0)
        return number
    }

    /// The posting lists collected while `postingsRowid` was set, by term (each list in the
    /// order the documents were read); empties them.
    mutating func takePostings() -> [(term: String, list: Postings.ListWriter)] {
        var result: [(term: String, list: Postings.ListWriter)] = []
        for (id, list) in lists.enumerated() where !list.bytes.isEmpty {
            result.append((numberedTerms[id], list))
        }
        for (term, list) in otherLists { result.append((term, list)) }
        lists.removeAll()
        otherLists.removeAll()
        return result
    }

    /// The index text of each column (terms joined by spaces, as FTS5 receives them) and, for
    /// the postings, each FTS5 token of the document with its weighted frequency
    /// (`weights[column]` per occurrence) and the document's length in tokens — what FTS5's
    /// `bm25()` counts (`Postings.tokens(ofTerm:)` splits the rare term FTS5 would split).
    /// While `postingsRowid` is set, the postings go to this analyzer's lists and `terms` is empty.
    mutating func indexColumns(
        _ columns: [String], weights: [UInt32]
    ) -> (texts: [String], terms: [TermWeight], length: Int) {
        var texts: [String] = []
        texts.reserveCapacity(columns.count)
        var length = 0
        var otherTerms: [String: UInt32] = [:]
        var sequence: [Int32] = []
        var phraseAt: [Int] = []
        for (column, text) in columns.enumerated() {
            let weight = weights[column]
            var result = ""
            result.reserveCapacity(text.utf8.count / 2)
            sequence.removeAll(keepingCapacity: true)
            phraseAt.removeAll(keepingCapacity: true)
            WordTokenizer.forEachWord(in: text) { bytes, _ in
                let number = termID(ofBytes: bytes)
                guard number >= 0 else { return }
                let id = Int(number)
                if !result.isEmpty { result.append(" ") }
                result.append(numberedTerms[id])
                if singleToken[id] {
                    if scratchWeights[id] == 0 { scratchTouched.append(Int32(id)) }
                    scratchWeights[id] += weight
                    length += 1
                    if startsPhrase(id) { phraseAt.append(sequence.count) }
                    sequence.append(Int32(id))
                } else {
                    for token in Postings.tokens(ofTerm: numberedTerms[id]) {
                        otherTerms[token, default: 0] += weight
                        length += 1
                        sequence.append(-1)
                    }
                }
            }
            // Indexed phrases (multiword synonyms) found at consecutive tokens, as FTS5 would
            // match them; they are not tokens and do not count in the length.
            for start in phraseAt {
                let first = numberedTerms[Int(sequence[start])]
                for phrase in SynonymExpander.shared.phrasesByFirstTerm[first] ?? []
                where start + phrase.count <= sequence.count
                    && (1..<phrase.count).allSatisfy({
                        sequence[start + $0] >= 0 && numberedTerms[Int(sequence[start + $0])] == phrase[$0]
                    })
                {
                    otherTerms[SynonymExpander.phraseKey(phrase), default: 0] += weight
                }
            }
            texts.append(result)
        }
        // A split term's tokens may also be whole terms of the document: one entry each
        // (phrase keys hold spaces: never a token).
        if !otherTerms.isEmpty {
            for (term, weight) in otherTerms {
                guard let id = termNumbers[term].map(Int.init), singleToken[id] else { continue }
                if scratchWeights[id] == 0 { scratchTouched.append(Int32(id)) }
                scratchWeights[id] += weight
                otherTerms[term] = nil
            }
        }
        var terms: [TermWeight] = []
        if let rowid = postingsRowid {
            if lists.count < numberedTerms.count {
                lists.append(contentsOf: repeatElement(Postings.ListWriter(), count: numberedTerms.count - lists.count))
            }
            for id in scratchTouched {
                lists[Int(id)].append(rowid: rowid, weight: scratchWeights[Int(id)])
                scratchWeights[Int(id)] = 0
            }
            for (term, weight) in otherTerms {
                otherLists[term, default: Postings.ListWriter()].append(rowid: rowid, weight: weight)
            }
        } else {
            terms.reserveCapacity(scratchTouched.count + otherTerms.count)
            for id in scratchTouched {
                terms.append(TermWeight(term: numberedTerms[Int(id)], weight: scratchWeights[Int(id)]))
                scratchWeights[Int(id)] = 0
            }
            for (term, weight) in otherTerms { terms.append(TermWeight(term: term, weight: weight)) }
        }
        scratchTouched.removeAll(keepingCapacity: true)
        return (texts, terms, length)
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

/// One FTS5 token of a document and its weighted frequency there (2 × Σ column weight ×
/// occurrences: integers for weights such as 1.5).
struct TermWeight: Sendable, Hashable {
    var term: String
    var weight: UInt32
}

/// A folded word written in the catalogue, its index term (`eleves` → `elev`) and its blind term.
struct VocabularyPair: Hashable, Sendable {
    var word: String
    var term: String
    /// `TermAnalyzer.blindTerm(word)`.
    var blind: String
    /// The word as written, lowercased (`évaluation`): what "did you mean" shows.
    var spelling: String

    /// Build order: by word and term, the most accented spelling first (the one kept when a
    /// catalogue writes the word both ways: `évaluation` rather than `evaluation`).
    static func precedes(_ a: VocabularyPair, _ b: VocabularyPair) -> Bool {
        if a.word != b.word { return a.word < b.word }
        if a.term != b.term { return a.term < b.term }
        let accentsA = a.spelling.unicodeScalars.count { $0.value >= 0x80 }
        let accentsB = b.spelling.unicodeScalars.count { $0.value >= 0x80 }
        if accentsA != accentsB { return accentsA > accentsB }
        return a.spelling < b.spelling
    }
}
