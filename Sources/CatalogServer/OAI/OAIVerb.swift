/// The six OAI-PMH 2.0 verbs and the arguments each accepts.
enum OAIVerb: String, Sendable, CaseIterable {
    case identify = "Identify"
    case listMetadataFormats = "ListMetadataFormats"
    case listSets = "ListSets"
    case listIdentifiers = "ListIdentifiers"
    case listRecords = "ListRecords"
    case getRecord = "GetRecord"

    /// Arguments that must be present (outside the exclusive `resumptionToken`).
    var requiredArguments: Set<String> {
        switch self {
        case .identify, .listMetadataFormats, .listSets: []
        case .listIdentifiers, .listRecords: ["metadataPrefix"]
        case .getRecord: ["identifier", "metadataPrefix"]
        }
    }

    /// Arguments that may be present.
    var optionalArguments: Set<String> {
        switch self {
        case .identify, .getRecord: []
        case .listMetadataFormats: ["identifier"]
        case .listSets: []
        case .listIdentifiers, .listRecords: ["from", "until", "set"]
        }
    }

    /// Whether the verb takes an exclusive `resumptionToken`.
    var acceptsResumptionToken: Bool {
        switch self {
        case .listSets, .listIdentifiers, .listRecords: true
        case .identify, .listMetadataFormats, .getRecord: false
        }
    }
}
