/// The result of a validation run, in the shape `pedacat validate --format json` prints.
public struct ValidationReport: Sendable, Codable, Equatable {
    /// One finding, flat, with snake_case keys for programs.
    public struct Item: Sendable, Codable, Equatable {
        public var file: String
        public var line: Int
        public var column: Int
        public var severity: String
        public var rule: String
        public var entryID: String?
        public var message: String

        enum CodingKeys: String, CodingKey {
            case file, line, column, severity, rule, message
            case entryID = "entry_id"
        }

        public init(_ finding: Finding) {
            file = finding.location.file
            line = finding.location.line
            column = finding.location.column
            severity = finding.severity.rawValue
            rule = finding.rule
            entryID = finding.entryID
            message = finding.message
        }
    }

    public var errors: Int
    public var warnings: Int
    /// Entry files looked at.
    public var filesChecked: Int
    public var findings: [Item]

    enum CodingKeys: String, CodingKey {
        case errors, warnings, findings
        case filesChecked = "files_checked"
    }

    public init(findings: [Finding], filesChecked: Int) {
        errors = findings.count { $0.severity == .error }
        warnings = findings.count { $0.severity == .warning }
        self.filesChecked = filesChecked
        self.findings = findings.map(Item.init)
    }

    /// The French summary line: « 2 erreurs et 1 avertissement dans 2 fichiers (9 fichiers vérifiés). »
    public static func summary(_ findings: [Finding], filesChecked: Int) -> String {
        let errors = findings.count { $0.severity == .error }
        let warnings = findings.count { $0.severity == .warning }
        let files = Set(findings.map(\.location.file)).count
        let checked = "\(filesChecked) \(plural(filesChecked, "fichier vérifié", "fichiers vérifiés"))"
        guard errors + warnings > 0 else { return "Aucun problème : \(checked)." }
        return
            "\(errors) \(plural(errors, "erreur", "erreurs")) et \(warnings) \(plural(warnings, "avertissement", "avertissements")) dans \(files) \(plural(files, "fichier", "fichiers")) (\(checked))."
    }

    private static func plural(_ count: Int, _ one: String, _ many: String) -> String {
        count > 1 ? many : one
    }
}
