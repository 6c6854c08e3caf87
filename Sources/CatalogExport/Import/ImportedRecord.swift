public import CatalogCore

/// What the importer kept of one LOM / LOMFR / ScoLOMFR record, before it becomes an entry file.
public struct ImportedRecord: Sendable, Hashable {
    /// The record's own identifier (`catalog:entry` of general/identifier, else
    /// metaMetadata/identifier, else technical/location): how a second import is recognised.
    public var sourceIdentifier: String
    public var otherIdentifiers: [String] = []
    public var metadataSchema: String?
    public var location: String?
    public var kind: Entry.Kind = .scenario
    public var title: String = ""
    public var summary: String = ""
    public var otherDescriptions: [String] = []
    public var language: String = "fr"
    public var keywords: [String] = []
    public var levels: [String] = []
    public var disciplines: [String] = []
    public var authors: [Author] = []
    /// Other contributions, as French lines (`éditeur : Réseau Canopé`).
    public var contributors: [String] = []
    public var sourceDates: [String] = []
    public var duration: String?
    /// SPDX id when the rights text names a known licence.
    public var license: String?
    public var rights: String?
    /// What could not be mapped, in French, one line each (`ligne 42 : educational/context : …`).
    public var unmapped: [String] = []
}
