import Foundation

@testable import CatalogCore

/// Fixture catalogues under `Fixtures/validation/<name>/catalog` (written by
/// `scripts/make-validation-fixtures.py`), validated with a fixed "today".
enum ValidationFixtures {
    static let today = ISODate("2026-11-29")!

    static func root(_ name: String) -> URL {
        Bundle.module.resourceURL!
            .appendingPathComponent("Fixtures/validation/\(name)/catalog", isDirectory: true)
    }

    static func catalog(_ name: String) throws -> Catalog {
        try CatalogLoader(root: root(name)).load()
    }

    static func findings(_ name: String, only files: Set<String>? = nil) throws -> [Finding] {
        Validator(today: today).validate(try catalog(name), only: files)
    }
}

/// What a test expects of one finding: file (relative to the catalogue), line, rule, severity.
struct ExpectedFinding: Hashable, CustomStringConvertible {
    var file: String
    var line: Int
    var rule: String
    var severity: Finding.Severity = .error

    var description: String { "\(file):\(line) \(severity.rawValue) [\(rule)]" }

    init(_ file: String, _ line: Int, _ rule: String, _ severity: Finding.Severity = .error) {
        self.file = file
        self.line = line
        self.rule = rule
        self.severity = severity
    }

    init(_ finding: Finding) {
        let parts = finding.location.file.split(separator: "/")
        file = parts.suffix(2).joined(separator: "/")
        line = finding.location.line
        rule = finding.rule
        severity = finding.severity
    }
}
