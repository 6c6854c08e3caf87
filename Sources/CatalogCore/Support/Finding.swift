/// A problem found in the catalogue: a value, never a thrown error.
///
/// Loading and validation return lists of findings so that one broken file never hides the
/// problems of the others. `rule` is a stable identifier (`structure.front-matter`, …) that
/// curators can look up with `pedacat validate --explain`.
public struct Finding: Sendable, Hashable, Codable {
    public enum Severity: String, Sendable, Hashable, Codable, Comparable {
        case error
        case warning

        /// The French word shown to users.
        public var label: String {
            switch self {
            case .error: "erreur"
            case .warning: "avertissement"
            }
        }

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs == .error && rhs == .warning
        }
    }

    public var rule: String
    public var severity: Severity
    /// French text that says what is wrong and how to fix it.
    public var message: String
    public var location: SourceLocation
    /// The id of the entry concerned, when one could be read.
    public var entryID: String?

    public init(
        rule: String,
        severity: Severity,
        message: String,
        location: SourceLocation,
        entryID: String? = nil
    ) {
        self.rule = rule
        self.severity = severity
        self.message = message
        self.location = location
        self.entryID = entryID
    }

    /// `file:line:col: erreur: message [rule]`, the form compilers and editors understand.
    public var formatted: String {
        "\(location): \(severity.label): \(message) [\(rule)]"
    }
}

extension Array where Element == Finding {
    public var hasErrors: Bool { contains { $0.severity == .error } }

    /// Sorted by file, line, column, then rule, so output is stable.
    public func sortedByLocation() -> [Finding] {
        sorted { ($0.location, $0.rule, $0.message) < ($1.location, $1.rule, $1.message) }
    }
}
