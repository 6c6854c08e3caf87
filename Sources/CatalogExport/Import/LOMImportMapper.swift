import CatalogCore

/// Turns a parsed LOM / LOMFR / ScoLOMFR (1.x, 2.x, 3.x) record into an `ImportedRecord`.
/// Every element it does not carry over is listed in `unmapped`, never silently dropped.
struct LOMImportMapper {
    private var consumed: Set<Int> = []
    private var record: ImportedRecord
    private let root: ParsedElement
    private let legacy: Bool

    static func map(_ root: ParsedElement) throws(ImportFailure) -> ImportedRecord {
        guard root.name == "lom", root.namespace == XMLNamespaces.lom || root.namespace == nil else {
            throw .notLOM(root: root.name, namespace: root.namespace)
        }
        var mapper = LOMImportMapper(root: root)
        return try mapper.run()
    }

    private init(root: ParsedElement) {
        self.root = root
        let schema = root.first(path: "metaMetadata/metadataSchema")?.value
        legacy = schema.map { TextFolding.fold($0).contains("v1.") } ?? false
        record = ImportedRecord(sourceIdentifier: "", metadataSchema: schema)
    }

    private mutating func run() throws(ImportFailure) -> ImportedRecord {
        try checkStructure()
        guard let general = root.first("general") else { throw .missing("general") }
        mapGeneral(general)
        guard !record.title.isEmpty else { throw .missing("general/title") }
        for schema in root.all("metaMetadata").flatMap({ $0.all("metadataSchema") }) { use(schema) }
        for identifier in root.all("metaMetadata").flatMap({ $0.all("identifier") }) {
            if let text = identifierText(identifier) { record.otherIdentifiers.append(text) }
            use(identifier)
        }
        for technical in root.all("technical") {
            for location in technical.all("location") where !location.value.isEmpty {
                if record.location == nil {
                    record.location = location.value
                } else {
                    record.otherIdentifiers.append(location.value)
                }
                use(location)
            }
        }
        for lifeCycle in root.all("lifeCycle") { mapContributions(lifeCycle) }
        for educational in root.all("educational") { mapEducational(educational) }
        for rights in root.all("rights") { mapRights(rights) }
        for classification in root.all("classification") { mapClassification(classification) }
        if record.sourceIdentifier.isEmpty {
            record.sourceIdentifier =
                record.otherIdentifiers.first ?? record.location ?? Self.fingerprint(record.title, record.summary)
        }
        record.unmapped = unmappedLines(root, path: "")
        return record
    }

    /// Rejects records no LOM schema accepts: repeated single elements, unknown context values.
    private func checkStructure() throws(ImportFailure) {
        for name in ["general", "lifeCycle", "metaMetadata", "technical", "rights"] {
            let count = root.all(name).count
            if count > 1 { throw .repeated(name, count: count) }
        }
        for context in root.all("educational").flatMap({ $0.all("context") }) {
            guard let value = context.first("value")?.value, !value.isEmpty, !value.hasPrefix("http") else { continue }
            if !LegacyVocabulary.contextValues.contains(value) {
                throw .invalidValue(
                    element: "educational/context", value: value, line: context.first("value")?.line ?? context.line)
            }
        }
    }

    /// A stable stand-in identifier for records that carry none: a hash of title and summary.
    private static func fingerprint(_ title: String, _ summary: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in (TextFolding.fold(title) + "\n" + TextFolding.fold(summary)).utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return "empreinte:" + String(repeating: "0", count: 16 - hex.count) + hex
    }

    // MARK: General

    private mutating func mapGeneral(_ general: ParsedElement) {
        for identifier in general.all("identifier") {
            if let text = identifierText(identifier) {
                if record.sourceIdentifier.isEmpty {
                    record.sourceIdentifier = text
                } else {
                    record.otherIdentifiers.append(text)
                }
            }
            use(identifier)
        }
        for title in general.all("title") {
            if record.title.isEmpty, let text = langString(title) {
                record.title = text
                use(title)
            }
        }
        for language in general.all("language") {
            if let code = Self.bcp47(language.value) {
                if record.language == "fr" || record.language == code { record.language = code }
                use(language)
            }
        }
        for description in general.all("description") {
            if record.summary.isEmpty, let text = langString(description) {
                record.summary = text
            } else if let text = langString(description, collapse: false) {
                record.otherDescriptions.append(
                    text.split(separator: "\n", omittingEmptySubsequences: false)
                        .map { String($0).trimmingWhitespace() }.joined(separator: "\n"))
            } else {
                continue
            }
            use(description)
        }
        for keyword in general.all("keyword") {
            for string in keyword.all("string") where !string.value.isEmpty {
                appendKeyword(string.value)
            }
            use(keyword)
        }
        for type in general.all("documentType") + general.all("generalResourceType") {
            let value = TextFolding.fold(vocabValue(type) ?? "")
            if value.hasSuffix("dcmitype/software") || value == "logiciel" || value == "software" {
                record.kind = .tool
                use(type)
            }
        }
    }

    // MARK: Life cycle

    private mutating func mapContributions(_ lifeCycle: ParsedElement) {
        for contribute in lifeCycle.all("contribute") {
            let role = vocabLabel(contribute.first("role")) ?? "contributeur"
            let dates = contribute.all("date").compactMap { $0.first("dateTime")?.value }
            record.sourceDates.append(contentsOf: dates)
            var names: [String] = []
            for entity in contribute.all("entity") {
                let card = VCard.fields(entity.text)
                let name = card.name?.trimmingWhitespace() ?? ""
                guard !name.isEmpty else { continue }
                names.append(name)
                let roleValue = TextFolding.fold(vocabValue(contribute.first("role")) ?? "")
                if roleValue == "author" || roleValue.hasSuffix("/author") || roleValue == "auteur" {
                    if !record.authors.contains(where: { $0.name == name }) {
                        record.authors.append(
                            Author(
                                name: name, organization: card.organization.flatMap { $0.isEmpty ? nil : $0 },
                                email: card.email))
                    }
                } else {
                    let organization = card.organization.map { $0.isEmpty || $0 == name ? "" : " (\($0))" } ?? ""
                    record.contributors.append("\(role) : \(name)\(organization)")
                }
            }
            if !names.isEmpty { use(contribute) }
        }
    }

    // MARK: Educational and rights

    private mutating func mapEducational(_ educational: ParsedElement) {
        for time in educational.all("typicalLearningTime") {
            if let duration = time.first("duration")?.value, ISODuration(duration) != nil, record.duration == nil {
                record.duration = duration
                use(time)
            }
        }
        for type in educational.all("learningResourceType") {
            let value = TextFolding.fold(vocabValue(type) ?? "")
            let label = TextFolding.fold(vocabLabel(type) ?? "")
            if value.hasSuffix("scolomfr-voc-010-num-017") || label == "outil" || label == "logiciel" {
                record.kind = .tool
                use(type)
            } else if value.hasSuffix("scolomfr-voc-010-num-020") || label == "scenario pedagogique" {
                record.kind = .scenario
                use(type)
            }
        }
    }

    private mutating func mapRights(_ rights: ParsedElement) {
        for description in rights.all("description") {
            guard let text = langString(description) else { continue }
            record.rights = record.rights.map { "\($0) \(text)" } ?? text
            if record.license == nil { record.license = LicenseDetection.spdx(in: text) }
            use(description)
        }
    }

    // MARK: Classification

    private mutating func mapClassification(_ classification: ParsedElement) {
        let purpose = TextFolding.fold(vocabValue(classification.first("purpose")) ?? "")
        let isIdea = purpose == "idea" || purpose.hasSuffix("/idea")
        for path in classification.all("taxonPath") {
            let source = TextFolding.fold(path.first("source").map { $0.subtree.map(\.text).joined() } ?? "")
            let axis = Self.axis(purpose: purpose, source: source)
            let taxa = path.all("taxon")
            if isIdea {
                for taxon in taxa {
                    if let entry = taxon.first("entry").flatMap({ langString($0) }) { appendKeyword(entry) }
                }
                use(path)
                continue
            }
            guard let axis else { continue }
            // Deepest taxon that maps wins; its ancestors are context, not values.
            var mapped: String?
            for taxon in taxa.reversed() {
                let id = LegacyVocabulary.normalizedID(taxon.first("id")?.value ?? "")
                let label = taxon.first("entry").flatMap { langString($0) } ?? ""
                if let value = resolve(axis: axis, id: id, label: label) {
                    mapped = value
                    break
                }
            }
            guard let mapped else { continue }
            switch axis {
            case .level: if !record.levels.contains(mapped) { record.levels.append(mapped) }
            case .discipline: if !record.disciplines.contains(mapped) { record.disciplines.append(mapped) }
            }
            use(path)
        }
        if classification.all("taxonPath").allSatisfy({ consumed.contains($0.index) }) {
            use(classification)
        }
    }

    private enum Axis { case level, discipline }

    private static func axis(purpose: String, source: String) -> Axis? {
        if source.contains("voc-022") || source.contains("niveaux d'enseignement") { return .level }
        if source.contains("voc-015") || source.contains("vocabulaire15") || source.contains("domaines disciplinaires")
            || source.contains("disciplines generales")
        {
            return .discipline
        }
        if purpose.hasSuffix("educational_level") || purpose == "educational level" { return .level }
        if purpose.hasSuffix("scolomfr-voc-028-num-003") || purpose == "discipline" || purpose.hasSuffix("/discipline")
        {
            return .discipline
        }
        return nil
    }

    private func resolve(axis: Axis, id: String, label: String) -> String? {
        switch axis {
        case .level:
            // ScoLOMFR 1.x numbered voc-022 differently: trust its labels, not its ids.
            if !legacy {
                if let level = LegacyVocabulary.levelsByURI[id] ?? LegacyVocabulary.levelIDs[id] { return level }
            }
            return LegacyVocabulary.levelsByLabel[LegacyVocabulary.fold(label)]
        case .discipline:
            if !legacy, let discipline = LegacyVocabulary.disciplinesByURI[id] { return discipline }
            return LegacyVocabulary.disciplinesByLabel[LegacyVocabulary.fold(label)]
        }
    }

    // MARK: Helpers

    private mutating func appendKeyword(_ keyword: String) {
        let text = keyword.trimmingWhitespace()
        if !text.isEmpty, !record.keywords.contains(text) { record.keywords.append(text) }
    }

    private mutating func use(_ element: ParsedElement) {
        for node in element.subtree { consumed.insert(node.index) }
    }

    private func identifierText(_ identifier: ParsedElement) -> String? {
        let entry = identifier.first("entry")?.value ?? ""
        guard !entry.isEmpty else { return nil }
        let catalog = identifier.first("catalog")?.value ?? ""
        return catalog.isEmpty ? entry : "\(catalog) \(entry)"
    }

    /// The French (or first) `string` of a LangString.
    private func langString(_ element: ParsedElement, collapse: Bool = true) -> String? {
        let strings = element.all("string").filter { !$0.value.isEmpty }
        let french = strings.first { string in
            let language = string.attributes["language"].map { Self.bcp47($0) } ?? nil
            return language == "fr"
        }
        guard let chosen = french ?? strings.first else { return nil }
        return collapse ? chosen.value : chosen.text.trimmingWhitespace()
    }

    private func vocabValue(_ element: ParsedElement?) -> String? {
        element?.first("value")?.value
    }

    private func vocabLabel(_ element: ParsedElement?) -> String? {
        guard let element else { return nil }
        if let label = element.first("label")?.value, !label.isEmpty, !label.hasPrefix("http") { return label }
        return element.first("value")?.value
    }

    /// `fr`, `fre`, `fra`, `fr-FR`, `http://id.loc.gov/vocabulary/iso639-2/fre` → `fr`.
    static func bcp47(_ raw: String) -> String? {
        var code = raw.trimmingWhitespace().lowercased()
        if let slash = code.lastIndex(of: "/") { code = String(code[code.index(after: slash)...]) }
        guard !code.isEmpty, code != "none", code != "x-none" else { return nil }
        let primary = String(code.split(separator: "-").first ?? Substring(code))
        if primary == "fra" { return "fr" }
        if primary.count == 3, let match = ScoLOMFRTerms.languages.first(where: { $0.value == primary }) {
            return match.key
        }
        return primary.count == 2 ? primary : nil
    }

    // MARK: Unmapped report

    private func unmappedLines(_ element: ParsedElement, path: String) -> [String] {
        var lines: [String] = []
        for child in element.children where !consumed.contains(child.index) {
            let childPath = path.isEmpty ? child.name : "\(path)/\(child.name)"
            if child.first("value") != nil || child.first("label") != nil {
                let label = vocabLabel(child) ?? ""
                if !label.isEmpty { lines.append("ligne \(child.line) : \(childPath) : \(Self.short(label))") }
            } else if child.name == "taxonPath" {
                let entries = child.all("taxon").compactMap { taxon in
                    taxon.first("entry").flatMap { langString($0) } ?? taxon.first("id")?.value
                }
                if !entries.isEmpty {
                    lines.append("ligne \(child.line) : \(childPath) : \(Self.short(entries.joined(separator: " > ")))")
                }
            } else if child.children.isEmpty || child.name == "string" {
                let text = child.name == "entity" ? (VCard.fields(child.text).name ?? child.value) : child.value
                if !text.isEmpty { lines.append("ligne \(child.line) : \(childPath) : \(Self.short(text))") }
            } else if child.all("string").count == child.children.count {
                let text = langString(child) ?? ""
                if !text.isEmpty { lines.append("ligne \(child.line) : \(childPath) : \(Self.short(text))") }
            } else {
                lines += unmappedLines(child, path: childPath)
            }
        }
        return lines
    }

    private static func short(_ text: String) -> String {
        text.count <= 120 ? text : String(text.prefix(117)) + "…"
    }
}
