internal import CLibXML2
public import Foundation

/// Parses XML from outside (imports) defensively: a size limit, no network, no DTD loading,
/// no entity substitution, and documents declaring entities refused before parsing, so XXE and
/// entity-expansion ("billion laughs") files fail fast and nothing outside the file is read.
public enum UntrustedXMLParser {
    /// Largest file accepted (LOM records are a few kilobytes).
    public static let sizeLimit = 8 * 1024 * 1024

    public enum Failure: Error, Sendable, Equatable {
        case tooLarge(Int)
        case empty
        case notXML
        case entityDeclarations
        case malformed([XMLIssue])
    }

    public static func parse(_ data: Data, name: String) throws(Failure) -> ParsedElement {
        guard data.count <= sizeLimit else { throw .tooLarge(data.count) }
        let start = data.prefix(4096)
        let firstSignificant = start.firstIndex { byte in
            !(byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0xEF || byte == 0xBB
                || byte == 0xBF)
        }
        guard let firstSignificant else { throw .empty }
        guard data[firstSignificant] == UInt8(ascii: "<") else { throw .notXML }
        if data.range(of: Data("<!ENTITY".utf8)) != nil { throw .entityDeclarations }

        LibXML2Environment.prepare()
        let collector = IssueCollector(limit: 20)
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_NOWARNING.rawValue)
        let document: xmlDocPtr? = collector.capturingParserErrors {
            data.withUnsafeBytes { bytes in
                guard let base = bytes.baseAddress?.assumingMemoryBound(to: CChar.self) else { return nil }
                return xmlReadMemory(base, Int32(bytes.count), name, nil, options)
            }
        }
        guard let document else {
            throw .malformed(
                collector.issues.isEmpty ? [XMLIssue(line: 0, message: "document illisible")] : collector.issues)
        }
        defer { xmlFreeDoc(document) }
        if document.pointee.intSubset?.pointee.entities != nil { throw .entityDeclarations }
        guard let root = xmlDocGetRootElement(document) else { throw .empty }
        var counter = 0
        return convert(root, counter: &counter)
    }

    private static func convert(_ node: xmlNodePtr, counter: inout Int) -> ParsedElement {
        let index = counter
        counter += 1
        var attributes: [String: String] = [:]
        var attribute = node.pointee.properties
        while let current = attribute {
            let name = String(xmlChars: current.pointee.name) ?? ""
            if let value = xmlNodeListGetString(node.pointee.doc, current.pointee.children, 1) {
                attributes[name] = String(cString: value)
                pedacat_xmlFree(value)
            }
            attribute = current.pointee.next
        }
        var children: [ParsedElement] = []
        var text = ""
        var child = node.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                children.append(convert(current, counter: &counter))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = String(xmlChars: current.pointee.content) { text += content }
            default:
                break
            }
            child = current.pointee.next
        }
        return ParsedElement(
            name: String(xmlChars: node.pointee.name) ?? "",
            namespace: node.pointee.ns.flatMap { String(xmlChars: $0.pointee.href) },
            attributes: attributes, children: children, text: text,
            line: Int(xmlGetLineNo(node)), index: index)
    }
}
