/// Why a file was not imported, in French.
public enum ImportFailure: Error, Sendable, Hashable, CustomStringConvertible {
    case unreadable(String)
    case tooLarge(Int)
    case empty
    case notXML
    case entityDeclarations
    case malformed([XMLIssue])
    case notLOM(root: String, namespace: String?)
    case missing(String)
    case repeated(String, count: Int)
    case invalidValue(element: String, value: String, line: Int)

    public var description: String {
        switch self {
        case .unreadable(let reason): "fichier illisible (\(reason))"
        case .tooLarge(let size):
            "fichier trop gros (\(size) octets ; au plus \(UntrustedXMLParser.sizeLimit)) : ce n'est pas une notice"
        case .empty: "fichier vide"
        case .notXML: "ce n'est pas un fichier XML (il ne commence pas par « < »)"
        case .entityDeclarations:
            "le fichier déclare des entités XML (<!ENTITY>) : refusé par sécurité (XXE, « billion laughs »), rien n'a été lu hors du fichier"
        case .malformed(let issues):
            "XML mal formé ou tronqué : " + issues.prefix(3).map(\.description).joined(separator: " ; ")
        case .notLOM(let root, let namespace):
            "ce n'est pas une notice LOM : l'élément racine est <\(root)>"
                + (namespace.map { " (espace de noms \($0))" } ?? "")
                + ", attendu <lom> dans http://ltsc.ieee.org/xsd/LOM"
        case .missing(let element): "notice incomplète : élément \(element) absent"
        case .repeated(let element, let count):
            "notice non valide : \(count) éléments <\(element)> alors que LOM n'en permet qu'un"
        case .invalidValue(let element, let value, let line):
            "notice non valide, ligne \(line) : « \(value) » n'est pas une valeur de \(element) (LOM, LOMFR ou ScoLOMFR)"
        }
    }
}

extension ImportFailure {
    init(_ failure: UntrustedXMLParser.Failure) {
        switch failure {
        case .tooLarge(let size): self = .tooLarge(size)
        case .empty: self = .empty
        case .notXML: self = .notXML
        case .entityDeclarations: self = .entityDeclarations
        case .malformed(let issues): self = .malformed(issues)
        }
    }
}
