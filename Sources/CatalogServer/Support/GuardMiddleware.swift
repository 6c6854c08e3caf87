import Hummingbird
import Logging

/// Applied to every request: only GET / HEAD (and POST where a route takes it), a bounded URI,
/// and protective headers on every response (no script, no framing, no sniffing, no referrer).
struct GuardMiddleware<Context: RequestContext>: RouterMiddleware {
    var maximumURILength: Int

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws
        -> Response
    {
        var response: Response
        if request.uri.description.utf8.count > maximumURILength {
            response = Responses.text(.uriTooLong, "Adresse trop longue.\n")
        } else if ![.get, .head, .post].contains(request.method) {
            response = Responses.text(.methodNotAllowed, "Méthode non autorisée : ce serveur est en lecture seule.\n")
            response.headers[.allow] = "GET, HEAD, POST"
        } else {
            do {
                response = try await next(request, context)
            } catch let error as HTTPError {
                response = Responses.text(error.status, (error.body ?? error.status.reasonPhrase) + "\n")
            } catch {
                context.logger.error("request failed: \(String(describing: error))")
                response = Responses.text(.internalServerError, "Erreur interne du serveur.\n")
            }
        }
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[.contentSecurityPolicy] =
            "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
        response.headers[.init("Referrer-Policy")!] = "no-referrer"
        response.headers[.init("X-Frame-Options")!] = "DENY"
        return response
    }
}
