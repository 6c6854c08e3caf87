/// An OAI-PMH 2.0 error condition (section 3.6 of the protocol), answered inside a normal
/// `200 OK` OAI-PMH document, never as an HTTP error.
struct OAIError: Error, Sendable, Equatable {
    enum Code: String, Sendable, CaseIterable {
        case badArgument, badResumptionToken, badVerb, cannotDisseminateFormat, idDoesNotExist
        case noRecordsMatch, noMetadataFormats, noSetHierarchy
    }

    var code: Code
    /// Human-readable explanation (French, like every user-facing text of pedacat).
    var message: String

    init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    static func badArgument(_ message: String) -> OAIError { OAIError(.badArgument, message) }
    static func badResumptionToken(_ message: String) -> OAIError { OAIError(.badResumptionToken, message) }
}
