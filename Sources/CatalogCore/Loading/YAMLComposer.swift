internal import CYaml

/// Composes front matter straight from libyaml's events into a `YAMLNode` tree.
///
/// It handles the subset that pedacat entries use: one document of mappings, lists and scalars,
/// with unique text keys. Anything else — a syntax error, a duplicate key, an anchor or alias, an
/// explicit tag, a non-text key, an empty or multi-document stream — returns `nil`, and the caller
/// composes with Yams instead, so that every message and position stays Yams' own.
enum YAMLComposer {
    static func compose(_ yaml: String) -> YAMLNode? {
        var yaml = yaml
        return yaml.withUTF8 { bytes -> YAMLNode? in
            guard let base = bytes.baseAddress, !bytes.isEmpty else { return nil }
            let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
            defer { parser.deallocate() }
            guard yaml_parser_initialize(parser) == 1 else { return nil }
            defer { yaml_parser_delete(parser) }
            yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
            yaml_parser_set_input_string(parser, base, bytes.count)
            var events = EventReader(parser: parser)
            defer { events.release() }
            return try? events.document()
        }
    }
}

/// Input outside the handled subset.
private struct Unsupported: Error {}

/// Walks the events of one parser, holding the current event.
private struct EventReader {
    let parser: UnsafeMutablePointer<yaml_parser_t>
    var event = yaml_event_t()

    mutating func release() {
        yaml_event_delete(&event)
    }

    mutating func next() throws -> yaml_event_type_t {
        yaml_event_delete(&event)
        guard yaml_parser_parse(parser, &event) == 1 else { throw Unsupported() }
        return event.type
    }

    /// The root of the only document, as `Yams.compose` expects it.
    mutating func document() throws -> YAMLNode {
        guard try next() == YAML_STREAM_START_EVENT, try next() == YAML_DOCUMENT_START_EVENT else {
            throw Unsupported()
        }
        let root = try node(try next())
        guard try next() == YAML_DOCUMENT_END_EVENT, try next() == YAML_STREAM_END_EVENT else {
            throw Unsupported()
        }
        return root
    }

    /// The node that starts with the current event, of type `type`.
    mutating func node(_ type: yaml_event_type_t) throws -> YAMLNode {
        let mark = YAMLMark(line: event.start_mark.line + 1, column: event.start_mark.column + 1)
        switch type {
        case YAML_SCALAR_EVENT:
            let data = event.data.scalar
            guard data.anchor == nil, data.tag == nil else { throw Unsupported() }
            let bytes = UnsafeBufferPointer(start: data.value, count: data.length)
            // Foundation's decoding, used by Yams, may treat a leading byte order mark apart.
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { throw Unsupported() }
            let text = String(decoding: bytes, as: UTF8.self)
            return .scalar(YAMLScalar(string: text, isPlain: data.style == YAML_PLAIN_SCALAR_STYLE, mark: mark))
        case YAML_SEQUENCE_START_EVENT:
            guard event.data.sequence_start.anchor == nil, event.data.sequence_start.tag == nil else {
                throw Unsupported()
            }
            var items: [YAMLNode] = []
            var type = try next()
            while type != YAML_SEQUENCE_END_EVENT {
                items.append(try node(type))
                type = try next()
            }
            return .sequence(items, mark)
        case YAML_MAPPING_START_EVENT:
            guard event.data.mapping_start.anchor == nil, event.data.mapping_start.tag == nil else {
                throw Unsupported()
            }
            return .mapping(try pairs(), mark)
        default:
            throw Unsupported()
        }
    }

    /// The pairs of the mapping just started; a repeated key sends the input to Yams.
    private mutating func pairs() throws -> [(key: YAMLNode, value: YAMLNode)] {
        var pairs: [(key: YAMLNode, value: YAMLNode)] = []
        var type = try next()
        while type != YAML_MAPPING_END_EVENT {
            let key = try node(type)
            guard case .scalar(let scalar) = key,
                !pairs.contains(where: { $0.key.scalar?.string == scalar.string })
            else { throw Unsupported() }
            pairs.append((key, try node(try next())))
            type = try next()
        }
        return pairs
    }
}
