/// Light Markdown clean-up for excerpts: headings, emphasis, code marks, quotes and link
/// targets go, words stay. Works on UTF-8 bytes (markup is ASCII).
enum MarkdownText {
    static func plain(_ markdown: String) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(markdown.utf8.count)
        var inLinkTarget = false
        var previous: UInt8 = 0x20
        for byte in markdown.utf8 {
            if inLinkTarget {
                if byte == UInt8(ascii: ")") { inLinkTarget = false }
                continue
            }
            if byte == UInt8(ascii: "(") && previous == UInt8(ascii: "]") {
                inLinkTarget = true
                continue
            }
            switch byte {
            case UInt8(ascii: "#"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "`"), UInt8(ascii: ">"),
                UInt8(ascii: "|"), UInt8(ascii: "["), UInt8(ascii: "]"):
                output.append(0x20)
            default:
                output.append(byte)
            }
            previous = byte
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Runs of spaces and line breaks become one space; ends trimmed.
    static func collapseSpaces(_ text: String) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count)
        var lastWasSpace = true
        for byte in text.utf8 {
            if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D {
                if !lastWasSpace { output.append(0x20) }
                lastWasSpace = true
            } else {
                output.append(byte)
                lastWasSpace = false
            }
        }
        if output.last == 0x20 { output.removeLast() }
        return String(decoding: output, as: UTF8.self)
    }
}
