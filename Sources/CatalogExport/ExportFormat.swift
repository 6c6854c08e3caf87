/// The XML formats pedacat exports.
public enum ExportFormat: String, CaseIterable, Sendable, Codable {
    /// ScoLOMFR 3.x (concept URIs and labels), valid against the ScoLOMFR 3.1 XSD.
    case scolomfr
    /// Plain IEEE LOM (LOMv1.0 vocabulary only), valid against `lomStrict.xsd`.
    case lom
    /// Unqualified Dublin Core as OAI-PMH's `oai_dc`.
    case oaiDC = "oai_dc"

    /// French name, for messages.
    public var label: String {
        switch self {
        case .scolomfr: "ScoLOMFR 3.1"
        case .lom: "LOM (IEEE 1484.12.1)"
        case .oaiDC: "Dublin Core (oai_dc)"
        }
    }

    /// Namespace of the record's root element.
    public var namespace: String {
        switch self {
        case .scolomfr, .lom: XMLNamespaces.lom
        case .oaiDC: XMLNamespaces.oaiDC
        }
    }
}

/// Namespaces used by the writers and the importer.
public enum XMLNamespaces {
    public static let lom = "http://ltsc.ieee.org/xsd/LOM"
    public static let lomfr = "http://www.lom-fr.fr/xsd/LOMFR"
    public static let scolomfr = "http://www.lom-fr.fr/xsd/SCOLOMFR"
    public static let oaiDC = "http://www.openarchives.org/OAI/2.0/oai_dc/"
    public static let dc = "http://purl.org/dc/elements/1.1/"
    public static let xsi = "http://www.w3.org/2001/XMLSchema-instance"
}
