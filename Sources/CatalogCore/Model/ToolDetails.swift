/// Keys only AI tools have. Facts that can be wrong (age, hosting, contract) carry sources;
/// a fact nobody could read in a source is `unknown`, never guessed.
public struct ToolDetails: Sendable, Hashable, Codable {
    public enum AIType: String, Sendable, Hashable, Codable, CaseIterable {
        case generative, predictive, none
    }

    public enum Cost: String, Sendable, Hashable, Codable, CaseIterable {
        case free, freemium, paid, institutional

        public var label: String {
            switch self {
            case .free: "gratuit"
            case .freemium: "gratuit avec options payantes"
            case .paid: "payant"
            case .institutional: "financé par l'institution"
            }
        }
    }

    public enum Account: String, Sendable, Hashable, Codable, CaseIterable {
        case none
        case teacherOnly = "teacher-only"
        case pupilRequired = "pupil-required"

        public var label: String {
            switch self {
            case .none: "sans compte"
            case .teacherOnly: "compte enseignant seulement"
            case .pupilRequired: "compte élève obligatoire"
            }
        }
    }

    public var url: String?
    public var publisher: String?
    public var publisherCountry: String?
    public var categories: [String]
    public var aiType: String?
    public var languages: [String]
    public var cost: String?
    public var account: String?
    /// Minimum age from the terms of use; `nil` when unknown.
    public var minAge: Int?
    public var privacy: Privacy?
    public var accessibility: Accessibility?
    public var runsLocally: Bool?
    public var alternatives: [String]
    public var sources: [String]

    public init(
        url: String? = nil, publisher: String? = nil, publisherCountry: String? = nil,
        categories: [String] = [], aiType: String? = nil, languages: [String] = [],
        cost: String? = nil, account: String? = nil, minAge: Int? = nil, privacy: Privacy? = nil,
        accessibility: Accessibility? = nil, runsLocally: Bool? = nil, alternatives: [String] = [],
        sources: [String] = []
    ) {
        self.url = url
        self.publisher = publisher
        self.publisherCountry = publisherCountry
        self.categories = categories
        self.aiType = aiType
        self.languages = languages
        self.cost = cost
        self.account = account
        self.minAge = minAge
        self.privacy = privacy
        self.accessibility = accessibility
        self.runsLocally = runsLocally
        self.alternatives = alternatives
        self.sources = sources
    }

    enum CodingKeys: String, CodingKey {
        case url, publisher, categories, languages, cost, account, privacy, accessibility
        case alternatives, sources
        case publisherCountry = "publisher_country"
        case aiType = "ai_type"
        case minAge = "min_age"
        case runsLocally = "runs_locally"
    }

    public var aiTypeValue: AIType? { aiType.flatMap(AIType.init(rawValue:)) }
    public var costValue: Cost? { cost.flatMap(Cost.init(rawValue:)) }
    public var accountValue: Account? { account.flatMap(Account.init(rawValue:)) }
}

public struct Privacy: Sendable, Hashable, Codable {
    public enum Hosting: String, Sendable, Hashable, Codable, CaseIterable {
        case fr, eu
        case nonEU = "non-eu"
        case local, unknown

        public var label: String {
            switch self {
            case .fr: "France"
            case .eu: "Union européenne"
            case .nonEU: "hors Union européenne"
            case .local: "sur la machine de l'utilisateur"
            case .unknown: "inconnu"
            }
        }

        /// Data stays under GDPR jurisdiction.
        public var isGDPRTerritory: Bool { self == .fr || self == .eu || self == .local }
    }

    /// `true`, `false` or `unknown`, as written.
    public enum Knowledge: String, Sendable, Hashable, Codable, CaseIterable {
        case yes = "true"
        case no = "false"
        case unknown
    }

    public enum Training: String, Sendable, Hashable, Codable, CaseIterable {
        case yes, no
        case optOut = "opt-out"
        case unknown

        public var label: String {
            switch self {
            case .yes: "oui"
            case .no: "non"
            case .optOut: "oui, sauf refus de l'utilisateur"
            case .unknown: "inconnu"
            }
        }
    }

    public var hosting: String?
    public var dpa: String?
    public var trainsOnUserData: String?
    public var gar: Bool?
    public var evidence: [String]
    public var verifiedOn: ISODate?

    public init(
        hosting: String? = nil, dpa: String? = nil, trainsOnUserData: String? = nil,
        gar: Bool? = nil, evidence: [String] = [], verifiedOn: ISODate? = nil
    ) {
        self.hosting = hosting
        self.dpa = dpa
        self.trainsOnUserData = trainsOnUserData
        self.gar = gar
        self.evidence = evidence
        self.verifiedOn = verifiedOn
    }

    enum CodingKeys: String, CodingKey {
        case hosting, dpa, gar, evidence
        case trainsOnUserData = "trains_on_user_data"
        case verifiedOn = "verified_on"
    }

    public var hostingValue: Hosting? { hosting.flatMap(Hosting.init(rawValue:)) }
    public var dpaValue: Knowledge? { dpa.flatMap(Knowledge.init(rawValue:)) }
    public var trainsOnUserDataValue: Training? { trainsOnUserData.flatMap(Training.init(rawValue:)) }

    /// Evidence of GDPR compliance as the 2025 framework asks it: EU (or local) hosting with a
    /// data-processing agreement, or access through the GAR.
    public var isGDPRCompliant: Bool {
        if gar == true { return true }
        guard let hosting = hostingValue, hosting.isGDPRTerritory else { return false }
        if hosting == .local { return true }
        return dpaValue == .yes
    }
}

public struct Accessibility: Sendable, Hashable, Codable {
    public enum RGAA: String, Sendable, Hashable, Codable, CaseIterable {
        case full, partial, none, undeclared
    }

    public var rgaa: String?
    public var features: [String]

    public init(rgaa: String? = nil, features: [String] = []) {
        self.rgaa = rgaa
        self.features = features
    }
}
