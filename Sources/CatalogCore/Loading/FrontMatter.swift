/// The two parts of an entry file: YAML between `---` lines, then the Markdown body.
struct FrontMatter {
    /// YAML text, without the `---` lines.
    var yaml: String
    /// File line of the first YAML line (1-based).
    var yamlFirstLine: Int
    var body: String
    /// File line of the first body line (1-based).
    var bodyFirstLine: Int

    enum Problem: Error, Equatable {
        /// The file does not start with a `---` line.
        case missing
        /// The opening `---` has no closing `---`; `lastLine` is the file's last line.
        case unterminated(lastLine: Int)
    }

    /// Splits `text` (BOM and CRLF tolerated).
    static func split(_ text: String) -> Result<FrontMatter, Problem> {
        var text = Substring(text)
        if text.hasPrefix("\u{FEFF}") { text = text.dropFirst() }
        // "\r\n" is one Character in Swift: split on both forms of line end.
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
        if lines.last == "" { lines.removeLast() }
        guard let first = lines.first, isDelimiter(first) else { return .failure(.missing) }
        guard let closing = lines.indices.dropFirst().first(where: { isDelimiter(lines[$0]) || isEndMarker(lines[$0]) })
        else { return .failure(.unterminated(lastLine: max(lines.count, 1))) }
        let yaml = lines[1..<closing].joined(separator: "\n")
        var bodyLines = lines[(closing + 1)...]
        var bodyFirstLine = closing + 2
        while let line = bodyLines.first, line.allSatisfy(\.isWhitespace) {
            bodyLines.removeFirst()
            bodyFirstLine += 1
        }
        return .success(
            FrontMatter(
                yaml: yaml, yamlFirstLine: 2, body: bodyLines.joined(separator: "\n"),
                bodyFirstLine: bodyFirstLine))
    }

    private static func isDelimiter(_ line: Substring) -> Bool {
        line.hasPrefix("---") && line.dropFirst(3).allSatisfy { $0 == " " || $0 == "\t" }
    }

    private static func isEndMarker(_ line: Substring) -> Bool {
        line.hasPrefix("...") && line.dropFirst(3).allSatisfy { $0 == " " || $0 == "\t" }
    }
}
