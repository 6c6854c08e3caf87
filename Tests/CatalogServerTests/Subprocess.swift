import Foundation

/// Runs a program to its end without blocking a Swift concurrency thread (the server under
/// test needs them), with a time limit.
struct Subprocess: Sendable {
    var status: Int32
    var output: String
    var errors: String

    static func run(
        _ executable: String, _ arguments: [String], environment: [String: String] = [:], timeout: TimeInterval = 120
    ) async throws -> Subprocess {
        let process = Process()
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        return try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                do {
                    try process.run()
                } catch {
                    continuation.resume(throwing: error)
                    return
                }
                let deadline = DispatchWorkItem { if process.isRunning { process.terminate() } }
                DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: deadline)
                let group = DispatchGroup()
                let outBox = DataBox()
                group.enter()
                DispatchQueue.global().async {
                    outBox.set(out.fileHandleForReading.readDataToEndOfFile())
                    group.leave()
                }
                let errData = err.fileHandleForReading.readDataToEndOfFile()
                group.wait()
                let outData = outBox.get()
                process.waitUntilExit()
                deadline.cancel()
                continuation.resume(
                    returning: Subprocess(
                        status: process.terminationStatus, output: String(decoding: outData, as: UTF8.self),
                        errors: String(decoding: errData, as: UTF8.self)))
            }
        }
    }

    /// The full path of a program on PATH, if any.
    static func which(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Whether the tests run in CI (`CI` set): external tools must then be present.
    static var inCI: Bool { ProcessInfo.processInfo.environment["CI"].map { !$0.isEmpty } ?? false }
}

/// Bytes read on another thread.
private final class DataBox: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()

    func set(_ value: Data) { lock.withLock { data = value } }
    func get() -> Data { lock.withLock { data } }
}
