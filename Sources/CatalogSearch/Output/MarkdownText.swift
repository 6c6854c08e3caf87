/// Light Markdown clean-up for excerpts: headings, emphasis, code marks, quotes and link
/// targets go, words stay.
enum MarkdownText {
    static func plain(_ markdown: String) -> String {
        var result = ""
        result.reserveCapacity(markdown.utf8.count)
        var inLinkTarget = false
        var previous: Character = " "
        for c in markdown {
            if inLinkTarget {
                if c == ")" { inLinkTarget = false }
                continue
            }
            if c == "(" && previous == "]" {
                inLinkTarget = true
                continue
            }
            switch c {
            case "#", "*", "_", "`", ">", "|", "[", "]": result.append(" ")
            default: result.append(c)
            }
            previous = c
        }
        return result
    }

    /// Runs of spaces and line breaks become one space; ends trimmed.
    static func collapseSpaces(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var lastWasSpace = true
        for c in text {
            if c.isWhitespace {
                if !lastWasSpace { result.append(" ") }
                lastWasSpace = true
            } else {
                result.append(c)
                lastWasSpace = false
            }
        }
        if result.hasSuffix(" ") { result.removeLast() }
        return result
    }
}
