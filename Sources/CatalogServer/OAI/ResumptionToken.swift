import Foundation

/// State of an incomplete list (ListIdentifiers, ListRecords, ListSets), handed to the harvester.
///
/// The token is self-contained (the server keeps no session): the list's arguments, the
/// offset of the next page, an expiry time and the fingerprint of the catalogue it was cut
/// from. It stays valid while that catalogue is the one served and until it expires; after a
/// change of the catalogue (or of the page size) the harvester gets `badResumptionToken` and
/// starts again, as the protocol allows.
///
/// Text form: base64url of `v1|verb|fingerprint|pageSize|offset|expires|prefix|from|until|set`,
/// each field percent-encoded.
struct ResumptionToken: Sendable, Equatable {
    var verb: OAIVerb
    var fingerprint: String
    var pageSize: Int
    var offset: Int
    /// Expiry, seconds since 1970.
    var expires: Int
    var metadataPrefix: String?
    var from: String?
    var until: String?
    var set: String?

    private static let version = "v1"
    private static let maximumLength = 2048

    var encoded: String {
        let fields = [
            Self.version, verb.rawValue, fingerprint, String(pageSize), String(offset), String(expires),
            metadataPrefix ?? "", from ?? "", until ?? "", set ?? "",
        ]
        let text = fields.map(FormParameters.encode).joined(separator: "|")
        return Data(text.utf8).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    /// Decodes a token; `nil` when it is not one this server issued (in form).
    init?(encoded text: String) {
        guard text.utf8.count <= Self.maximumLength,
            text.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") })
        else { return nil }
        var base64 = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        base64 += String(repeating: "=", count: (4 - base64.count % 4) % 4)
        guard let data = Data(base64Encoded: base64), let decoded = String(data: data, encoding: .utf8) else {
            return nil
        }
        let raw = decoded.split(separator: "|", omittingEmptySubsequences: false)
        guard raw.count == 10 else { return nil }
        let fields = raw.compactMap { FormParameters.decode($0) }
        guard fields.count == 10, fields[0] == Self.version, let verb = OAIVerb(rawValue: fields[1]),
            verb.acceptsResumptionToken, let pageSize = Int(fields[3]), pageSize > 0, let offset = Int(fields[4]),
            offset >= 0, let expires = Int(fields[5])
        else { return nil }
        self.verb = verb
        fingerprint = fields[2]
        self.pageSize = pageSize
        self.offset = offset
        self.expires = expires
        metadataPrefix = fields[6].isEmpty ? nil : fields[6]
        from = fields[7].isEmpty ? nil : fields[7]
        until = fields[8].isEmpty ? nil : fields[8]
        set = fields[9].isEmpty ? nil : fields[9]
    }

    init(
        verb: OAIVerb, fingerprint: String, pageSize: Int, offset: Int, expires: Int,
        metadataPrefix: String? = nil, from: String? = nil, until: String? = nil, set: String? = nil
    ) {
        self.verb = verb
        self.fingerprint = fingerprint
        self.pageSize = pageSize
        self.offset = offset
        self.expires = expires
        self.metadataPrefix = metadataPrefix
        self.from = from
        self.until = until
        self.set = set
    }
}
