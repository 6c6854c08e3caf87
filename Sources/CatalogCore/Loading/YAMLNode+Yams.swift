internal import Yams

extension YAMLNode {
    /// The same tree as a Yams `Node` (the reference path, kept for comparison).
    init(_ node: Node) {
        let mark = node.mark.map { YAMLMark(line: $0.line, column: $0.column) } ?? YAMLMark(line: 1, column: 1)
        switch node {
        case .scalar(let scalar):
            self = .scalar(YAMLScalar(string: scalar.string, isPlain: scalar.style == .plain, mark: mark))
        case .sequence(let sequence):
            self = .sequence(sequence.map { YAMLNode($0) }, mark)
        case .mapping(let mapping):
            self = .mapping(mapping.map { (key: YAMLNode($0.key), value: YAMLNode($0.value)) }, mark)
        case .alias:
            self = .alias(mark)
        }
    }
}
