import Foundation

extension MarkdownRenderer {
    /// Inline Markdown of one block as escaped HTML.
    static func inline(_ text: String) -> String {
        var output = ""
        var characters = Array(text)
        characters.append("\u{0}")
        var index = 0
        var plain = ""
        func flush() {
            output += HTML.escape(plain)
            plain = ""
        }
        while index < characters.count - 1 {
            let character = characters[index]
            if character == "\\", index + 1 < characters.count - 1, "\\`*_[]()<>#+-.!".contains(characters[index + 1]) {
                plain.append(characters[index + 1])
                index += 2
            } else if character == "`", let end = find("`", in: characters, from: index + 1) {
                flush()
                output += "<code>" + HTML.escape(String(characters[(index + 1)..<end])) + "</code>"
                index = end + 1
            } else if (character == "*" || character == "_"), characters[index + 1] == character,
                let end = find(String([character, character]), in: characters, from: index + 2), end > index + 2
            {
                flush()
                output += "<strong>" + inline(String(characters[(index + 2)..<end])) + "</strong>"
                index = end + 2
            } else if character == "*" || (character == "_" && (index == 0 || !characters[index - 1].isLetter)),
                characters[index + 1] != " ", let end = find(String(character), in: characters, from: index + 1),
                end > index + 1
            {
                flush()
                output += "<em>" + inline(String(characters[(index + 1)..<end])) + "</em>"
                index = end + 1
            } else if character == "[", let link = parseLink(characters, at: index) {
                flush()
                if HTML.isSafeURL(link.url) {
                    output += "<a href=\"" + HTML.escape(link.url) + "\">" + inline(link.text) + "</a>"
                } else {
                    output += inline(link.text)
                }
                index = link.end
            } else if character == "<", let end = find(">", in: characters, from: index + 1) {
                let url = String(characters[(index + 1)..<end])
                if !url.contains(" "), url.lowercased().hasPrefix("http://") || url.lowercased().hasPrefix("https://") {
                    flush()
                    output += "<a href=\"" + HTML.escape(url) + "\">" + HTML.escape(url) + "</a>"
                    index = end + 1
                } else {
                    plain.append(character)
                    index += 1
                }
            } else if character == "\n" {
                plain.append(" ")
                index += 1
            } else {
                plain.append(character)
                index += 1
            }
        }
        flush()
        return output
    }

    private static func find(_ needle: String, in characters: [Character], from start: Int) -> Int? {
        let pattern = Array(needle)
        var index = start
        while index + pattern.count <= characters.count - 1 {
            if Array(characters[index..<(index + pattern.count)]) == pattern { return index }
            index += 1
        }
        return nil
    }

    private static func parseLink(_ characters: [Character], at start: Int) -> (text: String, url: String, end: Int)? {
        var depth = 0
        var index = start
        var close: Int?
        while index < characters.count - 1 {
            if characters[index] == "[" { depth += 1 }
            if characters[index] == "]" {
                depth -= 1
                if depth == 0 {
                    close = index
                    break
                }
            }
            index += 1
        }
        guard let close, close + 1 < characters.count - 1, characters[close + 1] == "(" else { return nil }
        // The target ends at the `)` that balances the opening one (`https://…/a_(b)` keeps its parentheses).
        var parentheses = 1
        var cursor = close + 2
        var found: Int?
        while cursor < characters.count - 1 {
            if characters[cursor] == "(" { parentheses += 1 }
            if characters[cursor] == ")" {
                parentheses -= 1
                if parentheses == 0 {
                    found = cursor
                    break
                }
            }
            cursor += 1
        }
        guard let end = found else { return nil }
        let url = String(characters[(close + 2)..<end]).trimmingCharacters(in: .whitespaces)
        guard !url.isEmpty, !url.contains(" ") else { return nil }
        return (String(characters[(start + 1)..<close]), url, end + 1)
    }
}
