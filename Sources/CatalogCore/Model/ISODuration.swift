/// An ISO 8601 duration as used in entries (`PT55M`, `PT1H30M`, `P2W`, `P1DT2H`).
public struct ISODuration: Sendable, Hashable, CustomStringConvertible {
    public var years = 0, months = 0, weeks = 0, days = 0, hours = 0, minutes = 0, seconds = 0
    public let text: String

    /// Parses `text`; `nil` when it is not an ISO 8601 duration with at least one component.
    public init?(_ text: String) {
        self.text = text
        var rest = Substring(text)
        guard rest.first == "P" else { return nil }
        rest = rest.dropFirst()
        var inTime = false
        var number = ""
        var sawComponent = false
        for character in rest {
            if character == "T" {
                guard !inTime, number.isEmpty else { return nil }
                inTime = true
            } else if character.isASCII && character.isNumber {
                number.append(character)
            } else {
                guard let value = Int(number) else { return nil }
                number = ""
                sawComponent = true
                switch (inTime, character) {
                case (false, "Y"): years = value
                case (false, "M"): months = value
                case (false, "W"): weeks = value
                case (false, "D"): days = value
                case (true, "H"): hours = value
                case (true, "M"): minutes = value
                case (true, "S"): seconds = value
                default: return nil
                }
            }
        }
        guard number.isEmpty, sawComponent, !(inTime && text.hasSuffix("T")) else { return nil }
    }

    public var description: String { text }

    /// Total minutes for durations made of hours/minutes/days/weeks (months and years count 30 and 365 days).
    public var totalMinutes: Int {
        ((((years * 365 + months * 30 + weeks * 7 + days) * 24) + hours) * 60) + minutes + seconds / 60
    }

    /// French reading: « 1 h 30 min », « 2 semaines », « 3 jours ».
    public var frenchLabel: String {
        var parts: [String] = []
        if years > 0 { parts.append("\(years) an\(years > 1 ? "s" : "")") }
        if months > 0 { parts.append("\(months) mois") }
        if weeks > 0 { parts.append("\(weeks) semaine\(weeks > 1 ? "s" : "")") }
        if days > 0 { parts.append("\(days) jour\(days > 1 ? "s" : "")") }
        if hours > 0 { parts.append("\(hours) h") }
        if minutes > 0 { parts.append("\(minutes) min") }
        if seconds > 0 { parts.append("\(seconds) s") }
        return parts.isEmpty ? "0 min" : parts.joined(separator: " ")
    }
}
