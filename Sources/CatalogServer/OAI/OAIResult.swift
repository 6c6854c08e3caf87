/// What an OAI-PMH request answers, before it is written as XML.
enum OAIResult: Sendable {
    case identify
    case metadataFormats([OAIMetadataFormat])
    case sets([OAISet])
    case headers([OAIItem], OAIResumption?)
    case records([OAIItem], OAIMetadataFormat, OAIResumption?)
    case record(OAIItem, OAIMetadataFormat)
    case error(OAIError)
}

/// The `resumptionToken` element of a list page: a token for the next page (empty on the last
/// page of an incomplete list), the list's full size and the position of this page.
struct OAIResumption: Sendable, Equatable {
    var token: String?
    var expirationDate: OAIDatestamp?
    var completeListSize: Int
    var cursor: Int
}
