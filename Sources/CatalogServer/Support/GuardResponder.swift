import Hummingbird
import Logging

/// Applied to every request: only GET / HEAD (and POST where a route takes it), a bounded URI,
/// and protective headers on every response (no script, no framing, no sniffing, no referrer).
///
/// It wraps the router (rather than being a router middleware) so that it also sees requests no
/// route takes: HEAD is answered as GET without the body, and the router's own errors become
/// plain answers, never an unexplained 500.
struct GuardResponder<Inner: HTTPResponder>: HTTPResponder where Inner.Context: RequestContext {
    typealias Context = Inner.Context

    let inner: Inner
    var maximumURILength: Int

    @Sendable func respond(to request: Request, context: Context) async throws -> Response {
        var response: Response
        if request.uri.description.utf8.count > maximumURILength {
            response = Responses.text(.uriTooLong, "Adresse trop longue.\n")
        } else if ![.get, .head, .post].contains(request.method) {
            response = Responses.text(.methodNotAllowed, "Méthode non autorisée : ce serveur est en lecture seule.\n")
            response.headers[.allow] = "GET, HEAD, POST"
        } else {
            var forwarded = request
            if request.method == .head {
                var head = request.head
                head.method = .get
                forwarded = Request(head: head, body: request.body)
            }
            do {
                response = try await inner.respond(to: forwarded, context: context)
            } catch let error as HTTPError {
                response = Responses.text(error.status, (error.body ?? error.status.reasonPhrase) + "\n")
            } catch {
                context.logger.error("request failed: \(String(describing: error))")
                response = Responses.text(.internalServerError, "Erreur interne du serveur.\n")
            }
        }
        if request.method == .head { response.body = ResponseBody() }
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[.contentSecurityPolicy] =
            "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
        response.headers[.init("Referrer-Policy")!] = "no-referrer"
        response.headers[.init("X-Frame-Options")!] = "DENY"
        return response
    }
}
