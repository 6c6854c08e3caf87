import CatalogCore
import Foundation
import Hummingbird

/// The server's routes, over one `ServerState`.
struct Routes: Sendable {
    let state: ServerState

    func register(on router: Router<BasicRequestContext>) {
        router.get("/oai") { request, _ in
            oaiResponse(query: request.uri.query ?? "", request: request)
        }
        router.post("/oai") { request, context in
            let body: ByteBuffer
            do {
                body = try await request.body.collect(upTo: state.configuration.maxRequestBodySize)
            } catch {
                throw HTTPError(.contentTooLarge, message: "Requête trop volumineuse.")
            }
            return oaiResponse(query: String(buffer: body), request: request)
        }
        router.get("/api/search") { request, _ in apiSearch(request) }
        router.get("/api/entries/{id}") { _, context in apiEntry(context.parameters.get("id") ?? "") }
        router.get("/api/vocab") { _, _ in Responses.json(VocabularyDocument.all) }
        router.get("/api/vocab/{name}") { _, context in apiVocabulary(context.parameters.get("name") ?? "") }
        router.get("/") { request, _ in searchPage(request) }
        router.get("/fiches/{id}") { _, context in entryPage(context.parameters.get("id") ?? "") }
        // Entry locations written in exported records (`<site>/scenarios/<id>`, `<site>/tools/<id>`).
        for kind in Entry.Kind.allCases {
            router.get("/\(kind.folder)/{id}") { _, context in
                let id = context.parameters.get("id") ?? ""
                guard Slug.isValid(id), state.catalog.entry(id)?.kind == kind else { return entryPage(id) }
                return Response(status: .movedPermanently, headers: [.location: "/fiches/\(id)"])
            }
        }
        router.get("/**") { _, _ in
            Responses.html(
                ErrorPage(title: "Page introuvable", message: "Cette adresse ne correspond à aucune page.").render(),
                status: .notFound)
        }
    }

    // MARK: OAI-PMH

    private func oaiResponse(query: String, request: Request) -> Response {
        let writer = OAIResponseWriter(
            repository: state.oai, records: state.records, baseURL: baseURL(request) + "/oai")
        let now = Date()
        guard let parameters = FormParameters(parsing: query) else {
            return Responses.xml(
                writer.document(
                    .error(.badArgument("Paramètres mal encodés (échappement % ou UTF-8 invalide).")), request: nil,
                    now: now))
        }
        let oaiRequest: OAIRequest
        do {
            oaiRequest = try OAIRequest.parse(parameters)
        } catch {
            return Responses.xml(writer.document(.error(error), request: nil, now: now))
        }
        let result = state.oai.respond(to: oaiRequest, now: now)
        return Responses.xml(writer.document(result, request: oaiRequest, now: now))
    }

    /// `http://host:port` of this server as the client reached it, or the configured public URL.
    private func baseURL(_ request: Request) -> String {
        if let configured = state.configuration.publicBaseURL {
            return configured.hasSuffix("/") ? String(configured.dropLast()) : configured
        }
        let host = request.head.authority
        if let host, !host.isEmpty, host.count <= 255,
            host.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || ".-:[]".contains($0)) })
        {
            return "http://\(host)"
        }
        return "http://\(state.configuration.host):\(state.configuration.port)"
    }

    // MARK: JSON API

    private func apiSearch(_ request: Request) -> Response {
        guard let parameters = FormParameters(parsing: request.uri.query ?? "") else {
            return Responses.jsonError(.badRequest, "Paramètres mal encodés (échappement % ou UTF-8 invalide).")
        }
        do {
            let search = try SearchParameters.parse(parameters, maximumLimit: state.configuration.maxSearchLimit)
            return Responses.json(try state.search.search(search.query))
        } catch let problem as SearchParameters.Problem {
            return Responses.jsonError(.badRequest, problem.message)
        } catch let error as CatalogServerError {
            return Responses.jsonError(.serviceUnavailable, error.description)
        } catch {
            return Responses.jsonError(
                .badRequest, (error as? any UserFacingError)?.description ?? "Recherche impossible.")
        }
    }

    private func apiEntry(_ id: String) -> Response {
        guard Slug.isValid(id), let entry = state.catalog.entry(id) else {
            return Responses.jsonError(.notFound, "Fiche introuvable : « \(id) ».")
        }
        return Responses.json(EntryDetail(entry: entry, in: state.catalog, displayPath: state.relativeFile(of:)))
    }

    private func apiVocabulary(_ name: String) -> Response {
        guard let vocabulary = Vocabularies.named(name) else {
            return Responses.jsonError(.notFound, "Vocabulaire inconnu : « \(name) ».")
        }
        return Responses.json(VocabularyDocument(vocabulary))
    }

    // MARK: Web pages

    private func searchPage(_ request: Request) -> Response {
        let page = SearchPage(state: state)
        guard let parameters = FormParameters(parsing: request.uri.query ?? "") else {
            return Responses.html(page.render(problem: "Paramètres mal encodés."), status: .badRequest)
        }
        let search: SearchParameters
        do {
            search = try SearchParameters.parse(
                parameters, maximumLimit: state.configuration.maxSearchLimit, facetsByDefault: true)
        } catch {
            return Responses.html(page.render(problem: error.message), status: .badRequest)
        }
        do {
            let response = try state.search.search(search.query)
            return Responses.html(page.render(parameters: search, response: response))
        } catch {
            let message = (error as? any UserFacingError)?.description ?? "La recherche a échoué."
            let status: HTTPResponse.Status = error is CatalogServerError ? .serviceUnavailable : .badRequest
            return Responses.html(page.render(parameters: search, problem: message), status: status)
        }
    }

    private func entryPage(_ id: String) -> Response {
        guard Slug.isValid(id), let entry = state.catalog.entry(id) else {
            return Responses.html(
                ErrorPage(title: "Fiche introuvable", message: "Aucune fiche ne porte l'identifiant « \(id) ».")
                    .render(),
                status: .notFound)
        }
        return Responses.html(EntryPage(entry: entry, catalog: state.catalog).render())
    }
}
