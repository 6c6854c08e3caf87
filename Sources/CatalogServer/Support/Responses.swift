import Foundation
import Hummingbird

/// Response builders.
enum Responses {
    static func data(_ data: Data, contentType: String, status: HTTPResponse.Status = .ok) -> Response {
        var buffer = ByteBufferAllocator().buffer(capacity: data.count)
        buffer.writeBytes(data)
        return Response(
            status: status, headers: [.contentType: contentType, .contentLength: String(data.count)],
            body: ResponseBody(byteBuffer: buffer))
    }

    static func text(_ status: HTTPResponse.Status, _ text: String) -> Response {
        data(Data(text.utf8), contentType: "text/plain; charset=utf-8", status: status)
    }

    static func html(_ html: String, status: HTTPResponse.Status = .ok) -> Response {
        data(Data(html.utf8), contentType: "text/html; charset=utf-8", status: status)
    }

    static func xml(_ data: Data) -> Response {
        Self.data(data, contentType: "text/xml; charset=utf-8")
    }

    static func json(_ value: some Encodable, status: HTTPResponse.Status = .ok) -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else {
            return text(.internalServerError, "Erreur interne du serveur.\n")
        }
        return Self.data(data, contentType: "application/json; charset=utf-8", status: status)
    }

    /// `{"error": "…"}` with a French message.
    static func jsonError(_ status: HTTPResponse.Status, _ message: String) -> Response {
        json(["error": message], status: status)
    }
}
