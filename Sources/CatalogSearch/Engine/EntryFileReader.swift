import CatalogCore
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads entry files for the index: bytes, content hash, parsed entry or findings, and the
/// analyzed document, in parallel over the machine's cores.
struct EntryFileReader: Sendable {
    let root: URL
    /// `root` as a path ending in `/`, and the part shown in findings (relative to the current
    /// directory when below it), computed once rather than per file.
    private let rootPath: String
    private let displayPrefix: String
    /// Analyzers (and their caches of terms) kept between the batches of a build.
    private let analyzers = AnalyzerPool()

    init(root: URL) {
        self.root = root
        let path = root.standardizedFileURL.path
        rootPath = path.hasSuffix("/") ? path : path + "/"
        let current = FileManager.default.currentDirectoryPath
        let prefix = current.hasSuffix("/") ? current : current + "/"
        displayPrefix = rootPath.hasPrefix(prefix) ? String(rootPath.dropFirst(prefix.count)) : rootPath
    }

    struct Result: Sendable {
        var state: CatalogScanner.FileState
        var hash: String
        var document: IndexedDocument?
        /// The entry was read (even if withdrawn and so not indexed).
        var parsed: Bool
        var findings: [Finding]
    }

    /// Reads the files, keeping their order. With `firstRowid` (a build), the documents get
    /// rowids `firstRowid`, `firstRowid + 1`, … and their postings stay in the analyzers until
    /// `takePostings()`; calls must then come one after the other, rowids ascending.
    func read(_ states: [CatalogScanner.FileState], firstRowid: Int64? = nil) -> [Result] {
        guard !states.isEmpty else { return [] }
        // Small chunks handed out as workers free up (a core taken by another process does not
        // leave the other one waiting at the end of a batch); one analyzer per chunk.
        let chunk = 16
        let starts = Array(stride(from: 0, to: states.count, by: chunk))
        return starts.parallelMap(chunk: 1) { start in
            var analyzer = analyzers.take()
            defer {
                analyzer.postingsRowid = nil
                analyzers.give(analyzer)
            }
            return states[start..<min(states.count, start + chunk)].indices.map { index in
                analyzer.postingsRowid = firstRowid.map { $0 + Int64(index) }
                return readOne(states[index], analyzer: &analyzer)
            }
        }.flatMap { $0 }
    }

    /// The posting lists the analyzers collected during `read(_:firstRowid:)` calls.
    func takePostings() -> [[(term: String, list: Postings.ListWriter)]] {
        analyzers.drain().map { analyzer in
            var analyzer = analyzer
            return analyzer.takePostings()
        }
    }

    func readOne(_ state: CatalogScanner.FileState, analyzer: inout TermAnalyzer) -> Result {
        let display = displayPath(state.path)
        let expectedID = String(state.path.split(separator: "/").last ?? "").replacingOccurrences(of: ".md", with: "")
        func failure(_ rule: String, _ message: String) -> Result {
            Result(
                state: state, hash: "", document: nil, parsed: false,
                findings: [
                    Finding(
                        rule: rule, severity: .error, message: message,
                        location: SourceLocation(file: display, line: 1, column: 1), entryID: expectedID)
                ])
        }
        guard let data = Self.readFile(rootPath + state.path, sizeHint: Int(state.size)) else {
            return failure("structure.read", "Fichier illisible : la fiche est ignorée par la recherche.")
        }
        let hash = CatalogScanner.contentHash(data)
        guard let text = String(validating: data, as: UTF8.self) else {
            return failure(
                "structure.encoding", "Le fichier n'est pas en UTF-8 : enregistrez-le en UTF-8 depuis votre éditeur.")
        }
        let parsed = EntryParser.parse(
            text, file: display, expectedID: expectedID, expectedKind: state.kind, recordingLocations: false)
        let errors = parsed.findings.filter { $0.severity == .error }
        guard let entry = parsed.entry else {
            return Result(state: state, hash: hash, document: nil, parsed: false, findings: errors)
        }
        var document = IndexedDocument(entry, analyzer: &analyzer)
        document?.path = state.path
        return Result(state: state, hash: hash, document: document, parsed: true, findings: errors)
    }

    /// The path shown in findings: relative to the current directory when below it.
    func displayPath(_ relative: String) -> String { displayPrefix + relative }

    /// The bytes of a file with plain open/read (Data(contentsOf:) stats the path several times).
    static func readFile(_ path: String, sizeHint: Int) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var bytes = [UInt8](repeating: 0, count: max(sizeHint, 0) + 1)
        var count = 0
        while true {
            if count == bytes.count { bytes.append(contentsOf: repeatElement(0, count: max(4096, count))) }
            let result = bytes.withUnsafeMutableBytes { buffer in
                posixRead(descriptor, buffer.baseAddress! + count, buffer.count - count)
            }
            if result < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if result == 0 { break }
            count += result
        }
        bytes.removeSubrange(count...)
        return bytes
    }
}

/// Analyzers collecting vocabulary, one per worker at a time.
final class AnalyzerPool: @unchecked Sendable {
    private var idle: [TermAnalyzer] = []
    private let lock = NSLock()

    func take() -> TermAnalyzer {
        lock.lock()
        defer { lock.unlock() }
        if let analyzer = idle.popLast() { return analyzer }
        var analyzer = TermAnalyzer()
        analyzer.collectsVocabulary = true
        return analyzer
    }

    func give(_ analyzer: TermAnalyzer) {
        lock.lock()
        idle.append(analyzer)
        lock.unlock()
    }

    /// Every idle analyzer, taken out of the pool.
    func drain() -> [TermAnalyzer] {
        lock.lock()
        defer { lock.unlock() }
        defer { idle.removeAll() }
        return idle
    }
}

/// `read(2)`, out of reach of the `read` methods in scope.
private func posixRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
        Glibc.read(descriptor, buffer, count)
    #else
        Darwin.read(descriptor, buffer, count)
    #endif
}
