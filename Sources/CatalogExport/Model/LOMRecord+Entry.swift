public import CatalogCore

extension LOMRecord {
    /// The record of `entry`: vocabularies resolved to ScoLOMFR concepts, scenario → tool
    /// relations resolved through `catalog`.
    public init(entry: Entry, catalog: Catalog?, settings: RecordSettings = .default) {
        id = entry.id
        kind = entry.kind
        identifierCatalog = "URI"
        identifier = settings.identifier(of: entry)
        title = entry.title
        language = entry.language.isEmpty ? "fr" : entry.language
        let body = entry.body.trimmingWhitespace()
        descriptions = [entry.summary] + (body.isEmpty ? [] : [body])
        keywords = entry.keywords
        date = (entry.updated ?? entry.created).map { "\($0)" }
        publisher = entry.tool?.publisher
        contributions = entry.authors.map {
            Contribution(
                role: ScoLOMFRTerms.author, name: $0.name, organization: $0.organization, email: $0.email,
                date: entry.created.map { "\($0)" })
        }
        relations = []
        classifications = []
        educationalDescriptions = []
        copyright = Licenses.restricted(entry.license) ? ScoLOMFRTerms.copyrightYes : ScoLOMFRTerms.copyrightNo
        rightsDescription = Licenses.description(entry.license, toolURL: entry.tool?.url)
        switch entry.kind {
        case .scenario:
            let details = entry.scenario ?? ScenarioDetails()
            documentType = ScoLOMFRTerms.text
            generalResourceType = nil
            location = settings.page(of: entry)
            format = "text/html"
            learningResourceTypes = [ScoLOMFRTerms.scenario]
            intendedEndUserRoles =
                [ScoLOMFRTerms.teacher] + (details.aiUseValue?.pupilsHandleTool == true ? [ScoLOMFRTerms.learner] : [])
            contexts = LevelContexts.contexts(of: details.levels)
            typicalAgeRange = LevelContexts.ageRange(of: details.levels)
            typicalLearningTime = details.duration.flatMap(Self.lomDuration)
            educationalDescriptions = Self.educationalDescriptions(details)
            cost = ScoLOMFRTerms.free
            relations = details.tools.map { use in
                let tool = catalog?.entry(use.id)
                let name = tool?.title ?? use.id
                let role = use.role.map { " (\($0))" } ?? ""
                return Relation(
                    kind: ScoLOMFRTerms.requires, catalog: "URI",
                    identifier: settings.identifier(kind: .tool, id: use.id),
                    description: "Outil : \(name)\(role)")
            }
            classifications = Self.levelAndDomain(details)
        case .tool:
            let details = entry.tool ?? ToolDetails()
            documentType = ScoLOMFRTerms.software
            generalResourceType = ScoLOMFRTerms.application
            location = details.url ?? settings.page(of: entry)
            format = "text/html"
            learningResourceTypes = [ScoLOMFRTerms.tool]
            intendedEndUserRoles = [ScoLOMFRTerms.teacher]
            contexts = []
            typicalAgeRange = details.minAge.map { "\($0)-" }
            typicalLearningTime = nil
            cost = details.costValue.map(Self.costTerm)
            if let value = details.costValue { rightsDescription = "Coût : \(value.label). " + rightsDescription }
            if let publisher = details.publisher {
                contributions.append(
                    Contribution(
                        role: ScoLOMFRTerms.publisher, name: publisher, organization: publisher, email: nil, date: nil))
            }
            educationalDescriptions = Self.toolDescriptions(details)
            if !details.categories.isEmpty {
                classifications.append(
                    Classification(
                        axis: .toolCategory, purpose: ScoLOMFRTerms.idea, source: ScoLOMFRTerms.categorySource,
                        paths: details.categories.map { id in
                            [
                                Taxon(
                                    id: ScoLOMFRTerms.categoryBase + id,
                                    entry: Vocabularies.toolCategories.term(id)?.label ?? id)
                            ]
                        }))
            }
        }
        if !entry.themes.isEmpty {
            classifications.append(
                Classification(
                    axis: .theme, purpose: ScoLOMFRTerms.idea, source: ScoLOMFRTerms.themeSource,
                    paths: entry.themes.map { id in
                        [Taxon(id: ScoLOMFRTerms.themeBase + id, entry: Vocabularies.themes.term(id)?.label ?? id)]
                    }))
        }
    }

    private static func levelAndDomain(_ details: ScenarioDetails) -> [Classification] {
        var result: [Classification] = []
        let levelPaths = details.levels.compactMap { LevelContexts.levels[$0]?.path }
        if !levelPaths.isEmpty {
            result.append(
                Classification(
                    axis: .level, purpose: ScoLOMFRTerms.educationalLevel, source: ScoLOMFRTerms.levelSource,
                    paths: levelPaths))
        }
        let domainPaths = details.disciplines.compactMap { LevelContexts.disciplinePaths[$0] }
        if !domainPaths.isEmpty {
            result.append(
                Classification(
                    axis: .discipline, purpose: ScoLOMFRTerms.teachingDomain, source: ScoLOMFRTerms.domainSource,
                    paths: domainPaths))
        }
        return result
    }

    private static func costTerm(_ cost: ToolDetails.Cost) -> Term {
        switch cost {
        // "partiellement gratuit" (voc-026-num-007) is not in the 3.1 XSD: a freemium tool is
        // free to use, and the rights description says "gratuit avec options payantes".
        case .free, .institutional, .freemium: ScoLOMFRTerms.free
        case .paid: ScoLOMFRTerms.paid
        }
    }

    private static func educationalDescriptions(_ details: ScenarioDetails) -> [String] {
        var result: [String] = []
        if !details.objectives.isEmpty {
            result.append("Objectifs : " + details.objectives.joined(separator: " ; "))
        }
        if let use = details.aiUseValue { result.append("Usage de l'IA : \(use.label).") }
        if !details.competences.isEmpty {
            result.append("Compétences : " + details.competences.joined(separator: " ; "))
        }
        if !details.inclusion.isEmpty {
            let notes = details.inclusion.map { note in
                note.need.map { "\($0) : \(note.adaptation)" } ?? note.adaptation
            }
            result.append("Inclusion : " + notes.joined(separator: " ; "))
        }
        if let data = details.personalDataValue { result.append("Données personnelles d'élèves : \(data.label).") }
        return result
    }

    private static func toolDescriptions(_ details: ToolDetails) -> [String] {
        var result: [String] = []
        if let account = details.accountValue { result.append("Compte : \(account.label).") }
        if let age = details.minAge { result.append("Âge minimum selon les conditions d'utilisation : \(age) ans.") }
        if let hosting = details.privacy?.hostingValue { result.append("Hébergement des données : \(hosting.label).") }
        return result
    }

    /// `PT1H30M` as is; weeks become days (`P2W` → `P14D`), which LOM's duration type accepts.
    static func lomDuration(_ text: String) -> String? {
        guard let duration = ISODuration(text) else { return nil }
        guard duration.weeks > 0 else { return text }
        var result = "P"
        if duration.years > 0 { result += "\(duration.years)Y" }
        if duration.months > 0 { result += "\(duration.months)M" }
        result += "\(duration.days + 7 * duration.weeks)D"
        if duration.hours + duration.minutes + duration.seconds > 0 {
            result += "T"
            if duration.hours > 0 { result += "\(duration.hours)H" }
            if duration.minutes > 0 { result += "\(duration.minutes)M" }
            if duration.seconds > 0 { result += "\(duration.seconds)S" }
        }
        return result
    }
}

extension String {
    func trimmingWhitespace() -> String {
        guard let first, let last, first.isWhitespace || last.isWhitespace else { return self }
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }

    /// Whether the text is empty or only whitespace (`trimmingWhitespace().isEmpty`, without a copy).
    var isBlank: Bool { allSatisfy(\.isWhitespace) }
}
