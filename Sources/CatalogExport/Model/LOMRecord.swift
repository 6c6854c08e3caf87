public import CatalogCore

/// One LOM record, format-neutral: what the three writers (ScoLOMFR, LOM, Dublin Core) walk.
/// Built from an `Entry` and its `Catalog` by `LOMRecord(entry:catalog:settings:)`.
public struct LOMRecord: Sendable, Hashable, Codable {
    /// A vocabulary value: the ScoLOMFR concept URI and French label, plus the LOMv1.0 token
    /// when plain LOM has an equivalent (`nil`: left out of plain LOM).
    public struct Term: Sendable, Hashable, Codable {
        public var uri: String
        public var label: String
        public var lomToken: String?

        public init(uri: String, label: String, lomToken: String? = nil) {
            self.uri = uri
            self.label = label
            self.lomToken = lomToken
        }
    }

    public struct Contribution: Sendable, Hashable, Codable {
        public var role: Term
        public var name: String
        public var organization: String?
        public var email: String?
        /// ISO date (YYYY-MM-DD).
        public var date: String?
    }

    public struct Taxon: Sendable, Hashable, Codable {
        public var id: String
        public var entry: String
    }

    public struct Classification: Sendable, Hashable, Codable {
        public enum Axis: String, Sendable, Hashable, Codable {
            case level, discipline, theme, toolCategory
        }

        public var axis: Axis
        public var purpose: Term
        /// `taxonPath/source`, e.g. `SCOLOMFRv3.1 ; scolomfr-voc-022 ; Niveau éducatif détaillé`.
        public var source: String
        /// One path per value, root first.
        public var paths: [[Taxon]]
    }

    public struct Relation: Sendable, Hashable, Codable {
        public var kind: Term
        public var catalog: String
        public var identifier: String
        public var description: String
    }

    public var id: String
    public var kind: Entry.Kind
    /// `general/identifier`: catalog and entry.
    public var identifierCatalog: String
    public var identifier: String
    public var title: String
    /// BCP 47 tag as written in the entry (`fr`).
    public var language: String
    /// The summary, then the body when there is one.
    public var descriptions: [String]
    public var keywords: [String]
    public var documentType: Term
    public var generalResourceType: Term?
    public var contributions: [Contribution]
    public var location: String
    public var format: String
    public var learningResourceTypes: [Term]
    public var intendedEndUserRoles: [Term]
    public var contexts: [Term]
    public var typicalAgeRange: String?
    /// ISO 8601 duration, weeks turned into days (LOM has no weeks).
    public var typicalLearningTime: String?
    public var educationalDescriptions: [String]
    public var cost: Term?
    public var copyright: Term
    public var rightsDescription: String
    public var relations: [Relation]
    public var classifications: [Classification]
    /// Last change (`updated`, else `created`), ISO date.
    public var date: String?
    /// Publisher of a tool (Dublin Core `publisher`).
    public var publisher: String?
}
