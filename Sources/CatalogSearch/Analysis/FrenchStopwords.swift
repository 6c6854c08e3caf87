/// French stopwords, accent-folded: articles, pronouns, prepositions, conjunctions and the
/// commonest forms of être / avoir. Dropped from text and queries alike, so a phrase keeps
/// matching across them ("éducation aux médias" ≈ "éducation médias").
enum FrenchStopwords {
    static let all: Set<String> = [
        // articles, elided letters
        "le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "au", "aux",
        "c", "j", "m", "n", "s", "t", "qu",
        // pronouns
        "je", "tu", "il", "elle", "on", "nous", "vous", "ils", "elles", "me", "te", "se", "lui", "leur",
        "leurs", "y", "en", "moi", "toi", "soi", "eux", "ce", "cet", "cette", "ces", "ceci", "cela", "ca",
        "celui", "celle", "ceux", "celles", "qui", "que", "quoi", "dont", "ou", "lequel", "laquelle",
        "lesquels", "lesquelles", "mon", "ton", "son", "ma", "ta", "sa", "mes", "tes", "ses", "notre",
        "votre", "nos", "vos",
        // prepositions and conjunctions
        "a", "dans", "par", "pour", "sur", "sous", "avec", "sans", "chez", "entre", "vers", "et", "mais",
        "donc", "or", "ni", "car", "si", "comme", "lorsque", "puisque", "quand", "afin", "ainsi",
        // adverbs of little meaning
        "ne", "pas", "plus", "tres", "aussi", "deja", "encore", "tout", "tous", "toute", "toutes",
        "meme", "memes", "autre", "autres", "bien", "peu",
        // etre, avoir
        "est", "sont", "etre", "ete", "etait", "etaient", "sera", "seront", "soit", "sont", "suis",
        "es", "sommes", "etes", "fut", "ai", "as", "avons", "avez", "ont", "avait", "avaient", "avoir",
        "eu", "aura", "auront",
    ]

    static func contains(_ folded: String) -> Bool { all.contains(folded) }
}
