/// A SARIF 2.1.0 log of findings (https://docs.oasis-open.org/sarif/sarif/v2.1.0/), the format
/// code-scanning tools (GitHub, GitLab, IDEs) read. Texts are French.
public struct SARIFLog: Sendable, Codable, Equatable {
    public var schema = "https://json.schemastore.org/sarif-2.1.0.json"
    public var version = "2.1.0"
    public var runs: [Run]

    enum CodingKeys: String, CodingKey {
        case schema = "$schema"
        case version, runs
    }

    public struct Run: Sendable, Codable, Equatable {
        public var tool: Tool
        public var language = "fr"
        public var results: [Result]
    }

    public struct Tool: Sendable, Codable, Equatable {
        public var driver: Driver
    }

    public struct Driver: Sendable, Codable, Equatable {
        public var name: String
        public var version: String
        public var informationUri: String
        public var rules: [Rule]
    }

    public struct Message: Sendable, Codable, Equatable {
        public var text: String
    }

    public struct Rule: Sendable, Codable, Equatable {
        public var id: String
        public var shortDescription: Message
        public var fullDescription: Message
        public var help: Message
        public var defaultConfiguration: Configuration
    }

    public struct Configuration: Sendable, Codable, Equatable {
        public var level: String
    }

    public struct Result: Sendable, Codable, Equatable {
        public var ruleId: String
        public var ruleIndex: Int?
        public var level: String
        public var message: Message
        public var locations: [Location]
        public var properties: [String: String]?
    }

    public struct Location: Sendable, Codable, Equatable {
        public var physicalLocation: PhysicalLocation
    }

    public struct PhysicalLocation: Sendable, Codable, Equatable {
        public var artifactLocation: ArtifactLocation
        public var region: Region
    }

    public struct ArtifactLocation: Sendable, Codable, Equatable {
        public var uri: String
    }

    public struct Region: Sendable, Codable, Equatable {
        public var startLine: Int
        public var startColumn: Int
    }

    /// A log for `findings`, describing every rule in `rules`.
    public init(findings: [Finding], rules: [RuleDescriptor], toolVersion: String) {
        let sarifRules = rules.map { rule in
            Rule(
                id: rule.id, shortDescription: Message(text: rule.title),
                fullDescription: Message(text: rule.explanation),
                help: Message(text: rule.explanation + " (pedacat validate --explain \(rule.id))"),
                defaultConfiguration: Configuration(level: Self.level(rule.severity)))
        }
        var index: [String: Int] = [:]
        for (position, rule) in rules.enumerated() { index[rule.id] = position }
        let results = findings.map { finding in
            Result(
                ruleId: finding.rule, ruleIndex: index[finding.rule], level: Self.level(finding.severity),
                message: Message(text: finding.message),
                locations: [
                    Location(
                        physicalLocation: PhysicalLocation(
                            artifactLocation: ArtifactLocation(uri: Self.uri(finding.location.file)),
                            region: Region(startLine: finding.location.line, startColumn: finding.location.column)))
                ],
                properties: finding.entryID.map { ["entryId": $0] })
        }
        runs = [
            Run(
                tool: Tool(
                    driver: Driver(
                        name: "pedacat", version: toolVersion,
                        informationUri: "https://github.com/pedacat/pedacat", rules: sarifRules)),
                results: results)
        ]
    }

    static func level(_ severity: Finding.Severity) -> String {
        severity == .error ? "error" : "warning"
    }

    /// Relative paths stay relative URIs; absolute ones become file URIs.
    static func uri(_ path: String) -> String {
        let encoded = path.addingPercentEncodingForURI()
        return path.hasPrefix("/") ? "file://" + encoded : encoded
    }
}

extension String {
    fileprivate func addingPercentEncodingForURI() -> String {
        var result = ""
        for byte in utf8 {
            let allowed =
                (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
                || [0x2D, 0x2E, 0x5F, 0x7E, 0x2F].contains(byte)
            if allowed {
                result.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                result += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return result
    }
}
