import CatalogCore
import CatalogExport
import Foundation

/// What the server answers from, loaded once at start: the catalogue, its fingerprint, the
/// OAI-PMH repository over it and the search index. The server is read-only: nothing here
/// changes while it runs (restart it to serve edited entries; resumption tokens issued before
/// then answer `badResumptionToken`).
struct ServerState: Sendable {
    let configuration: CatalogServerConfiguration
    let catalog: Catalog
    let fingerprint: String
    let oai: OAIRepository
    let search: SearchService
    let records: RecordWriter

    init(configuration: CatalogServerConfiguration) throws {
        self.configuration = configuration
        guard CatalogServerConfiguration.pageSizeRange.contains(configuration.pageSize) else {
            throw CatalogServerError.invalidPageSize(configuration.pageSize)
        }
        guard CatalogServerConfiguration.isValidRepositoryIdentifier(configuration.repositoryIdentifier) else {
            throw CatalogServerError.invalidRepositoryIdentifier(configuration.repositoryIdentifier)
        }
        catalog = try CatalogLoader(root: configuration.catalogURL, recordingLocations: false).load()
        fingerprint = CatalogFingerprint.of(catalog)
        oai = OAIRepository(
            catalog: catalog, fingerprint: fingerprint,
            settings: OAIRepository.Settings(
                repositoryIdentifier: configuration.repositoryIdentifier,
                repositoryName: configuration.repositoryName, adminEmail: configuration.adminEmail,
                pageSize: configuration.pageSize, offersSets: configuration.offersSets,
                tokenLifetime: configuration.resumptionTokenLifetime))
        search = SearchService(
            catalog: configuration.catalogURL, index: configuration.indexURL,
            connections: max(1, min(4, ProcessInfo.processInfo.activeProcessorCount)))
        let site = configuration.publicBaseURL ?? "http://\(configuration.host):\(configuration.port)/"
        records = RecordWriter(catalog: catalog, settings: RecordSettings(baseURL: site))
    }

    /// The entry's file path relative to the catalogue folder (the API never shows server paths).
    func relativeFile(of entry: Entry) -> String {
        let root = configuration.catalogURL.standardizedFileURL.path
        let file = URL(fileURLWithPath: entry.file).standardizedFileURL.path
        guard file.hasPrefix(root + "/") else { return "\(entry.kind.folder)/\(entry.id).md" }
        return String(file.dropFirst(root.count + 1))
    }
}
