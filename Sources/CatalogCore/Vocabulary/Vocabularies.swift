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
    static func concept(_ vocabulary: Int, _ number: Int) -> String {
        let voc = vocabulary < 10 ? "00\(vocabulary)" : vocabulary < 100 ? "0\(vocabulary)" : "\(vocabulary)"
        let num = number < 10 ? "00\(number)" : number < 100 ? "0\(number)" : "\(number)"
        return conceptBase + "scolomfr-voc-\(voc)-num-\(num)"
    }
}
