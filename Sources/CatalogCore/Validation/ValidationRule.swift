/// What a rule checks, as data: shown by `pedacat validate --explain` and written into SARIF.
public struct RuleDescriptor: Sendable, Hashable, Codable {
    /// Stable identifier (`cadre.min-age`); curators and CI configurations rely on it.
    public let id: String
    /// Severity of the rule's findings (a rule may lower it for one finding, never raise it).
    public let severity: Finding.Severity
    /// One French sentence: what the rule checks.
    public let title: String
    /// French explanation: what is checked, why, and how to fix it.
    public let explanation: String

    public init(id: String, severity: Finding.Severity, title: String, explanation: String) {
        self.id = id
        self.severity = severity
        self.title = title
        self.explanation = explanation
    }
}

/// A curator check. Rules are values listed in `Validator.defaultRules`; each lives in its own
/// file under `Validation/Rules/`, like swift-format's rules.
public protocol ValidationRule: Sendable {
    var descriptor: RuleDescriptor { get }
    /// Findings for the entries of `context.targets` (references resolved against the whole catalogue).
    func check(_ context: ValidationContext) -> [Finding]
}

/// A rule that looks at one entry at a time; the validator runs these in parallel.
public protocol EntryRule: ValidationRule {
    func check(_ entry: Entry, in context: ValidationContext) -> [Finding]
}

extension EntryRule {
    public func check(_ context: ValidationContext) -> [Finding] {
        context.targets.flatMap { check($0, in: context) }
    }

    /// A finding of this rule about `entry`, placed at `keyPath` (`levels[2]`, `privacy.dpa`…).
    public func finding(
        _ message: String, _ entry: Entry, at keyPath: String, severity: Finding.Severity? = nil
    ) -> Finding {
        Finding(
            rule: descriptor.id, severity: severity ?? descriptor.severity, message: message,
            location: entry.location(of: keyPath), entryID: entry.id)
    }
}

extension ValidationRule {
    /// A finding of this rule at an explicit location.
    public func finding(
        _ message: String, at location: SourceLocation, entryID: String?, severity: Finding.Severity? = nil
    ) -> Finding {
        Finding(
            rule: descriptor.id, severity: severity ?? descriptor.severity, message: message,
            location: location, entryID: entryID)
    }
}
