public import CatalogCore
public import Foundation

/// Imports LOM / LOMFR / ScoLOMFR records as new draft entries: never overwrites a file, and a
/// record already imported (same source identifier, kept in the entry's body) is recognised.
public struct Importer: Sendable {
    /// Catalogue folder the new entries go to (`scenarios/`, `tools/`).
    public let catalogRoot: URL
    public let today: ISODate

    public init(catalogRoot: URL, today: ISODate = .today()) {
        self.catalogRoot = catalogRoot
        self.today = today
    }

    /// Parses and maps one record without writing anything.
    public static func record(from data: Data, name: String) throws(ImportFailure) -> ImportedRecord {
        let root: ParsedElement
        do {
            root = try UntrustedXMLParser.parse(data, name: name)
        } catch {
            throw ImportFailure(error)
        }
        return try LOMImportMapper.map(root)
    }

    public func importFiles(_ files: [URL]) -> ImportReport {
        var report = ImportReport()
        var known = existingSourceIdentifiers()
        for file in files {
            let outcome: ImportReport.Outcome
            do {
                outcome = try importFile(file, known: &known)
            } catch {
                outcome = .rejected(error)
            }
            report.items.append(.init(file: file.path, outcome: outcome))
        }
        return report
    }

    private func importFile(_ file: URL, known: inout [String: String]) throws(ImportFailure) -> ImportReport.Outcome {
        let data: Data
        do {
            let size = (try? FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int) ?? 0
            if size > UntrustedXMLParser.sizeLimit { throw ImportFailure.tooLarge(size) }
            data = try Data(contentsOf: file)
        } catch let failure as ImportFailure {
            throw failure
        } catch {
            throw .unreadable(error.localizedDescription)
        }
        let record = try Self.record(from: data, name: file.lastPathComponent)
        if let existing = known[record.sourceIdentifier] {
            return .alreadyImported(entryID: existing, sourceIdentifier: record.sourceIdentifier)
        }
        let folder = catalogRoot.appendingPathComponent(record.kind.folder, isDirectory: true)
        let base = String(Slug.make(from: record.title).prefix(60)).trimmingCharacters(
            in: CharacterSet(charactersIn: "-"))
        var candidate = base.isEmpty ? "notice-importee" : base
        var attempt = 1
        while true {
            let url = folder.appendingPathComponent("\(candidate).md")
            let text = record.entryText(id: candidate, file: file.lastPathComponent, today: today)
            do {
                try EntryWriter.createNew(text, at: url)
                known[record.sourceIdentifier] = candidate
                return .imported(entryID: candidate, path: url.path, unmapped: record.unmapped)
            } catch .fileExists {
                attempt += 1
                candidate = "\(base)-\(attempt)"
            } catch {
                throw .unreadable(error.description)
            }
        }
    }

    /// Source identifier → entry id, read from the bodies of the catalogue's entries.
    private func existingSourceIdentifiers() -> [String: String] {
        var result: [String: String] = [:]
        let manager = FileManager.default
        for kind in Entry.Kind.allCases {
            let folder = catalogRoot.appendingPathComponent(kind.folder, isDirectory: true)
            guard let names = try? manager.contentsOfDirectory(atPath: folder.path) else { continue }
            for name in names where name.hasSuffix(".md") {
                guard let text = try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8) else {
                    continue
                }
                for line in text.split(separator: "\n") where line.hasPrefix(ImportedRecord.identifierLabel) {
                    let identifier = line.dropFirst(ImportedRecord.identifierLabel.count).trimmingCharacters(
                        in: .whitespaces)
                    result[identifier] = String(name.dropLast(3))
                }
            }
        }
        return result
    }
}
