internal import CLibXML2
import Foundation
import Synchronization

/// Process-wide libxml2 setup, done once, before any other libxml2 call of pedacat: the record
/// arena allocator (`LibXML2Arena`; `PEDACAT_LIBXML2_ARENA=0` leaves libxml2 on malloc),
/// parser initialisation, a no-network entity loader (catalogs still resolve remote schema
/// locations to local files) and XML catalogs.
enum LibXML2Environment {
    private static let initialized: Bool = {
        if ProcessInfo.processInfo.environment["PEDACAT_LIBXML2_ARENA"] != "0" { _ = LibXML2Arena.install() }
        xmlInitParser()
        xmlInitializeCatalog()
        xmlSetExternalEntityLoader(xmlNoNetExternalEntityLoader)
        return true
    }()

    private static let loadedCatalogs = Mutex<Set<String>>([])

    static func prepare() {
        _ = initialized
    }

    /// Adds an OASIS XML catalog to libxml2's default catalogs (once per path).
    static func loadCatalog(_ url: URL) {
        prepare()
        let path = url.standardizedFileURL.path
        let isNew = loadedCatalogs.withLock { $0.insert(path).inserted }
        if isNew { _ = xmlLoadCatalog(path) }
    }
}

/// Collects libxml2's structured errors for one operation. Passed to libxml2 as an opaque
/// pointer; its callback turns each `xmlError` into an `XMLIssue`.
final class IssueCollector {
    var issues: [XMLIssue] = []
    let limit: Int

    init(limit: Int = 200) {
        self.limit = limit
    }

    var pointer: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }

    static let handler: pedacat_structured_error_handler = { context, error in
        guard let context, let error else { return }
        let collector = Unmanaged<IssueCollector>.fromOpaque(context).takeUnretainedValue()
        collector.add(error.pointee)
    }

    func add(_ error: xmlError) {
        guard issues.count < limit else { return }
        let raw = error.message.map { String(cString: $0) } ?? "erreur inconnue"
        let message = LibXML2Messages.french(raw.trimmingCharacters(in: .whitespacesAndNewlines))
        let severity: XMLIssue.Severity = error.level == XML_ERR_WARNING ? .warning : .error
        issues.append(
            XMLIssue(line: Int(error.line), column: Int(error.int2), severity: severity, message: message))
    }

    /// Runs `body` with this collector receiving the thread's generic libxml2 errors (parser
    /// errors), then restores the default handler. libxml2 keeps this handler per thread.
    func capturingParserErrors<Result>(_ body: () throws -> Result) rethrows -> Result {
        pedacat_xmlSetStructuredErrorFunc(pointer, IssueCollector.handler)
        defer { pedacat_xmlSetStructuredErrorFunc(nil, nil) }
        return try body()
    }
}
