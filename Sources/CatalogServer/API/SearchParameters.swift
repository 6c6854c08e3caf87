import CatalogCore
import Foundation

/// The parameters of `/api/search` and of the search page, checked: the same as
/// `pedacat search` (`q`, `kind`, `level`, `discipline`, `theme`, `tool`, `limit`, `offset`,
/// `facets`), keys repeatable where the command's options are.
struct SearchParameters: Sendable, Equatable {
    var text: String?
    var filter: EntryFilter
    var limit: Int
    var offset: Int
    var facets: Bool

    static let defaultLimit = 10
    /// Deepest result reachable by paging, to bound the work of one request.
    static let maximumOffset = 10_000
    static let maximumQueryLength = 500

    /// Why parameters were refused, in French (answered as HTTP 400).
    struct Problem: Error, Sendable, Equatable {
        var message: String
    }

    static func parse(
        _ parameters: FormParameters, maximumLimit: Int, facetsByDefault: Bool = false
    ) throws(Problem)
        -> SearchParameters
    {
        let known: Set = ["q", "kind", "level", "discipline", "theme", "tool", "limit", "offset", "facets"]
        for name in parameters.names where !known.contains(name) {
            throw Problem(message: "Paramètre inconnu : \(name).")
        }
        for name in ["q", "limit", "offset", "facets"] where parameters.values(name).count > 1 {
            throw Problem(message: "Le paramètre \(name) est répété.")
        }
        var text = parameters.first("q")?.trimmingCharacters(in: .whitespacesAndNewlines)
        if text?.isEmpty == true { text = nil }
        if let text, text.count > maximumQueryLength {
            throw Problem(message: "Requête trop longue (\(maximumQueryLength) caractères au plus).")
        }
        var kinds: [Entry.Kind] = []
        for value in parameters.values("kind") where !value.isEmpty {
            guard let kind = Entry.Kind(rawValue: value) else {
                throw Problem(message: "kind=\(value) : type inconnu (scenario ou tool).")
            }
            if !kinds.contains(kind) { kinds.append(kind) }
        }
        let filter = EntryFilter(
            kinds: kinds, levels: nonEmpty(parameters.values("level")),
            disciplines: nonEmpty(parameters.values("discipline")), themes: nonEmpty(parameters.values("theme")),
            tools: nonEmpty(parameters.values("tool")))
        for unknown in filter.unknownValues() {
            var message = "\(unknown.key.dropFirst(2))=\(unknown.value) : identifiant inconnu."
            if let suggestion = unknown.suggestion { message += " Vouliez-vous dire « \(suggestion) » ?" }
            throw Problem(message: message)
        }
        for tool in filter.tools where !Slug.isValid(tool) {
            throw Problem(message: "tool=\(tool) : identifiant de fiche invalide.")
        }
        let limit = try integer(
            parameters.first("limit"), name: "limit", default: defaultLimit, range: 1...maximumLimit)
        let offset = try integer(parameters.first("offset"), name: "offset", default: 0, range: 0...maximumOffset)
        var facets = facetsByDefault
        if let value = parameters.first("facets") {
            switch value {
            case "", "1", "true", "oui": facets = true
            case "0", "false", "non": facets = false
            default: throw Problem(message: "facets=\(value) : valeur attendue true ou false.")
            }
        }
        return SearchParameters(text: text, filter: filter, limit: limit, offset: offset, facets: facets)
    }

    private static func nonEmpty(_ values: [String]) -> [String] {
        var result: [String] = []
        for value in values where !value.isEmpty && !result.contains(value) { result.append(value) }
        return result
    }

    private static func integer(
        _ text: String?, name: String, default value: Int, range: ClosedRange<Int>
    ) throws(Problem)
        -> Int
    {
        guard let text else { return value }
        guard text.count <= 9, let number = Int(text), range.contains(number) else {
            throw Problem(message: "\(name)=\(text) : entier attendu entre \(range.lowerBound) et \(range.upperBound).")
        }
        return number
    }
}
