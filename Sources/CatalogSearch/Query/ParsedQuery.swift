/// A query in pedacat's query language, parsed: clauses that must all match (AND), each a
/// set of alternatives (OR); negated clauses exclude.
struct ParsedQuery: Sendable, Hashable {
    enum Alternative: Sendable, Hashable {
        /// One word as typed, lowercased (several when a token holds more: `acido-basique`).
        case words([String])
        /// Words that must follow each other.
        case phrase([String])
        /// Words starting with this (lowercased) text.
        case prefix(String)
    }

    struct Clause: Sendable, Hashable {
        var alternatives: [Alternative]
        var negated = false
        /// The raw token(s) the clause came from, for rewriting a suggestion.
        var source: String
        /// Added by synonym expansion: not a candidate for "did you mean".
        var expanded = false
    }

    var clauses: [Clause]

    var positives: [Clause] { clauses.filter { !$0.negated } }
    var negatives: [Clause] { clauses.filter(\.negated) }
}
