import CatalogExport

/// A metadata format the repository disseminates, with the export format that writes it.
///
/// `lom` carries ScoLOMFR records, as French repositories do (ORI-OAI, the ScoLOMFR test
/// entrepôt): namespace LOM, schema the ScoLOMFR composite (whose target namespace is LOM).
struct OAIMetadataFormat: Sendable, Hashable {
    var prefix: String
    var schema: String
    var namespace: String
    var exportFormat: ExportFormat

    static let oaiDC = OAIMetadataFormat(
        prefix: "oai_dc", schema: "http://www.openarchives.org/OAI/2.0/oai_dc.xsd",
        namespace: "http://www.openarchives.org/OAI/2.0/oai_dc/", exportFormat: .oaiDC)

    static let lom = OAIMetadataFormat(
        prefix: "lom", schema: "http://www.lom-fr.fr/scolomfr/fileadmin/user_upload/XSD/scolomfr_v3.1/scolomfr.xsd",
        namespace: "http://ltsc.ieee.org/xsd/LOM", exportFormat: .scolomfr)

    static let all = [oaiDC, lom]

    static func named(_ prefix: String) -> OAIMetadataFormat? { all.first { $0.prefix == prefix } }
}
