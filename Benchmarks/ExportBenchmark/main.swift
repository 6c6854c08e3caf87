// export-benchmark: records/s of pedacat's ScoLOMFR export on a generated catalogue, without and
// with in-process XSD validation. Prints one JSON line. The lxml peer (Benchmarks/lxml_peer.py)
// builds the same records from the JSON Lines this program writes with --dump.
//
//   export-benchmark CATALOG_DIR XSD [--limit N] [--dump RECORDS.jsonl] [--dump-lines RECORDS.txt]
//                    [--passes 3] [--no-files]
// (--dump-lines: the same records for the C peer, Benchmarks/c-peer/c_peer.c; see RecordLines.swift)
import CatalogCore
import CatalogExport
import Foundation

func argument(_ name: String) -> String? {
    guard let index = CommandLine.arguments.firstIndex(of: name), index + 1 < CommandLine.arguments.count else {
        return nil
    }
    return CommandLine.arguments[index + 1]
}

let positional = CommandLine.arguments.dropFirst().prefix { !$0.hasPrefix("--") }
guard positional.count == 2 else {
    FileHandle.standardError.write(
        Data("usage: export-benchmark CATALOG_DIR XSD [--limit N] [--dump FILE] [--passes P]\n".utf8))
    exit(2)
}
let catalogURL = URL(fileURLWithPath: positional[positional.startIndex], isDirectory: true)
let xsd = URL(fileURLWithPath: positional[positional.startIndex + 1])
let limit = argument("--limit").flatMap(Int.init) ?? Int.max
let passes = argument("--passes").flatMap(Int.init) ?? 3

func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

let loadStart = now()
let catalog = try CatalogLoader(root: catalogURL).load()
let loadSeconds = now() - loadStart
let entries = Array(catalog.entries.prefix(limit))
let writer = RecordWriter(catalog: catalog)

if let dump = argument("--dump") {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    var lines = Data()
    for entry in entries {
        lines.append(try encoder.encode(writer.record(entry)))
        lines.append(0x0A)
    }
    try lines.write(to: URL(fileURLWithPath: dump))
}
if let dump = argument("--dump-lines") {
    var text = ""
    for entry in entries { text += RecordLines.text(writer.record(entry)) }
    try Data(text.utf8).write(to: URL(fileURLWithPath: dump))
}

// `--only plain|validated`: only the one-thread `Exporter` dry run (for profilers), rate printed.
if let only = argument("--only") {
    let validator = only == "validated" ? try SchemaValidator(xsd: xsd) : nil
    print(Int(exporterRate(validator, jobs: 1)))
    exit(0)
}

/// Best of `passes` runs of `body` over every entry; returns records/s and total bytes.
func measure(_ body: (Entry) throws -> Int) rethrows -> (rate: Double, bytes: Int) {
    var best = Double.infinity
    var bytes = 0
    for _ in 0..<passes {
        bytes = 0
        let start = now()
        for entry in entries { bytes += try body(entry) }
        best = min(best, now() - start)
    }
    return (Double(entries.count) / best, bytes)
}

let plain = try measure { entry in try writer.document(entry, as: .scolomfr).count }
let validator = try SchemaValidator(xsd: xsd)
var invalid = 0
let validated = try measure { entry in
    let (data, issues) = try writer.validatedDocument(writer.record(entry), as: .scolomfr, validator: validator)
    if !issues.isEmpty { invalid += 1 }
    return data.count
}
/// The same validated run on a fresh thread (its own malloc arena, away from the catalogue).
final class Box: @unchecked Sendable { var rate = 0.0 }
let onThread = Box()
let finished = DispatchSemaphore(value: 0)
let threadEntries = entries
let threadPasses = passes
let worker = Thread {
    var best = Double.infinity
    for _ in 0..<threadPasses {
        let start = DispatchTime.now().uptimeNanoseconds
        for entry in threadEntries {
            _ = try? writer.validatedDocument(writer.record(entry), as: .scolomfr, validator: validator)
        }
        best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
    onThread.rate = Double(threadEntries.count) / best
    finished.signal()
}
worker.start()
finished.wait()
let validatedByParsing = try measure { entry in
    let data = try writer.document(entry, as: .scolomfr)
    if !validator.validate(data, name: "\(entry.id).xml").isEmpty { invalid += 1 }
    return data.count
}
let lom = try measure { entry in try writer.document(entry, as: .lom).count }
let dc = try measure { entry in try writer.document(entry, as: .oaiDC).count }

/// Full `Exporter` runs into a fresh folder (files written, manifest), on `jobs` threads.
func exportRate(schema: URL?, jobs: Int) throws -> Double {
    var best = Double.infinity
    for _ in 0..<passes {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("export-bench-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        var exporter = Exporter(catalog: catalog)
        exporter.jobs = jobs
        let ids = entries.count == catalog.entries.count ? [] : entries.map(\.id)
        let start = now()
        _ = try exporter.export(ExportOptions(format: .scolomfr, output: output, ids: ids, schema: schema))
        best = min(best, now() - start)
    }
    return Double(entries.count) / best
}

let cores = ProcessInfo.processInfo.activeProcessorCount
let withFiles = !CommandLine.arguments.contains("--no-files")
let filesSingle = withFiles ? try exportRate(schema: nil, jobs: 1) : 0
let filesParallel = withFiles ? try exportRate(schema: nil, jobs: cores) : 0
let filesValidatedSingle = withFiles ? try exportRate(schema: xsd, jobs: 1) : 0
let filesValidatedParallel = withFiles ? try exportRate(schema: xsd, jobs: cores) : 0
func exporterRate(_ validator: SchemaValidator?, jobs: Int) -> Double {
    // (the schema is compiled by each export run, as `pedacat export --schema` does)
    var exporter = Exporter(catalog: catalog)
    exporter.jobs = jobs
    var best = Double.infinity
    for _ in 0..<passes {
        let start = now()
        // `Exporter.export` without writing: its own thread, batches of 512 built then dropped.
        let report = try! exporter.export(
            ExportOptions(
                format: .scolomfr, output: URL(fileURLWithPath: "/nonexistent"),
                ids: entries.count == catalog.entries.count ? [] : entries.map(\.id),
                schema: validator == nil ? nil : xsd, dryRun: true))
        precondition(report.written.count == entries.count)
        best = min(best, now() - start)
    }
    return Double(entries.count) / best
}
let exporterPlain = exporterRate(nil, jobs: 1)
let exporterValidated = exporterRate(validator, jobs: 1)
let parallelPlain = exporterRate(nil, jobs: ProcessInfo.processInfo.activeProcessorCount)
let parallelValidated = exporterRate(validator, jobs: ProcessInfo.processInfo.activeProcessorCount)
let recordOnly = measure { entry in writer.record(entry).keywords.count }

let result: [String: Any] = [
    "cores": cores,
    "scolomfr_rec_per_s_all_cores": parallelPlain.rounded(),
    "scolomfr_validated_rec_per_s_all_cores": parallelValidated.rounded(),
    "record_model_only_rec_per_s": recordOnly.rate.rounded(),
    "export_files_rec_per_s_1_thread": filesSingle.rounded(),
    "export_files_rec_per_s_all_cores": filesParallel.rounded(),
    "export_files_validated_rec_per_s_1_thread": filesValidatedSingle.rounded(),
    "export_files_validated_rec_per_s_all_cores": filesValidatedParallel.rounded(),
    "engine": "pedacat-swift-libxml2",
    "records": entries.count,
    "load_catalog_s": (loadSeconds * 100).rounded() / 100,
    "scolomfr_rec_per_s": exporterPlain.rounded(),
    "scolomfr_validated_rec_per_s": exporterValidated.rounded(),
    "scolomfr_main_thread_rec_per_s": plain.rate.rounded(),
    "scolomfr_validated_main_thread_rec_per_s": validated.rate.rounded(),
    "scolomfr_validated_worker_thread_rec_per_s": onThread.rate.rounded(),
    "scolomfr_validated_by_parsing_rec_per_s": validatedByParsing.rate.rounded(),
    "lom_rec_per_s": lom.rate.rounded(),
    "oai_dc_rec_per_s": dc.rate.rounded(),
    "scolomfr_mean_bytes": plain.bytes / max(entries.count, 1),
    "invalid_records": invalid / (2 * passes),
]
let json = try JSONSerialization.data(withJSONObject: result, options: [.sortedKeys])
print(String(decoding: json, as: UTF8.self))
