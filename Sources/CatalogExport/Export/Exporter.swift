public import CatalogCore
public import Foundation

/// Writes `DIR/<format>/<id>.xml` for a catalogue: every record checked (ScoLOMFR mandatory
/// elements always, the XSD when given) before any file changes; then only changed files are
/// replaced, each by temp file + rename; files of deleted or withdrawn entries that pedacat
/// wrote (listed in its manifest) are removed.
///
/// All or nothing: an invalid record, or a failure while writing the temporary files, leaves
/// the previous export untouched.
public struct Exporter: Sendable {
    public let catalog: Catalog
    public let writer: RecordWriter
    /// Called before each temporary file is written (tests inject failures here).
    public var beforeWrite: (@Sendable (URL) throws -> Void)?
    /// Threads building and validating records. 1 by default: on the 2-core benchmark machine,
    /// more threads were not faster (shared reference counts and allocator contention); see
    /// `Benchmarks/export-bench.sh`, which measures both.
    public var jobs = 1

    public init(catalog: Catalog, settings: RecordSettings = .default) {
        self.catalog = catalog
        self.writer = RecordWriter(catalog: catalog, settings: settings)
    }

    /// Runs the export; `progress(done, total)` is called after each record.
    /// The work runs on a thread of its own (see `ParallelMap.onFreshThread`): libxml2's many
    /// small allocations then stay out of the malloc arena that holds the loaded catalogue.
    public func export(
        _ options: ExportOptions, progress: (@Sendable (Int, Int) -> Void)? = nil
    ) throws(ExportError) -> ExportReport {
        let outcome = ParallelMap.onFreshThread { [self] in
            Result { () throws(ExportError) -> ExportReport in try self.run(options, progress: progress) }
        }
        return try outcome.get()
    }

    private func run(
        _ options: ExportOptions, progress: (@Sendable (Int, Int) -> Void)?
    ) throws(ExportError) -> ExportReport {
        let directory = options.output.appendingPathComponent(options.format.rawValue, isDirectory: true)
        var report = ExportReport(format: options.format, directory: directory.path)
        let (source, selected, withdrawn) = try select(options, report: &report)
        let validator = try options.schema.map { url throws(ExportError) in
            try SchemaValidator(xsd: url, catalog: options.xmlCatalog)
        }
        let manager = FileManager.default
        do {
            if !options.dryRun { try manager.createDirectory(at: directory, withIntermediateDirectories: true) }
        } catch {
            throw .writeFailed(directory.path, error.localizedDescription)
        }
        let oldManifest = ExportManifest.load(from: directory, format: options.format)

        // Phase 1: build, check and stage every changed record as a temporary file.
        var staged: [(temporary: URL, final: URL)] = []
        var problems: [RecordProblem] = []
        func discardStaged() {
            for file in staged { try? manager.removeItem(at: file.temporary) }
        }
        // Records are built and checked on every core, a batch at a time (bounded memory).
        let batchSize = 512
        var done = 0
        for batchStart in stride(from: 0, to: selected.count, by: batchSize) {
            // Indices into `source`: entries are read in place, never copied.
            let batch = Array(selected[batchStart..<min(selected.count, batchStart + batchSize)])
            let built = ParallelMap.map(batch, jobs: jobs) { [writer] index in
                Self.build(source[index], writer: writer, format: options.format, validator: validator)
            }
            for (index, result) in zip(batch, built) {
                let id = source[index].id
                done += 1
                defer { progress?(done, selected.count) }
                let data: Data
                switch result {
                case .failure(let error):
                    discardStaged()
                    throw error
                case .success(let (document, issues)):
                    if !issues.isEmpty {
                        problems.append(RecordProblem(id: id, issues: issues))
                        continue
                    }
                    data = document
                }
                if options.dryRun {
                    report.written.append(id)
                    continue
                }
                let final = directory.appendingPathComponent("\(id).xml")
                if let existing = try? Data(contentsOf: final), existing == data {
                    report.unchanged.append(id)
                    continue
                }
                let temporary = directory.appendingPathComponent(".\(id).xml.tmp-\(getpid())")
                do {
                    try beforeWrite?(final)
                    try data.write(to: temporary)
                } catch {
                    try? manager.removeItem(at: temporary)
                    discardStaged()
                    throw .writeFailed(final.path, "\(error)")
                }
                staged.append((temporary, final))
                report.written.append(id)
            }
        }
        if !problems.isEmpty {
            discardStaged()
            throw .invalidRecords(options.format, problems)
        }

        if options.dryRun { return report }

        // Phase 2: move staged files into place, remove files of gone entries, save manifest.
        for file in staged where rename(file.temporary.path, file.final.path) != 0 {
            let reason = String(cString: strerror(errno))
            discardStaged()
            throw .writeFailed(file.final.path, reason)
        }
        let exported = Set((report.written + report.unchanged).map { "\($0).xml" })
        var files = Set(oldManifest.files)
        var removable: Set<String>
        if options.ids.isEmpty {
            removable = files.subtracting(exported)
            files = exported
        } else {
            removable = Set(withdrawn.map { "\($0).xml" }).intersection(files)
            files = files.union(exported).subtracting(removable)
        }
        for name in removable.sorted() {
            let url = directory.appendingPathComponent(name)
            if manager.fileExists(atPath: url.path) {
                try? manager.removeItem(at: url)
                report.removed.append(String(name.dropLast(4)))
            }
        }
        let manifest = ExportManifest(format: options.format.rawValue, files: files.sorted())
        if manifest != oldManifest {
            try writeAtomically(manifest, to: directory.appendingPathComponent(ExportManifest.fileName))
        }
        return report
    }

    /// Documents of `entries` and their problems, built on `jobs` threads, in order.
    public func documents(
        _ entries: [Entry], format: ExportFormat, validator: SchemaValidator? = nil
    ) -> [Result<(Data, [XMLIssue]), ExportError>] {
        ParallelMap.onFreshThread { [self] in
            ParallelMap.map(entries, jobs: jobs) { [writer] entry in
                Self.build(entry, writer: writer, format: format, validator: validator)
            }
        }
    }

    /// The document of one entry and its problems (mandatory elements, XSD).
    static func build(
        _ entry: Entry, writer: RecordWriter, format: ExportFormat, validator: SchemaValidator?
    ) -> Result<(Data, [XMLIssue]), ExportError> {
        let record = writer.record(entry)
        let issues = format == .scolomfr ? record.mandatoryIssues : []
        do {
            guard let validator else { return .success((try writer.document(record, as: format), issues)) }
            let (data, schemaIssues) = try writer.validatedDocument(record, as: format, validator: validator)
            return .success((data, issues + schemaIssues))
        } catch {
            return .failure(error)
        }
    }

    /// The candidate entries, the indices of those to export, and the ids of withdrawn entries
    /// named on the command line.
    private func select(
        _ options: ExportOptions, report: inout ExportReport
    ) throws(ExportError) -> ([Entry], [Int], [String]) {
        var candidates: [Entry] = []
        if options.ids.isEmpty {
            candidates = catalog.entries
        } else {
            for id in options.ids {
                guard let entry = catalog.entry(id) else { throw .entryNotFound(id) }
                candidates.append(entry)
            }
        }
        var selected: [Int] = []
        var withdrawn: [String] = []
        var seen: Set<String> = []
        for index in candidates.indices where seen.insert(candidates[index].id).inserted {
            let id = candidates[index].id
            switch candidates[index].statusValue {
            case .withdrawn:
                withdrawn.append(id)
                report.skipped.append(.init(id: id, reason: "fiche retirée (withdrawn) : jamais exportée"))
            case .draft where !options.includeDrafts:
                report.skipped.append(
                    .init(id: id, reason: "brouillon : ajoutez --include-drafts pour l'exporter"))
            case nil:
                report.skipped.append(.init(id: id, reason: "statut « \(candidates[index].status) » inconnu"))
            default:
                selected.append(index)
            }
        }
        return (candidates, selected, withdrawn)
    }

    private func writeAtomically(_ manifest: ExportManifest, to url: URL) throws(ExportError) {
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".manifest.tmp-\(getpid())")
        do {
            try manifest.encoded().write(to: temporary)
        } catch {
            throw .writeFailed(url.path, error.localizedDescription)
        }
        if rename(temporary.path, url.path) != 0 {
            try? FileManager.default.removeItem(at: temporary)
            throw .writeFailed(url.path, String(cString: strerror(errno)))
        }
    }
}
