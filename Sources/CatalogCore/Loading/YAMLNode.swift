/// A composed YAML node, as much as `YAMLReader` needs: text and plainness of scalars, items of
/// lists, pairs of mappings, and the position where each node starts.
///
/// Lighter than Yams' `Node` (no tags, anchors or hashing), so that reading thousands of entries
/// does not spend its time building and copying the tree.
enum YAMLNode: Sendable {
    case scalar(YAMLScalar)
    case sequence([YAMLNode], YAMLMark)
    case mapping([(key: YAMLNode, value: YAMLNode)], YAMLMark)
    case alias(YAMLMark)

    var mark: YAMLMark {
        switch self {
        case .scalar(let scalar): scalar.mark
        case .sequence(_, let mark), .mapping(_, let mark), .alias(let mark): mark
        }
    }

    var scalar: YAMLScalar? {
        if case .scalar(let scalar) = self { scalar } else { nil }
    }
}

/// A scalar's text, whether it was written plain (unquoted, not a block), and its position.
struct YAMLScalar: Sendable {
    var string: String
    var isPlain: Bool
    var mark: YAMLMark
}

/// A 1-based line and column in the YAML text.
struct YAMLMark: Equatable, Sendable {
    var line: Int
    var column: Int
}
