import CatalogServer
import Foundation
import FoundationXML
import Hummingbird
import HummingbirdTesting
import Testing

/// OAI-PMH 2.0 through the in-process router: every verb, paging, and every response valid
/// against the OAI-PMH schema with its metadata schemas (`shared/standards/oai-pmh/own-wrappers`).
@Suite struct OAIProtocolTests {
    private func get(
        _ query: String, pageSize: Int = 2, offersSets: Bool = true
    ) async throws -> (Data, HTTPResponse.Status, String?) {
        let app = try await buildApplication(
            configuration: TestSupport.configuration(pageSize: pageSize, offersSets: offersSets))
        return try await app.test(.router) { client in
            try await client.execute(uri: "/oai?\(query)", method: .get) { response in
                (TestSupport.bytes(response.body), response.status, response.headers[.contentType])
            }
        }
    }

    @Test func identifyDescribesTheRepositoryAndValidates() async throws {
        let (data, status, type) = try await get("verb=Identify")
        #expect(status == .ok)
        #expect(type?.hasPrefix("text/xml") == true)
        #expect(try TestSupport.issues(data, identify: true) == [])
        let document = try TestSupport.document(data)
        #expect(try TestSupport.texts(document, "deletedRecord") == ["persistent"])
        #expect(try TestSupport.texts(document, "granularity") == ["YYYY-MM-DDThh:mm:ssZ"])
        // The withdrawn entry (updated 2025-02-01) is older than every published one but the 5e scenario.
        #expect(try TestSupport.texts(document, "earliestDatestamp") == ["2025-01-06T00:00:00Z"])
        #expect(try TestSupport.texts(document, "repositoryIdentifier") == ["pedacat.test"])
        #expect(try TestSupport.texts(document, "baseURL").first?.hasSuffix("/oai") == true)
    }

    @Test func listMetadataFormatsOffersOaiDCAndLom() async throws {
        let (data, _, _) = try await get("verb=ListMetadataFormats")
        #expect(try TestSupport.issues(data) == [])
        let document = try TestSupport.document(data)
        #expect(try TestSupport.texts(document, "metadataPrefix") == ["oai_dc", "lom"])
        #expect(try TestSupport.texts(document, "metadataNamespace").contains("http://ltsc.ieee.org/xsd/LOM"))
        let (one, _, _) = try await get("verb=ListMetadataFormats&identifier=oai:pedacat.test:esprit-critique-ia-4e")
        #expect(try TestSupport.issues(one) == [])
        #expect(try TestSupport.texts(TestSupport.document(one), "metadataPrefix") == ["oai_dc", "lom"])
    }

    @Test func listSetsNamesKindThemeLevelAndDiscipline() async throws {
        let (data, _, _) = try await get("verb=ListSets")
        #expect(try TestSupport.issues(data) == [])
        let specs = try TestSupport.texts(TestSupport.document(data), "setSpec")
        for spec in [
            "kind", "kind:scenario", "kind:tool", "theme:ethique", "level:4e", "level:cycle-4", "discipline:emi",
        ] {
            #expect(specs.contains(spec), "missing set \(spec)")
        }
    }

    @Test(arguments: ["oai_dc", "lom"])
    func listRecordsPagesThroughTheWholeRepository(prefix: String) async throws {
        let app = try await buildApplication(configuration: TestSupport.configuration(pageSize: 2))
        try await app.test(.router) { client in
            var identifiers: [String] = []
            var query = "verb=ListRecords&metadataPrefix=\(prefix)"
            var pages = 0
            var cursors: [String] = []
            while true {
                let data = try await client.execute(uri: "/oai?\(query)", method: .get) { TestSupport.bytes($0.body) }
                #expect(try TestSupport.issues(data) == [], "page \(pages) of \(prefix)")
                let document = try TestSupport.document(data)
                #expect(try TestSupport.errorCode(document) == nil)
                identifiers += try TestSupport.texts(document, "identifier").filter { $0.hasPrefix("oai:") }
                pages += 1
                guard let token = try TestSupport.resumptionToken(document) else { break }
                #expect(TestSupport.attribute(token, "completeListSize") == "6")
                cursors.append(TestSupport.attribute(token, "cursor") ?? "")
                guard let value = token.stringValue, !value.isEmpty else {
                    #expect(TestSupport.attribute(token, "expirationDate") == nil)
                    break
                }
                #expect(TestSupport.attribute(token, "expirationDate")?.hasSuffix("Z") == true)
                query = "verb=ListRecords&resumptionToken=\(value)"
                try #require(pages < 10)
            }
            #expect(pages == 3)
            #expect(cursors == ["0", "2", "4"])
            #expect(Set(identifiers) == Set(TestSupport.harvestableIDs.map { "oai:pedacat.test:\($0)" }))
            #expect(identifiers.count == 6)
        }
    }

    @Test func withdrawnEntriesAreDeletedRecordsWithoutMetadata() async throws {
        let (data, _, _) = try await get(
            "verb=GetRecord&metadataPrefix=lom&identifier=oai:pedacat.test:ancien-scenario-retire")
        #expect(try TestSupport.issues(data) == [])
        let document = try TestSupport.document(data)
        let header = try #require(try document.nodes(forXPath: "//*[local-name()='header']").first as? XMLElement)
        #expect(TestSupport.attribute(header, "status") == "deleted")
        #expect(try document.nodes(forXPath: "//*[local-name()='metadata']").isEmpty)
        let (formats, _, _) = try await get(
            "verb=ListMetadataFormats&identifier=oai:pedacat.test:ancien-scenario-retire")
        #expect(try TestSupport.errorCode(TestSupport.document(formats)) == "noMetadataFormats")
    }

    @Test(arguments: ["oai_dc", "lom"])
    func getRecordEmbedsTheExportedRecord(prefix: String) async throws {
        let (data, _, _) = try await get(
            "verb=GetRecord&metadataPrefix=\(prefix)&identifier=oai:pedacat.test:esprit-critique-ia-4e")
        #expect(try TestSupport.issues(data) == [])
        let document = try TestSupport.document(data)
        #expect(try TestSupport.texts(document, "datestamp") == ["2025-10-08T00:00:00Z"])
        let specs = try TestSupport.texts(document, "setSpec")
        #expect(specs.contains("level:4e") && specs.contains("level:cycle-4") && specs.contains("discipline:emi"))
        let root = prefix == "lom" ? "lom" : "dc"
        #expect(try !document.nodes(forXPath: "//*[local-name()='metadata']/*[local-name()='\(root)']").isEmpty)
        #expect(String(decoding: data, as: UTF8.self).contains("Exercer son esprit critique"))
    }

    @Test func selectiveHarvestingBySetAndDate() async throws {
        let (bySet, _, _) = try await get("verb=ListIdentifiers&metadataPrefix=oai_dc&set=level:cycle-4", pageSize: 50)
        #expect(try TestSupport.issues(bySet) == [])
        let ids = try TestSupport.texts(TestSupport.document(bySet), "identifier")
        #expect(
            Set(ids) == [
                "oai:pedacat.test:esprit-critique-ia-4e", "oai:pedacat.test:neurones-debranche-5e",
                "oai:pedacat.test:ancien-scenario-retire",
            ])
        let (byDate, _, _) = try await get(
            "verb=ListIdentifiers&metadataPrefix=oai_dc&from=2025-09-01&until=2025-09-30T23:59:59Z", pageSize: 50)
        #expect(try TestSupport.errorCode(TestSupport.document(byDate)) == "badArgument")  // mixed granularities
        let (september, _, _) = try await get(
            "verb=ListIdentifiers&metadataPrefix=oai_dc&from=2025-09-01&until=2025-09-30", pageSize: 50)
        #expect(
            try TestSupport.texts(TestSupport.document(september), "identifier") == [
                "oai:pedacat.test:assistant-conversationnel"
            ])
        let (seconds, _, _) = try await get(
            "verb=ListIdentifiers&metadataPrefix=oai_dc&from=2025-10-08T00:00:00Z", pageSize: 50)
        #expect(
            try TestSupport.texts(TestSupport.document(seconds), "identifier") == [
                "oai:pedacat.test:esprit-critique-ia-4e"
            ])
    }

    @Test func postFormEncodedIsAnsweredLikeGet() async throws {
        let app = try await buildApplication(configuration: TestSupport.configuration())
        try await app.test(.router) { client in
            let body = ByteBuffer(
                string: "verb=GetRecord&metadataPrefix=oai_dc&identifier=oai%3Apedacat.test%3Aneurones-debranche-5e")
            let data = try await client.execute(
                uri: "/oai", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"], body: body
            ) { TestSupport.bytes($0.body) }
            #expect(try TestSupport.issues(data) == [])
            #expect(
                try TestSupport.texts(TestSupport.document(data), "identifier").first
                    == "oai:pedacat.test:neurones-debranche-5e")
            let large = ByteBuffer(string: "verb=Identify&x=" + String(repeating: "a", count: 20_000))
            try await client.execute(uri: "/oai", method: .post, body: large) { response in
                #expect(response.status == .contentTooLarge)
            }
        }
    }
}
