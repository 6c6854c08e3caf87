import CatalogServer
import Foundation
import FoundationXML
import Hummingbird
import HummingbirdTesting
import Testing

/// Every OAI-PMH error condition answers its code in a valid document with HTTP 200.
@Suite struct OAIErrorTests {
    static let cases: [(String, String)] = [
        ("", "badVerb"),
        ("verb=Frobnicate", "badVerb"),
        ("verb=Identify&verb=Identify", "badVerb"),
        ("verb=Identify&extra=1", "badArgument"),
        ("verb=ListRecords", "badArgument"),
        ("verb=GetRecord&metadataPrefix=oai_dc", "badArgument"),
        ("verb=ListRecords&metadataPrefix=oai_dc&metadataPrefix=lom", "badArgument"),
        ("verb=ListRecords&metadataPrefix=oai_dc&from=2025-13-01", "badArgument"),
        ("verb=ListRecords&metadataPrefix=oai_dc&from=2025-10-01&until=2025-01-01", "badArgument"),
        ("verb=ListRecords&metadataPrefix=oai_dc&set=level%3A%3C4e%3E", "badArgument"),
        ("verb=ListRecords&metadataPrefix=oai_dc&resumptionToken=abc", "badArgument"),
        ("verb=ListRecords&metadataPrefix=oai_dc&identifier=%01", "badArgument"),
        ("verb=ListRecords&metadataPrefix=%ZZ", "badArgument"),
        ("verb=ListRecords&resumptionToken=not-a-token", "badResumptionToken"),
        ("verb=ListSets&resumptionToken=djE", "badResumptionToken"),
        ("verb=ListRecords&metadataPrefix=marc21", "cannotDisseminateFormat"),
        (
            "verb=GetRecord&metadataPrefix=marc21&identifier=oai:pedacat.test:esprit-critique-ia-4e",
            "cannotDisseminateFormat"
        ),
        ("verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:pedacat.test:inconnu", "idDoesNotExist"),
        ("verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:pedacat.test:brouillon-scenario", "idDoesNotExist"),
        ("verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:pedacat.test:..%2F..%2Fetc%2Fpasswd", "idDoesNotExist"),
        ("verb=ListMetadataFormats&identifier=oai:pedacat.test:inconnu", "idDoesNotExist"),
        ("verb=ListIdentifiers&metadataPrefix=oai_dc&from=2030-01-01", "noRecordsMatch"),
        ("verb=ListIdentifiers&metadataPrefix=oai_dc&set=theme:inexistant", "noRecordsMatch"),
        ("verb=ListIdentifiers&metadataPrefix=oai_dc&set=discipline:philosophie", "noRecordsMatch"),
        ("verb=ListMetadataFormats&identifier=oai:pedacat.test:ancien-scenario-retire", "noMetadataFormats"),
    ]

    @Test func everyErrorConditionHasItsCode() async throws {
        let app = try await buildApplication(configuration: TestSupport.configuration())
        try await app.test(.router) { client in
            for (query, code) in Self.cases {
                let (data, status) = try await client.execute(uri: "/oai?\(query)", method: .get) {
                    (TestSupport.bytes($0.body), $0.status)
                }
                #expect(status == .ok, "\(query)")
                #expect(try TestSupport.errorCode(TestSupport.document(data)) == code, "\(query)")
                #expect(try TestSupport.issues(data) == [], "\(query)")
                if code == "badVerb" || code == "badArgument" {
                    // The request element echoes no argument then (protocol 3.2).
                    #expect(!String(decoding: data, as: UTF8.self).contains("<request verb"), "\(query)")
                }
            }
        }
    }

    @Test func noSetHierarchyWhenSetsAreOff() async throws {
        let app = try await buildApplication(configuration: TestSupport.configuration(offersSets: false))
        try await app.test(.router) { client in
            for query in ["verb=ListSets", "verb=ListIdentifiers&metadataPrefix=oai_dc&set=kind:tool"] {
                let data = try await client.execute(uri: "/oai?\(query)", method: .get) { TestSupport.bytes($0.body) }
                #expect(try TestSupport.errorCode(TestSupport.document(data)) == "noSetHierarchy", "\(query)")
                #expect(try TestSupport.issues(data) == [])
            }
        }
    }

    @Test func tokensOfAnotherCatalogueOrPageSizeAreRefused() async throws {
        // A token cut with page size 2 is refused by a server with page size 3 (another list cut).
        let small = try await buildApplication(configuration: TestSupport.configuration(pageSize: 2))
        let token = try await small.test(.router) { client in
            let data = try await client.execute(uri: "/oai?verb=ListIdentifiers&metadataPrefix=oai_dc", method: .get) {
                TestSupport.bytes($0.body)
            }
            return try #require(try TestSupport.resumptionToken(TestSupport.document(data))?.stringValue)
        }
        let other = try await buildApplication(configuration: TestSupport.configuration(pageSize: 3))
        try await other.test(.router) { client in
            let data = try await client.execute(uri: "/oai?verb=ListIdentifiers&resumptionToken=\(token)", method: .get)
            {
                TestSupport.bytes($0.body)
            }
            #expect(try TestSupport.errorCode(TestSupport.document(data)) == "badResumptionToken")
            // Same list, but a ListRecords request: the token belongs to ListIdentifiers.
            let records = try await client.execute(uri: "/oai?verb=ListRecords&resumptionToken=\(token)", method: .get)
            {
                TestSupport.bytes($0.body)
            }
            #expect(try TestSupport.errorCode(TestSupport.document(records)) == "badResumptionToken")
        }
    }
}
