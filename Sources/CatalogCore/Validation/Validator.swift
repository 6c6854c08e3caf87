import Foundation

/// Runs curator checks over a loaded catalogue and returns findings (never throws).
///
/// Loading findings (`structure.yaml`, `structure.date`…) are part of the result under their own
/// rule ids, so `pedacat validate` reports everything in one list.
public struct Validator: Sendable {
    public var rules: [any ValidationRule]
    /// The date rules compare against (`cadre.privacy-evidence`); injectable for tests.
    public var today: ISODate

    public init(rules: [any ValidationRule] = Validator.defaultRules, today: ISODate = .today()) {
        self.rules = rules
        self.today = today
    }

    /// Every rule pedacat ships, in the order they are documented.
    public static let defaultRules: [any ValidationRule] = [
        RequiredKeysRule(), SlugRule(), DateOrderRule(), DurationRule(),
        LevelsRule(), DisciplinesRule(), ThemesRule(), CategoriesRule(), ClosedListsRule(),
        ToolReferenceRule(), AlternativeReferenceRule(), WithdrawnToolRule(),
        DuplicateIDRule(), NearDuplicateRule(),
        URLRule(), LicenseRule(),
        GenerativeBelow4eRule(), PupilAccountRule(), MinAgeRule(), PersonalDataRule(), PrivacyEvidenceRule(),
        PublicationRule(),
    ]

    /// Descriptors of every rule id a finding can carry: the loader's and the validator's.
    public static var allDescriptors: [RuleDescriptor] {
        LoadingRules.descriptors + defaultRules.map(\.descriptor)
    }

    public static func descriptor(_ id: String) -> RuleDescriptor? {
        allDescriptors.first { $0.id == id }
    }

    /// Findings for the whole catalogue, or only for the entries read from `files` (paths as in
    /// `Entry.file`, or absolute). References are still resolved against the whole catalogue.
    public func validate(_ catalog: Catalog, only files: Set<String>? = nil) -> [Finding] {
        let wanted = files.map { Set($0.map(Self.absolutePath)) }
        func selected(_ file: String) -> Bool { wanted?.contains(Self.absolutePath(file)) ?? true }

        let targets = catalog.entries.filter { selected($0.file) }
        let context = ValidationContext(catalog: catalog, targets: targets, today: today)
        var findings = catalog.findings.filter { selected($0.location.file) }

        let entryRules = rules.compactMap { $0 as? any EntryRule }
        let otherRules = rules.filter { !($0 is any EntryRule) }
        findings += Self.runInParallel(entryRules, over: targets, context: context)
        for rule in otherRules { findings += rule.check(context) }
        return findings.sortedByLocation()
    }

    /// Entry rules over chunks of entries, on every core.
    private static func runInParallel(
        _ rules: [any EntryRule], over entries: [Entry], context: ValidationContext
    ) -> [Finding] {
        guard !entries.isEmpty, !rules.isEmpty else { return [] }
        let chunkSize = 512
        let chunks = Array(stride(from: 0, to: entries.count, by: chunkSize))
        return chunks.parallelMap(chunk: 1) { start in
            var found: [Finding] = []
            for entry in entries[start..<min(entries.count, start + chunkSize)] {
                for rule in rules { found += rule.check(entry, in: context) }
            }
            return found
        }.flatMap { $0 }
    }

    static func absolutePath(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }
}
