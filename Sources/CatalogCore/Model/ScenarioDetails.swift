/// Keys only scenarios have.
public struct ScenarioDetails: Sendable, Hashable, Codable {
    /// How AI is used, after the 2025 *cadre d'usage de l'IA en éducation*.
    public enum AIUse: String, Sendable, Hashable, Codable, CaseIterable {
        case teacherPrep = "teacher-prep"
        case teacherDemo = "teacher-demo"
        case pupilsSupervised = "pupils-supervised"
        case pupilsAutonomous = "pupils-autonomous"

        public var label: String {
            switch self {
            case .teacherPrep: "préparation par l'enseignant"
            case .teacherDemo: "démonstration par l'enseignant"
            case .pupilsSupervised: "utilisation par les élèves, encadrée"
            case .pupilsAutonomous: "utilisation autonome par les élèves"
            }
        }

        /// Pupils handle the tool themselves.
        public var pupilsHandleTool: Bool { self == .pupilsSupervised || self == .pupilsAutonomous }
    }

    public enum PersonalData: String, Sendable, Hashable, Codable, CaseIterable {
        case none, pseudonymous, personal

        public var label: String {
            switch self {
            case .none: "aucune"
            case .pseudonymous: "pseudonymisées"
            case .personal: "personnelles"
            }
        }
    }

    public var levels: [String]
    public var disciplines: [String]
    /// ISO 8601 duration as written (`PT1H`, `PT55M`, `P1W`…).
    public var duration: String?
    public var aiUse: String?
    public var tools: [ToolUse]
    public var objectives: [String]
    public var competences: [String]
    public var inclusion: [InclusionNote]
    public var personalData: String?
    /// What the teacher checks before and during the session (an extension of the contract).
    public var teacherChecks: [String]
    public var review: Review?

    public init(
        levels: [String] = [], disciplines: [String] = [], duration: String? = nil,
        aiUse: String? = nil, tools: [ToolUse] = [], objectives: [String] = [],
        competences: [String] = [], inclusion: [InclusionNote] = [], personalData: String? = nil,
        teacherChecks: [String] = [], review: Review? = nil
    ) {
        self.levels = levels
        self.disciplines = disciplines
        self.duration = duration
        self.aiUse = aiUse
        self.tools = tools
        self.objectives = objectives
        self.competences = competences
        self.inclusion = inclusion
        self.personalData = personalData
        self.teacherChecks = teacherChecks
        self.review = review
    }

    enum CodingKeys: String, CodingKey {
        case levels, disciplines, duration, tools, objectives, competences, inclusion, review
        case aiUse = "ai_use"
        case personalData = "personal_data"
        case teacherChecks = "teacher_checks"
    }

    public var aiUseValue: AIUse? { aiUse.flatMap(AIUse.init(rawValue:)) }
    public var personalDataValue: PersonalData? { personalData.flatMap(PersonalData.init(rawValue:)) }
}

/// A tool a scenario uses, with the role it plays and what to do without it.
public struct ToolUse: Sendable, Hashable, Codable {
    public var id: String
    public var role: String?
    /// Pupils need an account of their own on the tool.
    public var pupilAccount: Bool?
    /// The non-AI (or other-tool) way to run the activity.
    public var fallback: String?

    enum CodingKeys: String, CodingKey {
        case id, role, fallback
        case pupilAccount = "pupil_account"
    }

    public init(id: String, role: String? = nil, pupilAccount: Bool? = nil, fallback: String? = nil) {
        self.id = id
        self.role = role
        self.pupilAccount = pupilAccount
        self.fallback = fallback
    }
}

/// A need addressed by the scenario and how it is met. In the file, either a plain string
/// (the adaptation) or `{need, adaptation}`.
public struct InclusionNote: Sendable, Hashable, Codable {
    public var need: String?
    public var adaptation: String

    public init(need: String? = nil, adaptation: String) {
        self.need = need
        self.adaptation = adaptation
    }
}

public struct Review: Sendable, Hashable, Codable {
    public var by: String?
    public var on: ISODate?
    public var note: String?

    public init(by: String? = nil, on: ISODate? = nil, note: String? = nil) {
        self.by = by
        self.on = on
        self.note = note
    }
}
