/// Reads typed values out of a composed YAML tree, turning every surprise into a finding with
/// the file line and column, instead of letting YAML 1.1 decide.
///
/// The tree is composed without type resolution (Yams' *basic* resolver, or `YAMLComposer`), so no scalar is turned into a boolean,
/// number or timestamp behind the curator's back: `no` stays the text `no` (a language code),
/// `2025-10-08` stays text and is checked as a calendar date here. Where pedacat wants a boolean
/// it accepts only `true` / `false`, and says why when it sees `yes`, `no`, `on` or `off`.
struct YAMLReader {
    let file: String
    /// File line of YAML line 1.
    let firstLine: Int
    var findings: [Finding] = []
    var locations: [String: SourceLocation] = [:]
    /// Whether `remember` fills `locations` (the search index does not need them).
    var recordsLocations = true
    var entryID: String?

    init(file: String, firstLine: Int) {
        self.file = file
        self.firstLine = firstLine
    }

    func location(of node: YAMLNode) -> SourceLocation {
        location(of: node.mark)
    }

    func location(of mark: YAMLMark?) -> SourceLocation {
        guard let mark else { return SourceLocation(file: file, line: firstLine, column: 1) }
        return SourceLocation(file: file, line: mark.line + firstLine - 1, column: mark.column)
    }

    mutating func report(_ rule: String, _ message: String, at node: YAMLNode) {
        report(rule, .error, message, at: location(of: node))
    }

    mutating func report(_ rule: String, _ message: String, at location: SourceLocation) {
        report(rule, .error, message, at: location)
    }

    mutating func report(_ rule: String, _ severity: Finding.Severity, _ message: String, at node: YAMLNode) {
        report(rule, severity, message, at: location(of: node))
    }

    mutating func report(_ rule: String, _ severity: Finding.Severity, _ message: String, at location: SourceLocation) {
        findings.append(Finding(rule: rule, severity: severity, message: message, location: location, entryID: entryID))
    }

    mutating func remember(_ path: @autoclosure () -> String, _ node: YAMLNode) {
        guard recordsLocations else { return }
        locations[path()] = location(of: node)
    }

    /// A null-like scalar (`~`, `null`, empty) counts as "not written".
    static func isNull(_ node: YAMLNode) -> Bool {
        guard case .scalar(let scalar) = node, scalar.isPlain else { return false }
        switch scalar.string {
        case "", "~", "null", "Null", "NULL": return true
        default: return false
        }
    }

    // MARK: Typed readers

    mutating func string(_ node: YAMLNode, path: String) -> String? {
        remember(path, node)
        if Self.isNull(node) { return nil }
        guard case .scalar(let scalar) = node else {
            var message = "« \(path) » doit être un texte, pas \(Self.describe(node))."
            if case .mapping(let mapping, _) = node, mapping.count == 1 {
                message += " Un « : » suivi d'une espace fait lire une clé : entourez le texte de guillemets (\"…\")"
                message += " ou retirez l'espace après les deux-points."
            }
            report("structure.type", message, at: node)
            return nil
        }
        return scalar.string
    }

    mutating func stringList(_ node: YAMLNode, path: String) -> [String] {
        remember(path, node)
        if Self.isNull(node) { return [] }
        guard case .sequence(let sequence, _) = node else {
            let example = node.scalar.map { "\(path): [\($0.string)]" } ?? "\(path): [valeur1, valeur2]"
            report("structure.type", "« \(path) » doit être une liste ; écrivez par exemple `\(example)`.", at: node)
            return []
        }
        var result: [String] = []
        result.reserveCapacity(sequence.count)
        for (index, item) in sequence.enumerated() {
            // Without locations, a scalar item needs no path (it is never reported).
            if !recordsLocations, case .scalar(let scalar) = item {
                if !Self.isNull(item) { result.append(scalar.string) }
                continue
            }
            if let value = string(item, path: "\(path)[\(index)]") { result.append(value) }
        }
        return result
    }

    mutating func bool(_ node: YAMLNode, path: String) -> Bool? {
        remember(path, node)
        if Self.isNull(node) { return nil }
        guard case .scalar(let scalar) = node else {
            report("structure.type", "« \(path) » doit valoir true ou false, pas \(Self.describe(node)).", at: node)
            return nil
        }
        switch (scalar.isPlain, scalar.string.lowercased()) {
        case (true, "true"): return true
        case (true, "false"): return false
        case (true, "yes"), (true, "no"), (true, "on"), (true, "off"), (true, "y"), (true, "n"):
            report(
                "structure.type",
                "« \(path): \(scalar.string) » est ambigu (YAML 1.1 le lit comme un booléen, YAML 1.2 comme un texte) ; écrivez true ou false.",
                at: node)
        default:
            report("structure.type", "« \(path) » doit valoir true ou false, pas « \(scalar.string) ».", at: node)
        }
        return nil
    }

    /// An integer, or `nil` for `unknown` (allowed where a fact may be unknown).
    mutating func integer(_ node: YAMLNode, path: String, allowUnknown: Bool) -> Int? {
        remember(path, node)
        if Self.isNull(node) { return nil }
        guard case .scalar(let scalar) = node else {
            report("structure.type", "« \(path) » doit être un nombre entier, pas \(Self.describe(node)).", at: node)
            return nil
        }
        if allowUnknown && scalar.string == "unknown" { return nil }
        guard scalar.isPlain, let value = Int(scalar.string) else {
            let hint = allowUnknown ? " (ou unknown si la source ne le dit pas)" : ""
            report(
                "structure.type", "« \(path) » doit être un nombre entier\(hint), pas « \(scalar.string) ».", at: node)
            return nil
        }
        return value
    }

    mutating func date(_ node: YAMLNode, path: String) -> ISODate? {
        guard let text = string(node, path: path) else { return nil }
        guard let date = ISODate(text) else {
            report(
                "structure.date",
                "« \(path): \(text) » n'est pas une date qui existe ; écrivez-la AAAA-MM-JJ, par exemple 2025-10-08.",
                at: node)
            return nil
        }
        return date
    }

    /// The pairs of a mapping, reporting duplicate-free keys in order. Non-text keys are reported.
    mutating func mapping(_ node: YAMLNode, path: String) -> [(key: String, keyNode: YAMLNode, value: YAMLNode)]? {
        if !path.isEmpty { remember(path, node) }
        if Self.isNull(node) { return nil }
        guard case .mapping(let mapping, _) = node else {
            let what = path.isEmpty ? "L'en-tête YAML" : "« \(path) »"
            report(
                "structure.type", "\(what) doit être un ensemble de clés (clé: valeur), pas \(Self.describe(node)).",
                at: node)
            return nil
        }
        var pairs: [(key: String, keyNode: YAMLNode, value: YAMLNode)] = []
        for (key, value) in mapping {
            guard case .scalar(let scalar) = key else {
                report("structure.type", "Une clé doit être un texte simple.", at: key)
                continue
            }
            pairs.append((scalar.string, key, value))
        }
        return pairs
    }

    /// Warns about a key that is not part of the format, suggesting the nearest known key.
    mutating func unknownKey(_ key: String, at node: YAMLNode, known: [String], context: String) {
        var message = "Clé inconnue « \(key) » \(context) : elle sera ignorée."
        if let nearest = known.min(by: { EditDistance.levenshtein(key, $0) < EditDistance.levenshtein(key, $1) }),
            EditDistance.levenshtein(key, nearest) <= max(2, key.count / 3)
        {
            message += " Vouliez-vous écrire « \(nearest) » ?"
        }
        report("structure.unknown-key", .warning, message, at: node)
    }

    static func describe(_ node: YAMLNode) -> String {
        switch node {
        case .scalar(let scalar): "le texte « \(scalar.string) »"
        case .mapping: "un ensemble de clés"
        case .sequence: "une liste"
        case .alias: "un alias"
        }
    }
}
