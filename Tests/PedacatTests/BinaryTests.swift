import Foundation
import Testing

/// The built `pedacat` binary, run as a user would: output, exit codes, French help.
@Suite struct BinaryTests {
    struct Run {
        var status: Int32
        var output: String
        var errors: String
    }

    static var binary: URL {
        // Tests run from the build products folder, where `pedacat` is built next to them.
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        while folder.pathExtension == "xctest" || folder.lastPathComponent == "MacOS"
            || folder.lastPathComponent == "Contents"
        {
            folder.deleteLastPathComponent()
        }
        return folder.appendingPathComponent("pedacat")
    }

    func run(_ arguments: [String]) throws -> Run {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, output: String(decoding: outData, as: UTF8.self),
            errors: String(decoding: errData, as: UTF8.self))
    }

    @Test func binaryExists() {
        #expect(FileManager.default.isExecutableFile(atPath: Self.binary.path), "\(Self.binary.path)")
    }

    @Test func helpIsFrench() throws {
        let result = try run(["--help"])
        #expect(result.status == 0)
        #expect(result.output.contains("UTILISATION :"))
        #expect(result.output.contains("Catalogue de scénarios pédagogiques"))
        for command in ["list", "show", "new", "vocab"] {
            let sub = try run([command, "--help"])
            #expect(sub.status == 0, "\(command)")
            #expect(sub.output.contains("Affiche cette aide."), "\(command)")
        }
    }

    @Test func listAndShowOnAFixture() throws {
        let fixture = try TestCatalog()
        defer { fixture.remove() }
        let list = try run(["list", "--catalog", fixture.catalog.path, "--kind", "tool"])
        #expect(list.status == 0)
        #expect(list.output.hasPrefix("outil-eu"))
        let show = try run(["show", "debat-emc-3e", "--catalog", fixture.catalog.path])
        #expect(show.status == 0)
        #expect(show.output.contains("Débattre de l'IA en EMC"))
    }

    @Test func exitCodes() throws {
        let fixture = try TestCatalog()
        defer { fixture.remove() }
        let usage = try run(["list", "--level", "quatrieme", "--catalog", fixture.catalog.path])
        #expect(usage.status == 2)
        #expect(usage.errors.contains("Vouliez-vous dire « 4e »"))
        let unknownOption = try run(["list", "--formt", "json"])
        #expect(unknownOption.status == 2)
        let missing = try run(["show", "inexistant", "--catalog", fixture.catalog.path])
        #expect(missing.status == 1)
        #expect(missing.errors.contains("Aucune fiche « inexistant »"))
        let noCatalog = try run(["list", "--catalog", fixture.root.appendingPathComponent("absent").path])
        #expect(noCatalog.status == 1)
        #expect(noCatalog.errors.contains("Catalogue introuvable"))
    }

    @Test func newThenVocab() throws {
        let fixture = try TestCatalog()
        defer { fixture.remove() }
        let created = try run(["new", "tool", "--id", "mon-outil", "--catalog", fixture.catalog.path])
        #expect(created.status == 0)
        #expect(
            FileManager.default.fileExists(atPath: fixture.catalog.appendingPathComponent("tools/mon-outil.md").path))
        let again = try run(["new", "tool", "--id", "mon-outil", "--catalog", fixture.catalog.path])
        #expect(again.status == 1)
        #expect(again.errors.contains("existe déjà"))
        let vocab = try run(["vocab", "themes", "--format", "json"])
        #expect(vocab.status == 0)
        #expect(vocab.output.contains("\"usage-responsable\""))
    }
}
