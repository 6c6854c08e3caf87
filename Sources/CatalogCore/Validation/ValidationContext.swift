/// What a rule sees: the whole catalogue (to resolve references), the entries to check, and
/// "today" (injectable, so that tests of date rules do not depend on the calendar).
public struct ValidationContext: Sendable {
    public let catalog: Catalog
    /// Entries whose findings are wanted (every entry, or those of the files given).
    public let targets: [Entry]
    public let today: ISODate
    /// Ids of every tool entry, sorted, for "did you mean" on bad references.
    public let toolIDs: [String]

    public init(catalog: Catalog, targets: [Entry], today: ISODate) {
        self.catalog = catalog
        self.targets = targets
        self.today = today
        self.toolIDs = catalog.entries.filter { $0.kind == .tool }.map(\.id).sorted()
    }

    /// The tool entry called `id`, if the catalogue has one.
    public func tool(_ id: String) -> Entry? {
        guard let entry = catalog.entry(id), entry.kind == .tool else { return nil }
        return entry
    }

    /// The existing tool id closest to `text`, for suggestions.
    public func nearestToolID(to text: String) -> String? {
        NearestID.find(text, among: toolIDs)
    }
}

/// "Did you mean": the closest candidate by edit distance, when it is close enough.
public enum NearestID {
    public static func find(_ text: String, among candidates: [String]) -> String? {
        let wanted = TextFolding.fold(text)
        let limit = wanted.count <= 3 ? 1 : max(2, wanted.count / 3)
        var best: (id: String, distance: Int)?
        for candidate in candidates {
            // Cheap bound first: lengths far apart cannot be within the limit.
            guard abs(candidate.count - wanted.count) <= limit else { continue }
            let distance = EditDistance.levenshtein(wanted, TextFolding.fold(candidate))
            if distance <= limit, best == nil || distance < best!.distance { best = (candidate, distance) }
        }
        return best?.id
    }

    /// « Vouliez-vous dire « x » ? » or nothing.
    static func suggestion(_ id: String?) -> String {
        id.map { " Vouliez-vous dire « \($0) » ?" } ?? ""
    }
}
