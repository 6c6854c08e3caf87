import CatalogCore
import CatalogSearch
import Foundation

/// `search` results for people: title, kind, levels, excerpt, then the total and suggestion.
struct SearchTextView {
    let response: SearchResponse
    let offset: Int
    let console: Console

    func print() {
        for (number, hit) in response.results.enumerated() {
            let kind = Entry.Kind(rawValue: hit.kind)?.label ?? hit.kind
            var line = "\(offset + number + 1). \(console.bold(hit.title))  \(console.cyan(kind))"
            if !hit.levels.isEmpty { line += "  " + console.dim(hit.levels.joined(separator: ", ")) }
            console.print(line)
            console.print("   " + console.dim(hit.id))
            if !hit.snippet.isEmpty { console.print("   " + highlighted(hit.snippet)) }
            console.print()
        }
        if let facets = response.facets {
            printFacet("Types", facets.kind.mapKeys { Entry.Kind(rawValue: $0)?.label ?? $0 })
            printFacet("Niveaux", facets.levels)
            printFacet("Disciplines", facets.disciplines)
            printFacet("Thèmes", facets.themes)
        }
        console.print(totalLine)
        if let suggestion = response.suggestion {
            console.print("Vouliez-vous dire « \(console.bold(suggestion)) » ?")
        }
    }

    var totalLine: String {
        let total = response.total
        guard total > 0 else { return "Aucun résultat." }
        let noun = total > 1 ? "résultats" : "résultat"
        guard !response.results.isEmpty else { return "\(total) \(noun) (aucun sur cette page)." }
        let first = offset + 1
        let last = offset + response.results.count
        return last - first + 1 == total ? "\(total) \(noun)." : "\(total) \(noun) (\(first) à \(last) affichés)."
    }

    /// `[[mot]]` becomes bold on a terminal and plain text elsewhere.
    func highlighted(_ snippet: String) -> String {
        var result = ""
        var rest = Substring(snippet)
        while let open = rest.range(of: SearchHit.highlightStart),
            let close = rest[open.upperBound...].range(of: SearchHit.highlightEnd)
        {
            result += rest[..<open.lowerBound]
            result += console.bold(String(rest[open.upperBound..<close.lowerBound]))
            rest = rest[close.upperBound...]
        }
        return result + rest
    }

    private func printFacet(_ label: String, _ counts: [String: Int]) {
        guard !counts.isEmpty else { return }
        let sorted = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        console.print("\(label) : " + sorted.map { "\($0.key) (\($0.value))" }.joined(separator: ", "))
    }
}

extension Dictionary where Key == String, Value == Int {
    fileprivate func mapKeys(_ transform: (String) -> String) -> [String: Int] {
        var result: [String: Int] = [:]
        for (key, value) in self { result[transform(key), default: 0] += value }
        return result
    }
}
