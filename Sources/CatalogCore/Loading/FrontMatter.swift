#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

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

    /// Splits `text` (BOM and CRLF tolerated). Works on UTF-8 bytes: the body of an entry is
    /// long, and only its start needs finding.
    static func split(_ text: String) -> Result<FrontMatter, Problem> {
        let bytes = text.utf8
        var start = bytes.startIndex
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = bytes.index(start, offsetBy: 3) }

        // Walk line by line until the closing delimiter.
        var lineStart = start
        var lineNumber = 1
        var yamlStart: String.Index?
        while lineStart < bytes.endIndex {
            let lineEnd = bytes[lineStart...].firstIndex(of: 0x0A) ?? bytes.endIndex
            let line = bytes[lineStart..<lineEnd]
            let next = lineEnd < bytes.endIndex ? bytes.index(after: lineEnd) : bytes.endIndex
            if lineNumber == 1 {
                guard isDelimiter(line, marker: 0x2D) else { return .failure(.missing) }
                yamlStart = next
            } else if isDelimiter(line, marker: 0x2D) || isDelimiter(line, marker: 0x2E), let yamlStart {
                var yaml = String(text[yamlStart..<lineStart])
                if containsCarriageReturn(yaml) { yaml = yaml.replacing("\r\n", with: "\n") }
                var bodyStart = next
                var bodyFirstLine = lineNumber + 1
                // Skip blank lines before the body.
                while bodyStart < bytes.endIndex {
                    let end = bytes[bodyStart...].firstIndex(of: 0x0A) ?? bytes.endIndex
                    guard bytes[bodyStart..<end].allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }),
                        end < bytes.endIndex
                    else { break }
                    bodyStart = bytes.index(after: end)
                    bodyFirstLine += 1
                }
                var body = String(text[bodyStart...])
                // A file written with CRLF line ends has them on its delimiter line too: only then
                // is the (long) body rewritten.
                if line.last == 0x0D { body = body.replacing("\r\n", with: "\n") }
                while body.hasSuffix("\n") { body.removeLast() }
                return .success(
                    FrontMatter(yaml: yaml, yamlFirstLine: 2, body: body, bodyFirstLine: bodyFirstLine))
            }
            lineStart = next
            lineNumber += 1
        }
        if lineNumber == 1 { return .failure(.missing) }
        return .failure(.unterminated(lastLine: lineNumber - 1))
    }

    /// Whether `text` holds a carriage return (`memchr` over the UTF-8 of a long body).
    private static func containsCarriageReturn(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return false }
            return memchr(base, 0x0D, bytes.count) != nil
        }
    }

    /// `---` (or `...`) followed only by spaces, tabs or a carriage return.
    private static func isDelimiter(_ line: Substring.UTF8View.SubSequence, marker: UInt8) -> Bool {
        line.count >= 3 && line.prefix(3).allSatisfy { $0 == marker }
            && line.dropFirst(3).allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
    }
}
