import CatalogCore

/// One item of the repository: a published entry, or a withdrawn one (a deleted record:
/// header with `status="deleted"`, no metadata, kept for ever — `deletedRecord=persistent`).
/// Drafts and entries in review are not in the repository.
struct OAIItem: Sendable {
    var entry: Entry
    var identifier: String
    var datestamp: OAIDatestamp
    var isDeleted: Bool
    var setSpecs: [String]

    init(entry: Entry, repositoryIdentifier: String) {
        self.entry = entry
        identifier = "oai:\(repositoryIdentifier):\(entry.id)"
        datestamp = OAIDatestamp(entry: entry)
        isDeleted = entry.statusValue == .withdrawn
        setSpecs = OAISet.specs(of: entry)
    }

    /// Whether an entry is in the repository at all.
    static func isHarvestable(_ entry: Entry) -> Bool {
        entry.statusValue == .published || entry.statusValue == .withdrawn
    }
}
