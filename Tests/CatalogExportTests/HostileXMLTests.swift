import CatalogCore
import Foundation
import Testing

@testable import CatalogExport

/// Untrusted input: external entities, entity bombs, truncated, non-XML and non-LOM files.
@Suite struct HostileXMLTests {
    func failure(_ text: String) -> ImportFailure? {
        do {
            _ = try Importer.record(from: Data(text.utf8), name: "hostile.xml")
            return nil
        } catch {
            return error
        }
    }

    @Test func externalEntityIsRefusedWithoutReadingTheFile() throws {
        let secret = try Paths.temporaryDirectory().appendingPathComponent("secret.txt")
        try Data("SECRET-CONTENT".utf8).write(to: secret)
        let xxe = """
            <?xml version="1.0"?>
            <!DOCTYPE lom [<!ENTITY xxe SYSTEM "\(secret.absoluteString)">]>
            <lom xmlns="http://ltsc.ieee.org/xsd/LOM"><general><title><string>&xxe;</string></title></general></lom>
            """
        #expect(failure(xxe) == .entityDeclarations)
        #expect(failure(xxe)?.description.contains("XXE") == true)
    }

    @Test func billionLaughsFailsFast() {
        var declarations = "<!ENTITY lol0 \"lol\">"
        for level in 1...9 {
            declarations += "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level - 1);", count: 10) + "\">"
        }
        let bomb = """
            <?xml version="1.0"?>
            <!DOCTYPE lom [\(declarations)]>
            <lom xmlns="http://ltsc.ieee.org/xsd/LOM"><general><title><string>&lol9;</string></title></general></lom>
            """
        #expect(failure(bomb) == .entityDeclarations)
    }

    @Test func externalDTDIsNeverLoaded() {
        let external = """
            <?xml version="1.0"?>
            <!DOCTYPE lom SYSTEM "http://attacker.invalid/evil.dtd">
            <lom xmlns="http://ltsc.ieee.org/xsd/LOM"><general><identifier><entry>x</entry></identifier>
            <title><string>Titre</string></title></general></lom>
            """
        // No DTD loading and no network: the record is read as if the DOCTYPE were absent.
        #expect(failure(external) == nil)
    }

    @Test func truncatedFileGivesALinePreciseError() throws {
        let file = Paths.samples.appendingPathComponent("scolomfr-3.x/echanges-v3.0.xml")
        let data = try Data(contentsOf: file)
        let truncated = data.prefix(data.count / 2)
        do {
            _ = try Importer.record(from: truncated, name: "tronque.xml")
            Issue.record("truncated file accepted")
        } catch {
            guard case .malformed(let issues) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(issues.first?.line ?? 0 > 1)
            #expect(error.description.contains("tronqué"))
        }
    }

    @Test func nonXMLAndEmptyAndNonLOMFilesAreNamed() {
        #expect(failure("%PDF-1.4 binary") == .notXML)
        #expect(failure("  \n") == .empty)
        #expect(failure("<html><body>page</body></html>") == .notLOM(root: "html", namespace: nil))
        #expect(failure("<lom xmlns=\"http://ltsc.ieee.org/xsd/LOM\"><lifeCycle/></lom>") == .missing("general"))
    }

    @Test func oversizedFileIsRefusedBeforeParsing() {
        let big = Data(repeating: UInt8(ascii: " "), count: UntrustedXMLParser.sizeLimit + 1)
        #expect(throws: ImportFailure.tooLarge(big.count)) {
            try Importer.record(from: big, name: "big.xml")
        }
    }
}
