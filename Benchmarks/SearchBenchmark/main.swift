// search-benchmark: measures the CatalogSearch engine in process, printing one JSON line per
// run, in the shape of /work/shared/bench/bench_search.py so the driver can compute ratios.
//
//   search-benchmark build CATALOG INDEX
//   search-benchmark update CATALOG INDEX            (edits one entry file, then update + one search)
//   search-benchmark query CATALOG INDEX QUERIES.jsonl [PASSES] [--plain]
//
// Queries are gen_corpus.py's JSON Lines (`terms`, `prefix`). `query` asks for facets and
// snippets like `pedacat search --facets` unless --plain.
import CatalogCore
import CatalogSearch
import Foundation

let arguments = CommandLine.arguments
guard arguments.count >= 4 else {
    FileHandle.standardError.write(
        Data("usage: search-benchmark build|update|query CATALOG INDEX [QUERIES] [PASSES]\n".utf8))
    exit(2)
}
let mode = arguments[1]
let catalog = URL(fileURLWithPath: arguments[2], isDirectory: true)
let indexURL = URL(fileURLWithPath: arguments[3])
let clock = ContinuousClock()

func milliseconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
}

func percentile(_ values: [Double], _ p: Double) -> Double {
    let sorted = values.sorted()
    let k = Double(sorted.count - 1) * p / 100
    let low = Int(k)
    let high = min(low + 1, sorted.count - 1)
    return sorted[low] + (sorted[high] - sorted[low]) * (k - Double(low))
}

func emit(_ object: [String: Any]) {
    let data = try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
    print(String(decoding: data, as: UTF8.self))
}

switch mode {
case "build":
    let index = try SearchIndex(catalog: catalog, index: indexURL)
    let start = clock.now
    let report = try index.rebuild()
    let seconds = milliseconds(clock.now - start) / 1000
    let size = (try? FileManager.default.attributesOfItem(atPath: indexURL.path)[.size] as? Int) ?? 0
    emit([
        "engine": "pedacat", "mode": "build", "build_s": seconds, "documents": report.added,
        "findings": report.findings.count, "index_bytes": size,
    ])

case "update":
    // Edit the first scenario: append a sentence, so size, mtime and hash change.
    let folder = catalog.appendingPathComponent("scenarios")
    let name = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".md") }.min()!
    let file = folder.appendingPathComponent(name)
    let handle = try FileHandle(forWritingTo: file)
    try handle.seekToEnd()
    try handle.write(contentsOf: Data("\nMise à jour mesurée \(Date().timeIntervalSince1970).\n".utf8))
    try handle.close()
    let start = clock.now
    let index = try SearchIndex(catalog: catalog, index: indexURL)
    let report = try index.update()
    let afterUpdate = clock.now
    let response = try index.search(SearchQuery(text: "mesurée", limit: 10))
    let end = clock.now
    emit([
        "engine": "pedacat", "mode": "update", "update_ms": milliseconds(afterUpdate - start),
        "update_and_search_ms": milliseconds(end - start), "updated": report.updated,
        "unchanged": report.unchanged, "hits": response.total,
    ])

case "query":
    let passes = arguments.count > 5 ? Int(arguments[5]) ?? 3 : 3
    let plain = arguments.contains("--plain")
    let lines = try String(contentsOfFile: arguments[4], encoding: .utf8).split(separator: "\n")
    let queries: [String] = lines.compactMap { line in
        guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
            let terms = object["terms"] as? [String]
        else { return nil }
        return terms.joined(separator: " ") + ((object["prefix"] as? Bool) == true ? "*" : "")
    }
    let openStart = clock.now
    let index = try SearchIndex(catalog: catalog, index: indexURL)
    _ = try index.search(SearchQuery(text: nil, limit: 1, facets: !plain))
    let openMs = milliseconds(clock.now - openStart)
    func run(_ text: String) throws -> Int {
        try index.search(SearchQuery(text: text, limit: 10, facets: !plain)).results.count
    }
    for query in queries { _ = try run(query) }  // warm-up pass
    var latencies: [Double] = []
    var perQuery = Array(repeating: [Double](), count: queries.count)
    var zeroHits = 0
    for pass in 0..<passes {
        for (number, query) in queries.enumerated() {
            let start = clock.now
            let hits = try run(query)
            let ms = milliseconds(clock.now - start)
            latencies.append(ms)
            perQuery[number].append(ms)
            if pass == 0 && hits == 0 { zeroHits += 1 }
        }
    }
    let slowest = perQuery.enumerated()
        .map { ($0.element.sorted()[$0.element.count / 2], queries[$0.offset]) }
        .sorted { $0.0 > $1.0 }.prefix(5).map { [($0.0 * 100).rounded() / 100, $0.1] as [Any] }
    emit([
        "engine": plain ? "pedacat-plain" : "pedacat", "mode": "query", "queries": queries.count,
        "passes": passes, "p50_ms": percentile(latencies, 50), "p90_ms": percentile(latencies, 90),
        "p99_ms": percentile(latencies, 99), "max_ms": latencies.max() ?? 0,
        "mean_ms": latencies.reduce(0, +) / Double(max(1, latencies.count)), "zero_hit_queries": zeroHits,
        "open_ms": openMs, "slowest": slowest,
    ])

default:
    FileHandle.standardError.write(Data("unknown mode \(mode)\n".utf8))
    exit(2)
}
