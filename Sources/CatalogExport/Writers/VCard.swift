/// vCard text for LOM `entity` elements: 4.0 for ScoLOMFR, 3.0 for plain LOM.
enum VCard {
    static func text(_ contribution: LOMRecord.Contribution, version: String) -> String {
        var lines = ["BEGIN:VCARD", "VERSION:\(version)", "FN:" + escape(contribution.name)]
        if version == "3.0" { lines.append("N:" + escape(contribution.name) + ";;;;") }
        if let organization = contribution.organization { lines.append("ORG:" + escape(organization)) }
        if let email = contribution.email { lines.append("EMAIL:" + escape(email)) }
        lines.append("END:VCARD")
        return lines.joined(separator: "\n")
    }

    /// RFC 6350 §3.4 escaping of text values.
    static func escape(_ value: String) -> String {
        guard value.contains(where: { $0 == "\\" || $0 == "," || $0 == ";" || $0.isNewline }) else { return value }
        var result = ""
        for character in value {
            switch character {
            case "\\": result += "\\\\"
            case ",": result += "\\,"
            case ";": result += "\\;"
            case _ where character.isNewline: result += "\\n"
            default: result.append(character)
            }
        }
        return result
    }

    /// Values of the `FN`, `ORG` and `EMAIL` properties of a vCard (any version), unescaped.
    static func fields(_ text: String) -> (name: String?, organization: String?, email: String?) {
        var name: String?, organization: String?, email: String?
        for rawLine in text.split(whereSeparator: \.isNewline) {
            let line = String(rawLine)
            guard let colon = line.firstIndex(of: ":") else { continue }
            let property = line[..<colon].split(separator: ";").first.map { $0.uppercased() } ?? ""
            let value = unescape(String(line[line.index(after: colon)...]))
            switch property {
            case "FN": name = value
            case "ORG": organization = value.replacingSemicolons()
            case "EMAIL": email = value
            default: break
            }
        }
        return (name, organization, email)
    }

    static func unescape(_ value: String) -> String {
        guard value.contains("\\") else { return value }
        var result = ""
        var escaped = false
        for character in value {
            if escaped {
                result.append(character == "n" || character == "N" ? "\n" : character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else {
                result.append(character)
            }
        }
        return result
    }
}

extension String {
    fileprivate func replacingSemicolons() -> String {
        split(separator: ";").map(String.init).filter { !$0.isEmpty }.joined(separator: ", ")
    }
}
