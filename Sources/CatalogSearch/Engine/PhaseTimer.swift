import Foundation

/// Prints how long each phase took on standard error when `PEDACAT_TRACE` is set (benchmarks).
struct PhaseTimer {
    private static let enabled = ProcessInfo.processInfo.environment["PEDACAT_TRACE"] != nil
    private var last = ContinuousClock.now
    private let label: String

    init(_ label: String) { self.label = label }

    mutating func mark(_ phase: String) {
        guard Self.enabled else { return }
        let now = ContinuousClock.now
        let elapsed = now - last
        let ms = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        FileHandle.standardError.write(Data("[\(label)] \(phase): \(String(format: "%.1f", ms)) ms\n".utf8))
        last = now
    }
}
