/// Shared by the vocabulary rules: every value must be an id of the vocabulary; an unknown one
/// gets the nearest valid id, at the exact place of the list item.
enum VocabularyCheck {
    static func unknownValues(
        _ values: [String], listPath: String, in vocabulary: Vocabulary, entry: Entry, rule: some EntryRule,
        what: String
    ) -> [Finding] {
        var findings: [Finding] = []
        for (index, value) in values.enumerated() where !vocabulary.contains(value) {
            findings.append(
                unknown(
                    value, path: "\(listPath)[\(index)]", key: listPath, in: vocabulary, entry: entry, rule: rule,
                    what: what))
        }
        return findings
    }

    static func unknown(
        _ value: String, path: String, key: String, in vocabulary: Vocabulary, entry: Entry, rule: some EntryRule,
        what: String
    ) -> Finding {
        var message = "\(what) « \(value) » inconnue dans « \(key) »."
        if let nearest = vocabulary.nearest(to: value) {
            message += " Vouliez-vous dire « \(nearest) » ?"
        } else if vocabulary.terms.count <= 8 {
            message += " Valeurs possibles : \(vocabulary.ids.joined(separator: ", "))."
        } else {
            message += " Voir « pedacat vocab \(vocabulary.name) » pour la liste."
        }
        return rule.finding(message, entry, at: path)
    }
}
