public import CatalogCore

/// What bringing the index up to date did.
public struct IndexUpdateReport: Sendable, Hashable {
    /// Entry files indexed for the first time.
    public var added: Int
    /// Entry files re-read because they changed.
    public var updated: Int
    /// Entries removed because their file disappeared (or became unreadable).
    public var removed: Int
    /// Entry files left as they were.
    public var unchanged: Int
    /// The whole index was built again (asked, or schema / analyzer version changed).
    public var rebuilt: Bool
    /// Problems of files that could not be indexed (they are skipped, never fatal).
    public var findings: [Finding]

    public init(
        added: Int = 0, updated: Int = 0, removed: Int = 0, unchanged: Int = 0, rebuilt: Bool = false,
        findings: [Finding] = []
    ) {
        self.added = added
        self.updated = updated
        self.removed = removed
        self.unchanged = unchanged
        self.rebuilt = rebuilt
        self.findings = findings
    }

    /// Nothing was written.
    public var isUnchanged: Bool { added == 0 && updated == 0 && removed == 0 && !rebuilt }
}
