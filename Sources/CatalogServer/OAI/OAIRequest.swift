/// A checked OAI-PMH request: the verb and its arguments, every protocol rule about which
/// arguments may appear already applied.
struct OAIRequest: Sendable, Equatable {
    var verb: OAIVerb
    var arguments: [String: String]

    /// Arguments of the request echoed in the response's `request` element: only when the
    /// request was valid (protocol 3.2: on badVerb / badArgument, no attributes).
    var echoedArguments: [(String, String)] {
        [("verb", verb.rawValue)] + arguments.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    subscript(name: String) -> String? { arguments[name] }

    static func == (lhs: OAIRequest, rhs: OAIRequest) -> Bool {
        lhs.verb == rhs.verb && lhs.arguments == rhs.arguments
    }

    /// Applies the protocol's argument rules (3.1.1, 3.6): one verb, known verb, no repeated
    /// argument, no unknown argument, required arguments present, `resumptionToken` exclusive.
    static func parse(_ parameters: FormParameters) throws(OAIError) -> OAIRequest {
        for (name, value) in parameters.pairs where !isXMLText(name) || !isXMLText(value) {
            throw .badArgument("Un argument contient des caractères interdits en XML.")
        }
        let verbs = parameters.values("verb")
        guard verbs.count == 1, let name = verbs.first else {
            throw OAIError(
                .badVerb, verbs.isEmpty ? "Argument verb absent." : "L'argument verb est répété.")
        }
        guard let verb = OAIVerb(rawValue: name) else {
            throw OAIError(.badVerb, "Verbe OAI-PMH inconnu : « \(name) ».")
        }
        var arguments: [String: String] = [:]
        for (key, value) in parameters.pairs where key != "verb" {
            guard arguments[key] == nil else { throw .badArgument("L'argument \(key) est répété.") }
            arguments[key] = value
        }
        let allowed = verb.requiredArguments.union(verb.optionalArguments)
            .union(verb.acceptsResumptionToken ? ["resumptionToken"] : [])
        for key in arguments.keys.sorted() where !allowed.contains(key) {
            throw .badArgument("Argument non autorisé pour \(verb.rawValue) : \(key).")
        }
        if arguments["resumptionToken"] != nil {
            guard arguments.count == 1 else {
                throw .badArgument(
                    "resumptionToken est un argument exclusif : aucun autre argument n'est permis avec lui.")
            }
        } else {
            for key in verb.requiredArguments.sorted() where arguments[key] == nil {
                throw .badArgument("Argument obligatoire absent pour \(verb.rawValue) : \(key).")
            }
        }
        for (key, value) in arguments where value.isEmpty {
            throw .badArgument("L'argument \(key) est vide.")
        }
        return OAIRequest(verb: verb, arguments: arguments)
    }

    /// Whether every character may appear in an XML 1.0 document.
    static func isXMLText(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { scalar in
            switch scalar.value {
            case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
            default: false
            }
        }
    }
}
