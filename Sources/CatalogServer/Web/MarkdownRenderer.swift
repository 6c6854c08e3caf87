import Foundation

/// A small, safe Markdown-to-HTML renderer for entry bodies.
///
/// Supports what curators write: ATX headings (the body's highest heading becomes
/// `topHeadingLevel`, the others follow, so headings stay in order under the page's own), paragraphs, `-`/`*`/`+` and numbered lists (nested by indentation), block quotes,
/// fenced code, thematic breaks, and inline code, `**strong**`, `*emphasis*`/`_emphasis_`,
/// `[links](https://…)` and `<https://…>`. Raw HTML is not supported: everything is escaped,
/// and a link whose target is not http(s), mailto or a site path is written as plain text.
struct MarkdownRenderer: Sendable {
    /// Level of a `#` heading (2: under the page's `h1`).
    var topHeadingLevel: Int

    init(topHeadingLevel: Int = 2) {
        self.topHeadingLevel = topHeadingLevel
    }

    func render(_ markdown: String) -> String {
        let lines = markdown.replacingOccurrences(of: "\r\n", with: "\n").split(
            separator: "\n", omittingEmptySubsequences: false
        )
        .map { String($0).replacingOccurrences(of: "\t", with: "    ") }
        var output = ""
        var fenced = false
        var highest = 6
        for line in lines {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") { fenced.toggle() }
            if !fenced, let (level, _) = Self.heading(trimmed) { highest = min(highest, level) }
        }
        var renderer = self
        renderer.shift = topHeadingLevel - highest
        renderer.renderBlocks(lines[...], into: &output)
        return output
    }

    /// Added to a Markdown heading level to get the HTML one.
    private var shift = 1

    private func renderBlocks(_ lines: ArraySlice<String>, into output: inout String) {
        var index = lines.startIndex
        while index < lines.endIndex {
            let line = lines[index]
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty {
                index += 1
            } else if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                let fence = String(trimmed.prefix(3))
                var code: [String] = []
                index += 1
                while index < lines.endIndex, !lines[index].trimmingCharacters(in: .whitespaces).hasPrefix(fence) {
                    code.append(lines[index])
                    index += 1
                }
                index += 1
                output += "<pre><code>" + HTML.escape(code.joined(separator: "\n")) + "</code></pre>\n"
            } else if let (level, text) = Self.heading(trimmed) {
                let shown = max(1, min(6, level + shift))
                output += "<h\(shown)>" + Self.inline(text) + "</h\(shown)>\n"
                index += 1
            } else if Self.isThematicBreak(trimmed) {
                output += "<hr>\n"
                index += 1
            } else if trimmed.hasPrefix(">") {
                var quoted: [String] = []
                while index < lines.endIndex {
                    let current = lines[index].trimmingCharacters(in: .whitespaces)
                    guard current.hasPrefix(">") else { break }
                    var content = current.dropFirst()
                    if content.hasPrefix(" ") { content = content.dropFirst() }
                    quoted.append(String(content))
                    index += 1
                }
                output += "<blockquote>\n"
                renderBlocks(quoted[...], into: &output)
                output += "</blockquote>\n"
            } else if Self.listMarker(line) != nil {
                index = renderList(lines, from: index, into: &output)
            } else {
                var paragraph: [String] = []
                while index < lines.endIndex {
                    let current = lines[index].trimmingCharacters(in: .whitespaces)
                    if current.isEmpty || Self.heading(current) != nil || current.hasPrefix(">")
                        || current.hasPrefix("```")
                        || current.hasPrefix("~~~") || Self.listMarker(lines[index]) != nil
                        || Self.isThematicBreak(current)
                    {
                        break
                    }
                    paragraph.append(current)
                    index += 1
                }
                output += "<p>" + Self.inline(paragraph.joined(separator: "\n")) + "</p>\n"
            }
        }
    }

    /// Renders the list starting at `start`; returns the index after it.
    private func renderList(_ lines: ArraySlice<String>, from start: Int, into output: inout String) -> Int {
        guard let first = Self.listMarker(lines[start]) else { return start + 1 }
        let tag = first.ordered ? "ol" : "ul"
        output += first.ordered && first.number != 1 ? "<ol start=\"\(first.number)\">\n" : "<\(tag)>\n"
        var index = start
        while index < lines.endIndex, let marker = Self.listMarker(lines[index]), marker.indent == first.indent,
            marker.ordered == first.ordered
        {
            var itemLines = [marker.content]
            index += 1
            // Continuation lines and nested blocks: indented deeper than the marker.
            while index < lines.endIndex {
                let line = lines[index]
                let indent = line.prefix { $0 == " " }.count
                if line.trimmingCharacters(in: .whitespaces).isEmpty {
                    let next = index + 1
                    if next < lines.endIndex, lines[next].prefix(while: { $0 == " " }).count > first.indent,
                        !lines[next].trimmingCharacters(in: .whitespaces).isEmpty
                    {
                        itemLines.append("")
                        index += 1
                        continue
                    }
                    break
                }
                if indent <= first.indent { break }
                itemLines.append(String(line.dropFirst(min(indent, marker.contentOffset))))
                index += 1
            }
            output += "<li>"
            if itemLines.count == 1 {
                output += Self.inline(itemLines[0])
            } else {
                // First line(s) as text, the rest as blocks (nested lists, paragraphs).
                var textLines: [String] = []
                var rest = itemLines[...]
                while let line = rest.first, !line.isEmpty, Self.listMarker(line) == nil {
                    textLines.append(line.trimmingCharacters(in: .whitespaces))
                    rest = rest.dropFirst()
                }
                output += Self.inline(textLines.joined(separator: "\n"))
                if !rest.isEmpty {
                    output += "\n"
                    renderBlocks(rest, into: &output)
                }
            }
            output += "</li>\n"
            // Skip one blank line between items of the same list.
            if index < lines.endIndex, lines[index].trimmingCharacters(in: .whitespaces).isEmpty,
                index + 1 < lines.endIndex, let next = Self.listMarker(lines[index + 1]), next.indent == first.indent,
                next.ordered == first.ordered
            {
                index += 1
            }
        }
        output += "</\(tag)>\n"
        return index
    }

    struct ListMarker {
        var indent: Int
        var ordered: Bool
        var number: Int
        var content: String
        var contentOffset: Int
    }

    static func listMarker(_ line: String) -> ListMarker? {
        let indent = line.prefix { $0 == " " }.count
        let rest = line.dropFirst(indent)
        if let first = rest.first, "-*+".contains(first), rest.dropFirst().first == " " {
            if isThematicBreak(String(rest)) { return nil }
            return ListMarker(
                indent: indent, ordered: false, number: 0, content: String(rest.dropFirst(2)), contentOffset: indent + 2
            )
        }
        let digits = rest.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 9 else { return nil }
        let after = rest.dropFirst(digits.count)
        guard let delimiter = after.first, delimiter == "." || delimiter == ")", after.dropFirst().first == " " else {
            return nil
        }
        return ListMarker(
            indent: indent, ordered: true, number: Int(digits) ?? 1, content: String(after.dropFirst(2)),
            contentOffset: indent + digits.count + 2)
    }

    static func heading(_ line: String) -> (Int, String)? {
        let hashes = line.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes) else { return nil }
        let rest = line.dropFirst(hashes)
        guard rest.isEmpty || rest.first == " " else { return nil }
        var text = rest.trimmingCharacters(in: .whitespaces)
        while text.hasSuffix("#") { text.removeLast() }
        return (hashes, text.trimmingCharacters(in: .whitespaces))
    }

    static func isThematicBreak(_ line: String) -> Bool {
        let compact = line.filter { $0 != " " }
        guard compact.count >= 3, let first = compact.first, "-*_".contains(first) else { return false }
        return compact.allSatisfy { $0 == first }
    }
}
