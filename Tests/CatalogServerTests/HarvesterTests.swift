import CatalogServer
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// A real OAI-PMH harvester (Python Sickle) harvests the whole catalogue from a server on
/// 127.0.0.1 (random free port), both formats, with paging forced by a page size of 2.
@Suite struct HarvesterTests {
    static let python = Subprocess.which("python3")

    static var sickleAvailable: Bool {
        guard let python else { return false }
        let check = Process()
        check.executableURL = URL(fileURLWithPath: python)
        check.arguments = ["-c", "import sickle"]
        check.standardOutput = FileHandle.nullDevice
        check.standardError = FileHandle.nullDevice
        guard (try? check.run()) != nil else { return false }
        check.waitUntilExit()
        return check.terminationStatus == 0
    }

    struct Harvest: Decodable {
        struct Identify: Decodable {
            var deletedRecord: String
            var granularity: String
        }
        struct Format: Decodable {
            var records: [String]
            var deleted: [String]
            var without_metadata: [String]
            var identifiers: [String]
        }
        var identify: Identify
        var formats: [String]
        var sets: [String]
        var harvests: [String: Format]
    }

    @Test(
        .enabled(
            if: sickleAvailable || Subprocess.inCI, "python3 with sickle is absent (pip install sickle); required in CI"
        ))
    func sickleHarvestsTheWholeCatalogue() async throws {
        let python = try #require(Self.python, "python3 not found")
        let script = TestSupport.testsDirectory.appendingPathComponent("Fixtures/harvest.py").path
        let app = try await buildApplication(configuration: TestSupport.configuration(pageSize: 2))
        let run = try await app.test(.live) { client in
            let port = try #require(client.port)
            return try await Subprocess.run(python, [script, "http://127.0.0.1:\(port)/oai"])
        }
        #expect(run.status == 0, "\(run.errors)")
        let harvest = try JSONDecoder().decode(Harvest.self, from: Data(run.output.utf8))
        #expect(harvest.identify.deletedRecord == "persistent")
        #expect(harvest.identify.granularity == "YYYY-MM-DDThh:mm:ssZ")
        #expect(harvest.formats == ["oai_dc", "lom"])
        #expect(harvest.sets.contains("kind:scenario") && harvest.sets.contains("theme:ethique"))
        let published = TestSupport.harvestableIDs.subtracting(["ancien-scenario-retire"]).map {
            "oai:pedacat.test:\($0)"
        }.sorted()
        for prefix in ["oai_dc", "lom"] {
            let format = try #require(harvest.harvests[prefix])
            #expect(format.records == published, "\(prefix)")
            #expect(format.deleted == ["oai:pedacat.test:ancien-scenario-retire"], "\(prefix)")
            #expect(format.without_metadata.isEmpty, "\(prefix)")
            #expect(
                format.identifiers == TestSupport.harvestableIDs.map { "oai:pedacat.test:\($0)" }.sorted(), "\(prefix)")
        }
    }
}
