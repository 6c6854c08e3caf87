import CatalogCore
import Foundation
import Testing

@testable import CatalogExport

/// libxml2 allocates in a per-thread arena while a record is built (`LibXML2Arena`): the arena
/// must be rewound after each record, and nothing made outside a record may live in it.
@Suite struct ArenaTests {
    /// Runs `body` on a new thread (a thread of its own has its own arena) and waits.
    private func onNewThread<Result: Sendable>(_ body: @escaping @Sendable () throws -> Result) throws -> Result {
        let box = ThreadResult<Result>()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            box.result = Swift.Result { try body() }
            done.signal()
        }
        thread.start()
        done.wait()
        return try box.result!.get()
    }

    @Test func everyRecordRewindsTheArena() throws {
        try Paths.requireStandards()
        let catalog = try CatalogLoader(root: Paths.catalog).load()
        let validators = try ExportFormat.allCases.map { try Validators.schema(for: $0) }
        let usage = try onNewThread { () throws -> [Int] in
            let writer = RecordWriter(catalog: catalog)
            var highWater = 0
            var inUse: [Int] = []
            for entry in catalog.entries {
                let record = writer.record(entry)
                for (format, validator) in zip(ExportFormat.allCases, validators) {
                    let streamed = try writer.document(record, as: format)
                    inUse.append(LibXML2Arena.threadUsage?.inUse ?? -1)
                    let (validated, issues) = try writer.validatedDocument(record, as: format, validator: validator)
                    inUse.append(LibXML2Arena.threadUsage?.inUse ?? -1)
                    #expect(issues.isEmpty, "\(entry.id): \(issues)")
                    #expect(validated == streamed, "\(format.rawValue)/\(entry.id)")
                }
            }
            highWater = LibXML2Arena.threadUsage?.highWater ?? 0
            return inUse + [highWater]
        }
        #expect(usage.dropLast().allSatisfy { $0 == 0 }, "arena not rewound: \(Set(usage.dropLast()))")
        #expect(usage.last! > 0, "the arena was not used")
        #expect(usage.last! < LibXML2Arena.arenaSize / 4, "\(usage.last!) bytes for one record")
    }

    /// A writer made outside any record (the OAI-PMH envelope) lives on malloc: records
    /// exported meanwhile, which rewind the arena each time, leave it intact.
    @Test func writersOutsideARecordSurviveRecords() throws {
        let catalog = try FixtureCatalog.load()
        let text = try onNewThread { () throws -> String in
            let envelope = try XMLStreamWriter()
            try envelope.startDocument()
            try envelope.startElement("envelope")
            let writer = RecordWriter(catalog: catalog)
            for entry in catalog.entries {
                try envelope.startElement("item")
                try envelope.attribute("id", entry.id)
                _ = try writer.document(entry, as: .scolomfr)
                try envelope.text("après la notice « \(entry.id) »")
                try envelope.endElement()
            }
            return String(decoding: try envelope.finish(), as: UTF8.self)
        }
        for entry in catalog.entries {
            #expect(text.contains("<item id=\"\(entry.id)\">après la notice « \(entry.id) »</item>"), "\(text)")
        }
    }

    /// libxml2 keeps the last error of each thread; errors raised inside a record (an invalid
    /// record) and later outside one (a malformed import) must not trip over each other.
    @Test func errorsInsideAndOutsideRecords() throws {
        try Paths.requireStandards()
        let catalog = try FixtureCatalog.load()
        let strict = try Validators.schema(for: .lom)
        try onNewThread {
            let writer = RecordWriter(catalog: catalog)
            for entry in catalog.entries {
                let (_, issues) = try writer.validatedDocument(writer.record(entry), as: .scolomfr, validator: strict)
                #expect(!issues.isEmpty)
                #expect(throws: UntrustedXMLParser.Failure.self) {
                    try UntrustedXMLParser.parse(Data("<a><b></a>".utf8), name: "cassé.xml")
                }
            }
        }
    }
}

private final class ThreadResult<Value>: @unchecked Sendable {
    var result: Result<Value, any Error>?
}
