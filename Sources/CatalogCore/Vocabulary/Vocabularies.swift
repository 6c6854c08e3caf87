/// Every vocabulary pedacat ships. Term ids are stable: entry files rely on them.
public enum Vocabularies {
    /// The ScoLOMFR concept namespace.
    public static let conceptBase = "http://data.education.fr/voc/scolomfr/concept/"

    public static let all: [Vocabulary] = [
        levels, disciplines, themes, toolCategories, aiUse, personalData, cost, account, hosting,
        aiType, training, rgaa, status, kind,
    ]

    /// The vocabulary called `name` on the command line, or `nil`.
    public static func named(_ name: String) -> Vocabulary? {
        all.first { $0.name == name }
    }

    /// The ScoLOMFR URI of concept `scolomfr-voc-NNN-num-MMM`.
    ///
    /// The vocabulary number always has 3 digits. The concept number is zero-padded to `digits`
    /// and never cut: voc-015 and voc-022 pad to 3 (`num-059`, `num-1333`, `num-13683`), but a few
    /// vocabularies use other widths (voc-008 `num-01`, voc-017 and voc-021 `num-0010`).
    static func concept(_ vocabulary: Int, _ number: Int, digits: Int = 3) -> String {
        conceptBase + "scolomfr-voc-\(zeroPadded(vocabulary, 3))-num-\(zeroPadded(number, digits))"
    }

    private static func zeroPadded(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }
}
