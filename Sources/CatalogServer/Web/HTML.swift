import Foundation

/// HTML escaping: every piece of text that reaches a page goes through here.
enum HTML {
    /// Escapes text for element content and double-quoted attribute values.
    static func escape(_ text: some StringProtocol) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text.unicodeScalars {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "\u{0}": result += "\u{FFFD}"
            default: result.unicodeScalars.append(character)
            }
        }
        return result
    }

    /// A search snippet with `[[`…`]]` markers (CatalogSearch's highlight convention) as
    /// escaped HTML with `<mark>` elements; unbalanced markers are closed.
    static func highlighted(_ snippet: String) -> String {
        var result = ""
        var open = false
        var rest = snippet[...]
        while !rest.isEmpty {
            let marker = open ? "]]" : "[["
            guard let range = rest.range(of: marker) else {
                result += escape(rest)
                break
            }
            result += escape(rest[..<range.lowerBound])
            result += open ? "</mark>" : "<mark>"
            open.toggle()
            rest = rest[range.upperBound...]
        }
        if open { result += "</mark>" }
        return result
    }

    /// Whether a link target is safe to put in `href`: http(s), mailto, or a path on this site.
    static func isSafeURL(_ url: String) -> Bool {
        let lower = url.lowercased()
        if lower.hasPrefix("https://") || lower.hasPrefix("http://") || lower.hasPrefix("mailto:") { return true }
        if url.hasPrefix("//") { return false }
        return url.hasPrefix("/") || url.hasPrefix("#")
    }
}
