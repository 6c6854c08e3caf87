import CatalogCore
import Foundation
import Testing
@testable import CatalogExport

@Test func peek() throws {
    let catalog = try CatalogLoader(root: Paths.catalog).load()
    for f in ExportFormat.allCases {
        for id in ["reseau-neurones-humain-4e", "le-chat-mistral"] {
            let d = try RecordWriter(catalog: catalog).document(catalog.entry(id)!, as: f)
            try d.write(to: URL(fileURLWithPath: "/tmp/peek/\(f.rawValue)-\(id).xml"))
        }
    }
}
