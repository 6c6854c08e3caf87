public import Foundation

/// Reads a whole `catalog/` folder: `scenarios/*.md` and `tools/*.md`.
///
/// Files are read and parsed in parallel; results come back in a stable order (kind, then file
/// name). A file that cannot be read or parsed yields findings and no entry; the others load.
public struct CatalogLoader: Sendable {
    public let root: URL
    /// Keep where every key was written (`Entry.locations`), which validation needs. Commands
    /// that only show or export entries skip it: loading is then about a tenth faster. Loading
    /// findings carry their location either way.
    public var recordingLocations: Bool

    public init(root: URL, recordingLocations: Bool = true) {
        self.root = root
        self.recordingLocations = recordingLocations
    }

    public init(path: String, recordingLocations: Bool = true) {
        self.init(root: URL(fileURLWithPath: path, isDirectory: true), recordingLocations: recordingLocations)
    }

    /// Every entry file of the catalogue, sorted: scenarios, then tools, by file name.
    public func entryFiles() throws(CatalogError) -> [EntryFile] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory), isDirectory.boolValue
        else { throw .catalogNotFound(root.path) }
        var files: [EntryFile] = []
        let displayRoot = displayPrefix()
        for kind in Entry.Kind.allCases {
            let folder = root.appendingPathComponent(kind.folder, isDirectory: true)
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { continue }
            for name in names.sorted() where name.hasSuffix(".md") && !name.hasPrefix(".") {
                files.append(
                    EntryFile(
                        url: folder.appendingPathComponent(name), kind: kind,
                        displayPath: displayRoot + kind.folder + "/" + name))
            }
        }
        return files
    }

    /// Loads every entry file.
    public func load() throws(CatalogError) -> Catalog {
        let files = try entryFiles()
        return Catalog(root: root, results: Self.parse(files, recordingLocations: recordingLocations))
    }

    /// Parses the given files in parallel, keeping their order.
    public static func parse(_ files: [EntryFile], recordingLocations: Bool = true) -> [LoadResult] {
        files.parallelMap(chunk: 16) { parseFile($0, recordingLocations: recordingLocations) }
    }

    /// Reads and parses one file.
    public static func parseFile(_ file: EntryFile, recordingLocations: Bool = true) -> LoadResult {
        let expectedID = file.url.deletingPathExtension().lastPathComponent
        let data: Data
        do {
            data = try Data(contentsOf: file.url)
        } catch {
            return LoadResult(
                file: file, entry: nil,
                findings: [
                    Finding(
                        rule: "structure.read", severity: .error,
                        message: "Fichier illisible : \(error.localizedDescription)",
                        location: SourceLocation(file: file.displayPath, line: 1, column: 1), entryID: expectedID)
                ])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            return LoadResult(
                file: file, entry: nil,
                findings: [
                    Finding(
                        rule: "structure.encoding", severity: .error,
                        message: "Le fichier n'est pas en UTF-8 : enregistrez-le en UTF-8 depuis votre éditeur.",
                        location: SourceLocation(file: file.displayPath, line: 1, column: 1), entryID: expectedID)
                ])
        }
        let parsed = EntryParser.parse(
            text, file: file.displayPath, expectedID: expectedID, expectedKind: file.kind,
            recordingLocations: recordingLocations)
        return LoadResult(file: file, entry: parsed.entry, findings: parsed.findings)
    }

    /// Folder part of the paths shown in messages (ends with `/`): relative to the current
    /// directory when the catalogue is below it, absolute otherwise.
    private func displayPrefix() -> String {
        var full = root.standardizedFileURL.path
        if !full.hasSuffix("/") { full += "/" }
        let current = FileManager.default.currentDirectoryPath
        let prefix = current.hasSuffix("/") ? current : current + "/"
        return full.hasPrefix(prefix) ? String(full.dropFirst(prefix.count)) : full
    }
}

/// One file to load, with the kind its folder implies.
public struct EntryFile: Sendable, Hashable {
    public var url: URL
    public var kind: Entry.Kind?
    /// The path shown in findings.
    public var displayPath: String

    public init(url: URL, kind: Entry.Kind?, displayPath: String) {
        self.url = url
        self.kind = kind
        self.displayPath = displayPath
    }
}

/// What loading one file gave.
public struct LoadResult: Sendable {
    public var file: EntryFile
    public var entry: Entry?
    public var findings: [Finding]
}
