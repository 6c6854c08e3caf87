import CatalogCore
import Foundation

// validate-benchmark: times loading and validating catalogues, and measures the similarity
// figures behind `NearDuplicateRule.threshold`. Not a test: run it in release mode.
//
//   swift run -c release validate-benchmark time DIR...        load / validate / near-duplicate times
//   swift run -c release validate-benchmark similarity DIR     Jaccard distributions (threshold choice)
//   swift run -c release validate-benchmark brute DIR N         all-pairs Jaccard on N entries (the peer)

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func format(_ value: Double) -> String { String(format: "%.3f", value) }

/// LSH shape from the environment (BANDS, ROWS, THRESHOLD), to compare settings.
let environment = ProcessInfo.processInfo.environment
let defaultRule = NearDuplicateRule()
let bands = environment["BANDS"].flatMap { Int($0) } ?? defaultRule.minHash.bands
let rows = environment["ROWS"].flatMap { Int($0) } ?? defaultRule.minHash.rows
let threshold = environment["THRESHOLD"].flatMap { Double($0) } ?? defaultRule.threshold
let configuredRule = NearDuplicateRule(threshold: threshold, minHash: MinHash(bands: bands, rows: rows))

func time(_ paths: [String]) throws {
    for path in paths {
        var catalog: Catalog!
        let load = try seconds { catalog = try CatalogLoader(path: path).load() }
        var findings: [Finding] = []
        let all = seconds { findings = Validator(today: ISODate("2026-11-29")!).validate(catalog) }
        let rule = configuredRule
        var pairs: [(Int, Int, Double)] = []
        let near = seconds { pairs = rule.similarPairs(catalog.entries) }
        var raw: [[UInt64]] = []
        let shingling = seconds { raw = catalog.entries.map { Shingles.of($0.title + " " + $0.summary) } }
        var sets: [[UInt64]] = []
        let filtering = seconds { sets = NearDuplicateRule.distinctiveShingles(raw) }
        let minHash = configuredRule.minHash
        var keys: [[UInt64]] = []
        let signing = seconds { keys = minHash.bandKeys(of: sets) }
        var candidates = 0
        let banding = seconds { candidates = minHash.candidatePairs(keys).count }
        print(
            "  phases (s): shingles \(format(shingling)) (1 core), common pairs \(format(filtering)), "
                + "signatures \(format(signing)), bands \(format(banding))")
        var byRule: [String: Int] = [:]
        for finding in findings { byRule[finding.rule, default: 0] += 1 }
        print(
            "{\"catalog\": \"\(path)\", \"entries\": \(catalog.entries.count), \"load_s\": \(format(load)), "
                + "\"validate_s\": \(format(all)), \"near_duplicates_s\": \(format(near)), "
                + "\"candidate_pairs\": \(candidates), \"similar_pairs\": \(pairs.count), "
                + "\"findings\": \(findings.count), \"by_rule\": \(byRule)}")
    }
}

/// Jaccard of candidate pairs (what the threshold cuts), of random pairs, and of edited copies
/// (what it must keep).
func similarity(_ path: String) throws {
    let catalog = try CatalogLoader(path: path).load()
    let texts = catalog.entries.map { $0.title + " " + $0.summary }
    let all = texts.map { Shingles.of($0) }
    let common = NearDuplicateRule.commonShingles(all)
    let sets = all.map { NearDuplicateRule.removing(common, from: $0) }
    let minHash = configuredRule.minHash
    let candidates = minHash.candidatePairs(minHash.bandKeys(of: sets))
    var histogram = [Int](repeating: 0, count: 11)
    var top: [(Double, Int, Int)] = []
    for pair in candidates {
        let i = Int(pair >> 32)
        let j = Int(pair & 0xFFFF_FFFF)
        let value = Shingles.jaccard(sets[i], sets[j])
        histogram[Int(value * 10)] += 1
        top.append((value, i, j))
    }
    top.sort { $0.0 > $1.0 }
    print("bands \(bands) rows \(rows); entries: \(texts.count), candidate pairs: \(candidates.count)")
    print("candidate Jaccard histogram (0.0-0.1 … 1.0): \(histogram)")
    for (value, i, j) in top.prefix(5) {
        print(String(format: "  %.3f  %@  |  %@", value, catalog.entries[i].id, catalog.entries[j].id))
    }
    var generator = SystemRandomNumberGenerator()
    var randomMax = 0.0
    for _ in 0..<min(200_000, texts.count * 10) {
        let i = Int.random(in: 0..<texts.count, using: &generator)
        let j = Int.random(in: 0..<texts.count, using: &generator)
        if i != j { randomMax = max(randomMax, Shingles.jaccard(sets[i], sets[j])) }
    }
    print("max Jaccard over random pairs: \(format(randomMax))")
    // Edited copies: k words of the text replaced / one sentence appended.
    let pool = texts.flatMap { $0.split(separator: " ") }.map(String.init)
    for edits in [1, 2, 3, 5, 8] {
        var values: [Double] = []
        var found = 0
        for index in stride(from: 0, to: texts.count, by: max(1, texts.count / 500)) {
            var words = texts[index].split(separator: " ").map(String.init)
            for _ in 0..<edits { words[Int.random(in: 0..<words.count)] = pool.randomElement()! }
            let copy = NearDuplicateRule.removing(common, from: Shingles.of(words.joined(separator: " ")))
            let value = Shingles.jaccard(sets[index], copy)
            values.append(value)
            let a = minHash.bandKeys(sets[index])
            let b = minHash.bandKeys(copy)
            if zip(a, b).contains(where: { $0 == $1 }) { found += 1 }
        }
        values.sort()
        let words = texts.map { $0.split(separator: " ").count }.reduce(0, +) / texts.count
        print(
            "\(edits) word(s) replaced (texts of ~\(words) words): Jaccard p5 \(format(values[values.count / 20])) "
                + "median \(format(values[values.count / 2])), LSH recall \(found)/\(values.count)")
    }
}

/// The quadratic peer: exact Jaccard of every pair of the first N entries.
func brute(_ path: String, _ count: Int) throws {
    let catalog = try CatalogLoader(path: path).load()
    let sets = NearDuplicateRule.distinctiveShingles(
        catalog.entries.prefix(count).map { Shingles.of($0.title + " " + $0.summary) })
    var above = 0
    let elapsed = seconds {
        for i in 0..<sets.count {
            for j in (i + 1)..<sets.count where Shingles.jaccard(sets[i], sets[j]) >= threshold { above += 1 }
        }
    }
    var found = 0
    let lsh = seconds { found = configuredRule.similarPairs(Array(catalog.entries.prefix(count))).count }
    print(
        "{\"entries\": \(sets.count), \"all_pairs_s\": \(format(elapsed)), \"lsh_s\": \(format(lsh)), \"pairs_above\": \(above)}"
    )
}

let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "time": try time(Array(arguments.dropFirst()))
case "similarity": try similarity(arguments[1])
case "brute": try brute(arguments[1], Int(arguments[2]) ?? 2000)
default: print("usage: validate-benchmark time DIR… | similarity DIR | brute DIR N")
}
