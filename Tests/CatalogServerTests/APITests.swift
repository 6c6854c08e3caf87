import CatalogSearch
import CatalogServer
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// The JSON API: `/api/search` (the JSON of `pedacat search --format json`), `/api/entries/{id}`,
/// `/api/vocab`; bad parameters are 400 with a French message, unknown ids 404.
@Suite struct APITests {
    @Test func searchAnswersTheSearchResponseJSON() async throws {
        let app = try await buildApplication(configuration: TestSupport.configuration())
        try await app.test(.router) { client in
            try await client.execute(uri: "/api/search?q=esprit+critique&facets=true", method: .get) { response in
                // The title matches; snippets come from the body or summary.
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "application/json; charset=utf-8")
                let body = try JSONDecoder().decode(SearchResponse.self, from: TestSupport.bytes(response.body))
                #expect(body.query == "esprit critique")
                #expect(body.results.first?.id == "esprit-critique-ia-4e")
                #expect(body.facets?.levels["4e"] == 1)
            }
            try await client.execute(uri: "/api/search?q=sources+fiables", method: .get) { response in
                let body = try JSONDecoder().decode(SearchResponse.self, from: TestSupport.bytes(response.body))
                #expect(body.results.first?.snippet.contains("[[sources]]") == true)
            }
            try await client.execute(uri: "/api/search?kind=tool&limit=1&offset=1", method: .get) { response in
                let body = try JSONDecoder().decode(SearchResponse.self, from: TestSupport.bytes(response.body))
                #expect(body.total == 2)
                #expect(body.results.count == 1)
                #expect(body.facets == nil)
            }
            try await client.execute(uri: "/api/search?level=cycle-4", method: .get) { response in
                let body = try JSONDecoder().decode(SearchResponse.self, from: TestSupport.bytes(response.body))
                #expect(Set(body.results.map(\.id)).isSuperset(of: ["esprit-critique-ia-4e", "neurones-debranche-5e"]))
            }
        }
    }

    @Test(arguments: [
        "/api/search?level=4eme", "/api/search?kind=outil", "/api/search?limit=0", "/api/search?limit=100000",
        "/api/search?offset=-1", "/api/search?facets=peut-etre", "/api/search?q=a&q=b", "/api/search?frobnicate=1",
        "/api/search?q=%ZZ", "/api/search?tool=..%2F..%2Fetc",
    ])
    func badSearchParametersAre400(uri: String) async throws {
        let app = try await buildApplication(configuration: TestSupport.configuration())
        try await app.test(.router) { client in
            try await client.execute(uri: uri, method: .get) { response in
                #expect(response.status == .badRequest)
                let body = try JSONDecoder().decode([String: String].self, from: TestSupport.bytes(response.body))
                #expect(body["error"]?.isEmpty == false)
            }
        }
    }

    @Test func entriesShowLinkedEntriesAndNoServerPath() async throws {
        let app = try await buildApplication(configuration: TestSupport.configuration())
        try await app.test(.router) { client in
            try await client.execute(uri: "/api/entries/assistant-conversationnel", method: .get) { response in
                #expect(response.status == .ok)
                let json = try #require(
                    try JSONSerialization.jsonObject(with: TestSupport.bytes(response.body)) as? [String: Any])
                let entry = try #require(json["entry"] as? [String: Any])
                #expect(entry["id"] as? String == "assistant-conversationnel")
                #expect(entry["file"] as? String == "tools/assistant-conversationnel.md")
                let usedBy = try #require(json["used_by"] as? [[String: Any]])
                #expect(usedBy.map { $0["id"] as? String } == ["esprit-critique-ia-4e"])
            }
            for uri in ["/api/entries/inconnu", "/api/entries/..%2F..%2Fetc%2Fpasswd", "/api/entries/ESPRIT"] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .notFound, "\(uri)")
                }
            }
        }
    }

    @Test func vocabulariesAreListed() async throws {
        let app = try await buildApplication(configuration: TestSupport.configuration())
        try await app.test(.router) { client in
            try await client.execute(uri: "/api/vocab", method: .get) { response in
                let json = try #require(
                    try JSONSerialization.jsonObject(with: TestSupport.bytes(response.body)) as? [String: Any])
                let names = (json["vocabularies"] as? [[String: Any]])?.compactMap { $0["name"] as? String } ?? []
                #expect(names.contains("levels") && names.contains("themes"))
            }
            try await client.execute(uri: "/api/vocab/levels", method: .get) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body).contains("\"4e\""))
            }
            try await client.execute(uri: "/api/vocab/inconnu", method: .get) { #expect($0.status == .notFound) }
        }
    }

    @Test func theServerIsReadOnlyAndBounded() async throws {
        let app = try await buildApplication(configuration: TestSupport.configuration())
        try await app.test(.router) { client in
            for method in [HTTPRequest.Method.put, .delete, .patch] {
                try await client.execute(uri: "/api/entries/assistant-conversationnel", method: method) { response in
                    #expect(response.status == .methodNotAllowed)
                }
            }
            try await client.execute(uri: "/api/search?q=" + String(repeating: "a", count: 9000), method: .get) {
                response in
                #expect(response.status == .uriTooLong)
            }
            try await client.execute(uri: "/oai?verb=Identify", method: .head) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType]?.hasPrefix("text/xml") == true)
                #expect(response.body.readableBytes == 0)
            }
            try await client.execute(uri: "/", method: .get) { response in
                #expect(response.headers[.contentSecurityPolicy]?.contains("default-src 'none'") == true)
            }
        }
    }
}
