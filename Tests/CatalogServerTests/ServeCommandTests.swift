import Foundation
import Testing

/// `pedacat serve` as a user runs it: it prints its address once listening (port 0 picks a free
/// port), answers, and stops cleanly (exit 0) on SIGTERM and on SIGINT.
@Suite struct ServeCommandTests {
    static var binary: URL {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        while folder.pathExtension == "xctest" { folder.deleteLastPathComponent() }
        return folder.appendingPathComponent("pedacat")
    }

    /// Lines printed by the server, read as they come.
    final class Output: @unchecked Sendable {
        private let lock = NSLock()
        private var text = ""

        func append(_ data: Data) { lock.withLock { text += String(decoding: data, as: UTF8.self) } }
        var value: String { lock.withLock { text } }
    }

    @Test(arguments: [SIGTERM, SIGINT])
    func servesThenStopsGracefully(signal: Int32) async throws {
        let index = FileManager.default.temporaryDirectory.appendingPathComponent(
            "pedacat-serve-cmd-\(UUID().uuidString)/index.sqlite")
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = [
            "serve", "--catalog", TestSupport.fixtureCatalog.path, "--index", index.path, "--port", "0", "--page-size",
            "2",
        ]
        let out = Pipe()
        let output = Output()
        out.fileHandleForReading.readabilityHandler = { handle in output.append(handle.availableData) }
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer { if process.isRunning { process.terminate() } }

        var port: Int?
        for _ in 0..<300 where port == nil {
            try await Task.sleep(for: .milliseconds(100))
            if let range = output.value.range(of: #"http://127\.0\.0\.1:(\d+)/"#, options: .regularExpression) {
                port = Int(output.value[range].dropFirst("http://127.0.0.1:".count).dropLast())
            }
        }
        let bound = try #require(port, "no address printed: \(output.value)")
        #expect(bound > 0)
        let identify = try await Subprocess.run(
            "/usr/bin/env",
            [
                "python3", "-c",
                "import urllib.request,sys; print(urllib.request.urlopen(sys.argv[1]).read().decode())",
                "http://127.0.0.1:\(bound)/oai?verb=Identify",
            ])
        #expect(identify.output.contains("<deletedRecord>persistent</deletedRecord>"), "\(identify.errors)")

        kill(process.processIdentifier, signal)
        for _ in 0..<100 where process.isRunning { try await Task.sleep(for: .milliseconds(100)) }
        #expect(!process.isRunning, "still running 10 s after signal \(signal)")
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(process.terminationReason == .exit)
        try await Task.sleep(for: .milliseconds(100))
        #expect(output.value.contains("arrêt propre"))
    }
}
