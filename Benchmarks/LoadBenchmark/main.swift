// Measures how long loading a catalogue takes, against reading the same files' bytes in the
// same run (the machine is shared: absolute times drift, the ratio is what compares).
//
//   swift run -c release load-benchmark CATALOG_DIR [--runs N] [--no-locations]
import CatalogCore
import Dispatch
import Foundation

let arguments = CommandLine.arguments.dropFirst()
guard let path = arguments.first else {
    FileHandle.standardError.write(Data("usage : load-benchmark DOSSIER_CATALOGUE [--runs N]\n".utf8))
    exit(2)
}
var runs = 5
if let index = arguments.firstIndex(of: "--runs"), arguments.index(after: index) < arguments.endIndex,
    let value = Int(arguments[arguments.index(after: index)])
{
    runs = value
}

let loader = CatalogLoader(path: path, recordingLocations: !arguments.contains("--no-locations"))
let files = try loader.entryFiles()

func seconds(_ work: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try work()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }

var readTimes: [Double] = []
var loadTimes: [Double] = []
var entryCount = 0
var findingCount = 0
for _ in 0..<runs {
    readTimes.append(
        seconds {
            var bytes = 0
            for file in files { bytes += (try? Data(contentsOf: file.url).count) ?? 0 }
            precondition(bytes > 0)
        })
    loadTimes.append(
        try seconds {
            let catalog = try loader.load()
            entryCount = catalog.entries.count
            findingCount = catalog.findings.count
        })
}
let read = median(readTimes)
let load = median(loadTimes)
let report: [String: Any] = [
    "files": files.count, "entries": entryCount, "findings": findingCount, "runs": runs,
    "read_bytes_s": read, "load_s": load, "load_over_read": load / read,
    "entries_per_s": Double(entryCount) / load,
]
let json = try JSONSerialization.data(withJSONObject: report, options: [.sortedKeys])
print(String(decoding: json, as: UTF8.self))
