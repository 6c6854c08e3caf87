/// Acronyms and synonyms that search expands: a query for one form also finds the others.
public struct SynonymGroup: Sendable, Hashable, Codable {
    /// Forms that mean the same thing, in French as teachers write them.
    public let forms: [String]

    public init(_ forms: String...) { self.forms = forms }
}

extension Vocabularies {
    public static let synonyms: [SynonymGroup] = [
        SynonymGroup("IA", "intelligence artificielle"),
        SynonymGroup("IAG", "IA générative", "intelligence artificielle générative"),
        SynonymGroup("LLM", "grand modèle de langage", "modèle de langage"),
        SynonymGroup("chatbot", "agent conversationnel", "assistant conversationnel"),
        SynonymGroup("EMI", "éducation aux médias et à l'information"),
        SynonymGroup("EMC", "enseignement moral et civique"),
        SynonymGroup("SNT", "sciences numériques et technologie"),
        SynonymGroup("NSI", "numérique et sciences informatiques"),
        SynonymGroup("SVT", "sciences de la vie et de la Terre"),
        SynonymGroup("SES", "sciences économiques et sociales"),
        SynonymGroup("EPS", "éducation physique et sportive"),
        SynonymGroup("LV", "langues vivantes"),
        SynonymGroup("FLE", "français langue étrangère"),
        SynonymGroup("FLS", "français langue seconde"),
        SynonymGroup("ULIS", "unité localisée pour l'inclusion scolaire"),
        SynonymGroup("SEGPA", "section d'enseignement général et professionnel adapté"),
        SynonymGroup("UPE2A", "unité pédagogique pour élèves allophones arrivants", "élèves allophones"),
        SynonymGroup("TSA", "trouble du spectre de l'autisme", "autisme"),
        SynonymGroup("TDAH", "trouble du déficit de l'attention avec ou sans hyperactivité"),
        SynonymGroup("DYS", "troubles dys", "dyslexie", "dyspraxie", "dysorthographie"),
        SynonymGroup("AESH", "accompagnant des élèves en situation de handicap"),
        SynonymGroup("PAP", "plan d'accompagnement personnalisé"),
        SynonymGroup("PPS", "projet personnalisé de scolarisation"),
        SynonymGroup("BEP", "besoins éducatifs particuliers"),
        SynonymGroup("RGPD", "règlement général sur la protection des données", "données personnelles"),
        SynonymGroup("GAR", "gestionnaire d'accès aux ressources"),
        SynonymGroup("CRCN", "cadre de référence des compétences numériques"),
        SynonymGroup("ENT", "espace numérique de travail"),
        SynonymGroup("CDI", "centre de documentation et d'information"),
        SynonymGroup("TTS", "synthèse vocale", "lecture à voix haute"),
        SynonymGroup("STT", "dictée vocale", "reconnaissance vocale"),
        SynonymGroup("fake news", "infox", "fausse information", "désinformation"),
        SynonymGroup("deepfake", "hypertrucage"),
        SynonymGroup("prompt", "requête", "consigne"),
        SynonymGroup("machine learning", "apprentissage automatique"),
        SynonymGroup("QCM", "questionnaire à choix multiples", "quiz"),
        SynonymGroup("CAP", "certificat d'aptitude professionnelle"),
        SynonymGroup("BTS", "brevet de technicien supérieur"),
        SynonymGroup("bac pro", "baccalauréat professionnel", "lycée professionnel"),
    ]
}
