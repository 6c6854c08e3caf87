/// An element of a parsed XML document, as plain Swift values (no libxml2 types).
public struct ParsedElement: Sendable, Hashable {
    /// Local name (`title` for `lom:title`).
    public var name: String
    public var namespace: String?
    public var attributes: [String: String]
    public var children: [ParsedElement]
    /// Text directly inside this element (CDATA included), not trimmed.
    public var text: String
    public var line: Int
    /// Position in document order, unique within the document.
    public var index: Int

    /// Direct children called `name`.
    public func all(_ name: String) -> [ParsedElement] { children.filter { $0.name == name } }

    /// First direct child called `name`.
    public func first(_ name: String) -> ParsedElement? { children.first { $0.name == name } }

    /// Follows a path of child names (`general/title`), first match at each step.
    public func first(path: String) -> ParsedElement? {
        var current: ParsedElement? = self
        for step in path.split(separator: "/") { current = current?.first(String(step)) }
        return current
    }

    /// Trimmed text with runs of whitespace collapsed.
    public var value: String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// Every element of the subtree, this one first.
    public var subtree: [ParsedElement] {
        [self] + children.flatMap(\.subtree)
    }
}
