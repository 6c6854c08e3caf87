import CatalogCore
public import Hummingbird
import Logging

/// Builds the pedacat server: OAI-PMH 2.0 at `/oai`, the JSON API under `/api/`, the French
/// search page at `/` and entry pages at `/fiches/{id}`. Used by `pedacat serve` (which calls
/// `runService()`: graceful shutdown on SIGINT / SIGTERM) and by the tests (`app.test(.router)`).
///
/// Loads the catalogue and brings its search index up to date before returning.
/// `onServerRunning` receives the bound port once the server listens (useful with port 0).
public func buildApplication(
    configuration: CatalogServerConfiguration, onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }
) async throws -> some ApplicationProtocol {
    let state = try ServerState(configuration: configuration)
    var logger = Logger(label: "pedacat.serve")
    logger.logLevel = .notice
    if let reason = state.search.unavailableReason {
        logger.warning("recherche indisponible (OAI-PMH et fiches restent servis) : \(reason)")
    }
    let router = Router(context: BasicRequestContext.self)
    Routes(state: state).register(on: router)
    return Application(
        responder: GuardResponder(inner: router.buildResponder(), maximumURILength: 8 * 1024),
        configuration: ApplicationConfiguration(
            address: .hostname(configuration.host, port: configuration.port), serverName: "pedacat"),
        onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? configuration.port) },
        logger: logger)
}
