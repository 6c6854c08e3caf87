import CatalogCore
import Testing

@testable import CatalogServer

@Suite struct ProtocolPartsTests {
    @Test func formParametersDecodeStrictly() throws {
        let parameters = try #require(FormParameters(parsing: "q=esprit+critique&level=4e&level=5e&x=%C3%A9"))
        #expect(parameters.first("q") == "esprit critique")
        #expect(parameters.values("level") == ["4e", "5e"])
        #expect(parameters.first("x") == "é")
        #expect(FormParameters(parsing: "a=%ZZ") == nil)
        #expect(FormParameters(parsing: "a=%C3") == nil)  // not UTF-8
        #expect(FormParameters(parsing: "a=%") == nil)
        #expect(FormParameters(pairs: [("q", "a b&c=é")]).queryString == "q=a+b%26c%3D%C3%A9")
    }

    @Test func datestampsAreDaysAtMidnightUTC() throws {
        let entry = Entry(id: "x", kind: .scenario, title: "x", updated: ISODate("2025-10-08"))
        #expect(OAIDatestamp(entry: entry).description == "2025-10-08T00:00:00Z")
        let (from, fromGranularity) = try #require(OAIDatestamp.parseArgument("2025-10-08", upperBound: false))
        #expect(from.description == "2025-10-08T00:00:00Z" && fromGranularity == .day)
        let (until, _) = try #require(OAIDatestamp.parseArgument("2025-10-08", upperBound: true))
        #expect(until.description == "2025-10-08T23:59:59Z")
        let (exact, granularity) = try #require(OAIDatestamp.parseArgument("2024-02-29T12:34:56Z", upperBound: true))
        #expect(exact.description == "2024-02-29T12:34:56Z" && granularity == .seconds)
        for bad in ["2025-02-30", "2025-10-08T24:00:00Z", "2025-10-08T10:00:00", "2025-10-08T10:00Z", "08/10/2025"] {
            #expect(OAIDatestamp.parseArgument(bad, upperBound: false) == nil, "\(bad)")
        }
    }

    @Test func resumptionTokensRoundTripAndRejectForgeries() throws {
        let token = ResumptionToken(
            verb: .listRecords, fingerprint: "0123456789abcdef", pageSize: 50, offset: 100, expires: 1_900_000_000,
            metadataPrefix: "lom", from: "2025-01-01", until: nil, set: "level:4e")
        let decoded = try #require(ResumptionToken(encoded: token.encoded))
        #expect(decoded == token)
        #expect(token.encoded.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" })
        #expect(ResumptionToken(encoded: "abc") == nil)
        #expect(ResumptionToken(encoded: "../../etc/passwd") == nil)
        #expect(ResumptionToken(encoded: String(repeating: "A", count: 5000)) == nil)
    }

    @Test func requestRulesOfTheProtocol() throws {
        func parse(_ query: String) -> OAIError.Code? {
            do {
                _ = try OAIRequest.parse(FormParameters(parsing: query)!)
                return nil
            } catch { return error.code }
        }
        #expect(parse("verb=Identify") == nil)
        #expect(parse("verb=ListRecords&resumptionToken=x") == nil)
        #expect(parse("verb=ListRecords&resumptionToken=x&metadataPrefix=lom") == .badArgument)
        #expect(parse("verb=GetRecord&identifier=a&metadataPrefix=lom&set=x") == .badArgument)
        #expect(parse("verb=ListIdentifiers&metadataPrefix=") == .badArgument)
        #expect(parse("verb=identify") == .badVerb)
    }

    @Test func setsFollowTheVocabularyHierarchy() throws {
        let entry = Entry(
            id: "x", kind: .scenario, title: "x", themes: ["ethique"],
            scenario: ScenarioDetails(levels: ["4e"], disciplines: ["emi"]))
        let specs = OAISet.specs(of: entry)
        #expect(specs.starts(with: ["kind", "kind:scenario", "theme", "theme:ethique", "level", "level:4e"]))
        #expect(specs.contains("level:cycle-4") && specs.contains("discipline:emi"))
        #expect(try #require(OAISet(spec: "level:cycle-4")).contains(entry))
        #expect(try #require(OAISet(spec: "level:5e")).contains(entry) == false)
        #expect(OAISet(spec: "level:inconnu") == nil)
        #expect(OAISet.isValidSpec("level:4e") && !OAISet.isValidSpec("level:") && !OAISet.isValidSpec("a b"))
    }

    @Test func repositoryIdentifiersFollowTheOaiIdentifierScheme() {
        #expect(CatalogServerConfiguration.isValidRepositoryIdentifier("catalogue.example.org"))
        #expect(CatalogServerConfiguration.isValidRepositoryIdentifier("pedacat.local"))
        #expect(!CatalogServerConfiguration.isValidRepositoryIdentifier("pedacat"))
        #expect(!CatalogServerConfiguration.isValidRepositoryIdentifier("1bad.org"))
    }
}
