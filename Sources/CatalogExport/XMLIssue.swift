/// A problem found in an XML document: where it is and what it is, in French where possible.
public struct XMLIssue: Sendable, Hashable, Codable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable, Codable {
        case warning, error
    }

    /// 1-based line, 0 when unknown.
    public var line: Int
    /// 1-based column, 0 when unknown.
    public var column: Int
    public var severity: Severity
    public var message: String

    public init(line: Int, column: Int = 0, severity: Severity = .error, message: String) {
        self.line = line
        self.column = column
        self.severity = severity
        self.message = message
    }

    /// `line:column: error: message`, the shape compilers use.
    public var description: String {
        let place = column > 0 ? "\(line):\(column)" : "\(line)"
        let word = severity == .error ? "erreur" : "avertissement"
        return "\(place): \(word) : \(message)"
    }
}
