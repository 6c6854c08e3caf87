/// ScoLOMFR 3.1 concepts the writers use, with their official French labels (SKOS 3.2.0) and,
/// where one exists, the LOMv1.0 token for plain LOM.
enum ScoLOMFRTerms {
    static let source = "SCOLOMFRv3.1"
    static let base = "http://data.education.fr/voc/scolomfr/concept/"

    static func term(_ local: String, _ label: String, lom: String? = nil) -> LOMRecord.Term {
        LOMRecord.Term(uri: base + local, label: label, lomToken: lom)
    }

    // voc-004 type documentaire (Dublin Core types)
    static let text = LOMRecord.Term(uri: "http://purl.org/dc/dcmitype/Text", label: "texte")
    static let software = LOMRecord.Term(uri: "http://purl.org/dc/dcmitype/Software", label: "logiciel")
    // voc-005 type de contenu éditorial
    static let application = term("scolomfr-voc-005-num-136", "application")
    // voc-010 type pédagogique
    static let scenario = term("scolomfr-voc-010-num-020", "scénario pédagogique")
    static let tool = term("scolomfr-voc-010-num-017", "outil")
    // voc-003 rôle
    static let author = term("author", "auteur", lom: "author")
    static let publisher = term("publisher", "éditeur", lom: "publisher")
    // voc-011 public cible
    static let teacher = term("teacher", "enseignant", lom: "teacher")
    static let learner = term("learner", "apprenant", lom: "learner")
    // voc-012 niveau (contexte)
    static let primary = term("scolomfr-voc-012-num-002", "enseignement primaire", lom: "school")
    static let secondary = term("scolomfr-voc-012-num-003", "enseignement secondaire", lom: "school")
    static let higher = term("higher_education", "enseignement supérieur", lom: "higher education")
    static let continuing = term("scolomfr-voc-012-num-009", "formation continue", lom: "training")
    // voc-026 coût, voc-027 droits
    static let free = term("no", "gratuit", lom: "no")
    static let paid = term("yes", "payant", lom: "yes")
    static let copyrightYes = term("yes_2", "oui", lom: "yes")
    static let copyrightNo = term("no_2", "non", lom: "no")
    // voc-009 type de relation
    static let requires = LOMRecord.Term(
        uri: "http://purl.org/dc/terms/requires", label: "requiert", lomToken: "requires")
    // voc-028 objectif de classification
    static let educationalLevel = term("educational_level", "niveau éducatif détaillé", lom: "educational level")
    static let teachingDomain = term("scolomfr-voc-028-num-003", "domaine d'enseignement", lom: "discipline")
    static let idea = term("idea", "notion", lom: "idea")

    static let levelSource = "SCOLOMFRv3.1 ; scolomfr-voc-022 ; Niveau éducatif détaillé"
    static let domainSource = "SCOLOMFRv3.1 ; scolomfr-voc-015 ; Domaine d'enseignement"
    static let themeSource = "pedacat ; themes ; Thèmes"
    static let categorySource = "pedacat ; categories ; Catégories d'outils"
    static let themeBase = "urn:pedacat:vocabulary:themes:"
    static let categoryBase = "urn:pedacat:vocabulary:categories:"

    /// ISO 639-2/B code of a BCP 47 tag's primary language, for ScoLOMFR's language URIs.
    static func iso6392(_ tag: String) -> String {
        let primary = tag.split(separator: "-").first.map { $0.lowercased() } ?? tag
        return languages[primary] ?? primary
    }

    static func languageURI(_ tag: String) -> String {
        "http://id.loc.gov/vocabulary/iso639-2/" + iso6392(tag)
    }

    static let languages: [String: String] = [
        "fr": "fre", "en": "eng", "de": "ger", "es": "spa", "it": "ita", "pt": "por", "nl": "dut",
        "ar": "ara", "zh": "chi", "ja": "jpn", "ru": "rus", "oc": "oci", "br": "bre", "eu": "baq",
        "ca": "cat", "co": "cos", "la": "lat", "el": "gre", "pl": "pol", "ro": "rum", "tr": "tur",
    ]
}
