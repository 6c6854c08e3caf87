/// Levenshtein distance over Unicode scalars, for suggestions.
public enum EditDistance {
    public static func levenshtein(_ a: String, _ b: String) -> Int {
        distance(a, b, transpositions: false)
    }

    /// Like `levenshtein`, with a swap of two neighbouring characters counted as one edit
    /// (optimal string alignment): the most common typing slip (`formatvie` → `formative`).
    public static func withTranspositions(_ a: String, _ b: String) -> Int {
        distance(a, b, transpositions: true)
    }

    private static func distance(_ a: String, _ b: String, transpositions: Bool) -> Int {
        let a = Array(a.unicodeScalars)
        let b = Array(b.unicodeScalars)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var beforePrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if transpositions, i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], beforePrevious[j - 2] + 1)
                }
            }
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        return previous[b.count]
    }
}
