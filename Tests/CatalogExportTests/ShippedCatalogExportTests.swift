import CatalogCore
import Foundation
import Testing

@testable import CatalogExport

/// Every record of the shipped catalogue, in every format, validates against the shared XSDs.
@Suite struct ShippedCatalogExportTests {
    static let validators: [ExportFormat: SchemaValidator] = {
        var result: [ExportFormat: SchemaValidator] = [:]
        for format in ExportFormat.allCases {
            result[format] = try? Validators.schema(for: format)
        }
        return result
    }()

    @Test(arguments: ExportFormat.allCases)
    func everyRecordValidates(format: ExportFormat) throws {
        try Paths.requireStandards()
        let catalog = try CatalogLoader(root: Paths.catalog).load()
        #expect(!catalog.entries.isEmpty)
        let validator = try #require(Self.validators[format])
        let writer = RecordWriter(catalog: catalog)
        for entry in catalog.entries {
            if format == .scolomfr {
                #expect(writer.record(entry).missingMandatoryElements == [], "\(entry.id)")
            }
            let data = try writer.document(entry, as: format)
            let issues = validator.validate(data, name: "\(entry.id).xml")
            #expect(
                issues.isEmpty,
                "\(format.rawValue)/\(entry.id).xml: \(issues.map(\.description).joined(separator: "\n"))")
        }
    }
}

enum Validators {
    static func schema(for format: ExportFormat) throws -> SchemaValidator {
        switch format {
        case .scolomfr: try SchemaValidator(xsd: Paths.scolomfrXSD)
        case .lom: try SchemaValidator(xsd: Paths.lomStrictXSD, catalog: Paths.xmlCatalog)
        case .oaiDC: try SchemaValidator(xsd: Paths.oaiDCXSD, catalog: Paths.xmlCatalog)
        }
    }
}
