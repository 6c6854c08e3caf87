import CatalogCore
import Foundation

/// OAI-PMH UTC datestamps, in seconds since 1970 (granularity `YYYY-MM-DDThh:mm:ssZ`).
///
/// Entries carry a day (`updated: 2025-10-08`); the record's datestamp is that day at
/// `T00:00:00Z` (falling back to `created`, then to 1970-01-01 when neither is written).
/// Harvest arguments may use day or seconds granularity; `until` with a day means the whole day.
struct OAIDatestamp: Sendable, Hashable, Comparable {
    var seconds: Int

    init(seconds: Int) { self.seconds = seconds }

    init(day: ISODate) { seconds = Self.epochDay(day) * 86_400 }

    /// The datestamp of an entry: `updated`, else `created`, else the epoch.
    init(entry: Entry) {
        if let day = entry.updated ?? entry.created { self.init(day: day) } else { self.init(seconds: 0) }
    }

    init(date: Date) { seconds = Int(date.timeIntervalSince1970.rounded(.down)) }

    static func < (lhs: OAIDatestamp, rhs: OAIDatestamp) -> Bool { lhs.seconds < rhs.seconds }

    /// `2025-10-08T00:00:00Z`.
    var description: String {
        let day = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let rest = seconds - day * 86_400
        let date = Self.day(fromEpochDay: day)
        return "\(date)T\(Self.two(rest / 3600)):\(Self.two(rest / 60 % 60)):\(Self.two(rest % 60))Z"
    }

    /// A harvest bound: the granularity written and the first (for `from`) or last (for
    /// `until`) second it covers.
    enum Granularity: Sendable, Equatable { case day, seconds }

    /// Parses `YYYY-MM-DD` or `YYYY-MM-DDThh:mm:ssZ`; `nil` for anything else.
    static func parseArgument(_ text: String, upperBound: Bool) -> (OAIDatestamp, Granularity)? {
        if let day = ISODate(text) {
            let start = OAIDatestamp(day: day).seconds
            return (OAIDatestamp(seconds: upperBound ? start + 86_399 : start), .day)
        }
        guard text.count == 20, text.hasSuffix("Z") else { return nil }
        let parts = text.dropLast().split(separator: "T", omittingEmptySubsequences: false)
        guard parts.count == 2, let day = ISODate(String(parts[0])) else { return nil }
        let time = parts[1].split(separator: ":", omittingEmptySubsequences: false)
        guard time.count == 3,
            time.allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
            let hour = Int(time[0]), let minute = Int(time[1]), let second = Int(time[2]),
            hour < 24, minute < 60, second < 60
        else { return nil }
        return (OAIDatestamp(seconds: OAIDatestamp(day: day).seconds + hour * 3600 + minute * 60 + second), .seconds)
    }

    private static func two(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }

    private static func epochDay(_ day: ISODate) -> Int { day.daysSinceEpoch }

    private static func day(fromEpochDay days: Int) -> ISODate { ISODate(dayNumberSinceEpoch: days) }
}
