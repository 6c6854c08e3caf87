internal import Yams

/// French text and position for Yams' errors.
enum YAMLErrorText {
    static func message(for error: any Error) -> String {
        guard let error = error as? YamlError else { return "YAML illisible : \(error)" }
        switch error {
        case .scanner(let context, let problem, _, _), .parser(let context, let problem, _, _),
            .composer(let context, let problem, _, _):
            let detail = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ", ")
            return "Erreur de syntaxe YAML (\(detail)) : vérifiez l'indentation, les deux-points et les guillemets."
        case .duplicatedKeysInMapping(let duplicates, _):
            return "Clé écrite deux fois : \(duplicates.joined(separator: ", ")). Gardez une seule occurrence."
        case .reader(let problem, _, _, _):
            return "Texte illisible (\(problem)) : enregistrez le fichier en UTF-8."
        default:
            return "Erreur YAML : \(error)"
        }
    }

    static func location(of error: any Error, reader: YAMLReader) -> SourceLocation {
        guard let error = error as? YamlError else { return reader.location(of: nil as YAMLMark?) }
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
            return reader.location(of: YAMLMark(line: mark.line, column: mark.column))
        case .duplicatedKeysInMapping(_, let context):
            return reader.location(of: YAMLMark(line: context.mark.line, column: context.mark.column))
        default:
            return reader.location(of: nil as YAMLMark?)
        }
    }
}
