/// The keys of the entry file format (see PRODUCT.md), per part of an entry.
public enum EntryKeys {
    public static let common = [
        "id", "kind", "title", "summary", "language", "themes", "keywords", "license", "status",
        "created", "updated", "authors",
    ]
    public static let scenario = [
        "levels", "disciplines", "duration", "ai_use", "tools", "objectives", "competences",
        "inclusion", "personal_data", "teacher_checks", "review",
    ]
    public static let tool = [
        "url", "publisher", "publisher_country", "categories", "ai_type", "languages", "cost",
        "account", "min_age", "privacy", "accessibility", "runs_locally", "alternatives", "sources",
    ]
    public static let author = ["name", "organization", "email"]
    public static let toolUse = ["id", "role", "pupil_account", "fallback"]
    public static let inclusion = ["need", "adaptation"]
    public static let review = ["by", "on", "note"]
    public static let privacy = ["hosting", "dpa", "trains_on_user_data", "gar", "evidence", "verified_on"]
    public static let accessibility = ["rgaa", "features"]

    /// Keys every entry must have, per kind.
    public static func required(for kind: Entry.Kind) -> [String] {
        let base = ["id", "kind", "title", "summary", "themes", "license", "status", "created", "updated", "authors"]
        switch kind {
        case .scenario: return base + ["levels", "disciplines", "ai_use"]
        case .tool: return base + ["url", "publisher", "categories", "ai_type", "cost", "account", "privacy"]
        }
    }
}
