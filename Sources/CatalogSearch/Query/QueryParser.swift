/// Parses the query language: words (all required), `"phrases"`, `prefix*`, `OR` between
/// two words or groups, `-word` or `-"phrase"` to exclude. Parentheses are ignored.
enum QueryParser {
    private enum Token {
        case word(String, negated: Bool)
        case phrase(String, negated: Bool)
        case or
    }

    static func parse(_ text: String) -> ParsedQuery {
        var clauses: [ParsedQuery.Clause] = []
        var joinNext = false
        for token in lex(text) {
            switch token {
            case .or:
                joinNext = !clauses.isEmpty
            case .word(let raw, let negated), .phrase(let raw, let negated):
                let isPhrase = if case .phrase = token { true } else { false }
                guard let alternative = alternative(raw, phrase: isPhrase) else { continue }
                if joinNext, !negated, var last = clauses.last, !last.negated {
                    last.alternatives.append(alternative)
                    last.source += " OR " + raw
                    clauses[clauses.count - 1] = last
                } else {
                    clauses.append(ParsedQuery.Clause(alternatives: [alternative], negated: negated, source: raw))
                }
                joinNext = false
            }
        }
        return ParsedQuery(clauses: clauses)
    }

    private static func alternative(_ raw: String, phrase: Bool) -> ParsedQuery.Alternative? {
        let isPrefix = !phrase && raw.hasSuffix("*")
        var words: [String] = []
        WordTokenizer.forEachToken(in: raw) { words.append($0.word) }
        guard !words.isEmpty else { return nil }
        if isPrefix {
            // `machine learn*`-like tokens: only the last word is a prefix.
            return words.count == 1 ? .prefix(words[0]) : .phrase(words)
        }
        if phrase || words.count > 1 { return .phrase(words) }
        return .words(words)
    }

    private static func lex(_ text: String) -> [Token] {
        var tokens: [Token] = []
        let characters = Array(text)
        var index = 0
        while index < characters.count {
            let c = characters[index]
            if c.isWhitespace || c == "(" || c == ")" {
                index += 1
                continue
            }
            var negated = false
            if c == "-", index + 1 < characters.count, !characters[index + 1].isWhitespace {
                negated = true
                index += 1
            }
            if characters[index] == "\"" || characters[index] == "«" || characters[index] == "“" {
                let closing: Set<Character> = ["\"", "»", "”"]
                var end = index + 1
                while end < characters.count && !closing.contains(characters[end]) { end += 1 }
                tokens.append(.phrase(String(characters[(index + 1)..<end]), negated: negated))
                index = end + 1
                continue
            }
            var end = index
            while end < characters.count, !characters[end].isWhitespace, characters[end] != "\"",
                characters[end] != "(", characters[end] != ")"
            {
                end += 1
            }
            let raw = String(characters[index..<end])
            index = end
            if raw == "OR" || raw == "|" || raw == "OU" {
                tokens.append(.or)
            } else {
                tokens.append(.word(raw, negated: negated))
            }
        }
        return tokens
    }
}
