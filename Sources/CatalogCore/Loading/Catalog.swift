public import Foundation

/// A loaded catalogue: its entries and what loading found wrong.
public struct Catalog: Sendable {
    public let root: URL
    /// Entries in load order: scenarios then tools, by file name.
    public let entries: [Entry]
    /// Findings of loading (not of validation), sorted by location.
    public let findings: [Finding]
    private let byID: [String: Int]

    public init(root: URL, entries: [Entry], findings: [Finding] = []) {
        self.root = root
        self.entries = entries
        self.findings = findings.sortedByLocation()
        var byID: [String: Int] = [:]
        for (index, entry) in entries.enumerated() where byID[entry.id] == nil { byID[entry.id] = index }
        self.byID = byID
    }

    init(root: URL, results: [LoadResult]) {
        self.init(root: root, entries: results.compactMap(\.entry), findings: results.flatMap(\.findings))
    }

    public func entry(_ id: String) -> Entry? { byID[id].map { entries[$0] } }

    public var scenarios: [Entry] { entries.filter { $0.kind == .scenario } }
    public var tools: [Entry] { entries.filter { $0.kind == .tool } }

    /// Scenarios that use the tool `toolID`.
    public func scenarios(using toolID: String) -> [Entry] {
        scenarios.filter { $0.scenario?.tools.contains { $0.id == toolID } ?? false }
    }

    /// Tools a scenario uses, in the order it lists them (unknown ids left out).
    public func tools(of scenario: Entry) -> [Entry] {
        (scenario.scenario?.tools ?? []).compactMap { entry($0.id) }
    }
}
