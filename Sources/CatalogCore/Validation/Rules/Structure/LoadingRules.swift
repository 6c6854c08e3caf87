/// The checks made while loading a file (`EntryParser`, `CatalogLoader`). They produce their
/// findings during loading, so here they are data only: ids, severities and explanations for
/// `--explain` and SARIF.
public enum LoadingRules {
    public static let descriptors: [RuleDescriptor] = [
        RuleDescriptor(
            id: "structure.front-matter", severity: .error, title: "En-tête YAML présent et fermé",
            explanation: """
                Une fiche commence par une ligne « --- », puis les clés YAML, puis une autre ligne « --- », puis le \
                texte Markdown. Sans cet en-tête, pedacat ne peut rien lire de la fiche : ajoutez les deux lignes « --- ».
                """),
        RuleDescriptor(
            id: "structure.yaml", severity: .error, title: "En-tête YAML lisible",
            explanation: """
                L'en-tête doit être du YAML valide. Causes fréquentes : un deux-points suivi d'une espace dans un \
                texte non entouré de guillemets, une indentation irrégulière, une tabulation. Entourez le texte de \
                guillemets ou corrigez l'indentation à la ligne indiquée. Les autres fiches sont vérifiées quand même.
                """),
        RuleDescriptor(
            id: "structure.type", severity: .error, title: "Valeurs du bon type",
            explanation: """
                Chaque clé attend un type : texte, liste, nombre entier, true/false, ensemble de clés. Les booléens \
                s'écrivent true ou false (yes/no/on/off sont ambigus en YAML). Corrigez la valeur indiquée.
                """),
        RuleDescriptor(
            id: "structure.date", severity: .error, title: "Dates AAAA-MM-JJ qui existent",
            explanation: """
                Les dates (created, updated, verified_on, review.on) s'écrivent AAAA-MM-JJ et doivent exister dans le \
                calendrier (pas de 2025-02-30). Corrigez la date.
                """),
        RuleDescriptor(
            id: "structure.unknown-key", severity: .warning, title: "Clés connues",
            explanation: """
                Une clé qui ne fait pas partie du format est ignorée : c'est souvent une faute de frappe (levls pour \
                levels) ou une clé réservée à l'autre type de fiche. Renommez-la ou supprimez-la.
                """),
        RuleDescriptor(
            id: "structure.id-filename", severity: .error, title: "Identifiant égal au nom du fichier",
            explanation: """
                Le fichier catalog/<dossier>/<id>.md porte le nom de son identifiant : les liens, exports et \
                recherches en dépendent. Renommez le fichier ou corrigez id.
                """),
        RuleDescriptor(
            id: "structure.kind-folder", severity: .error, title: "Fiche rangée dans le dossier de son type",
            explanation: """
                Les scénarios sont dans catalog/scenarios/, les outils dans catalog/tools/. Déplacez la fiche ou \
                corrigez kind.
                """),
        RuleDescriptor(
            id: "structure.read", severity: .error, title: "Fichier lisible",
            explanation:
                "Le fichier n'a pas pu être lu (droits, lien cassé). Vérifiez qu'il existe et qu'il est lisible."),
        RuleDescriptor(
            id: "structure.encoding", severity: .error, title: "Fichier en UTF-8",
            explanation:
                "Les fiches sont en UTF-8, pour les accents. Réenregistrez le fichier en UTF-8 depuis votre éditeur."),
        RuleDescriptor(
            id: "vocabulary.kind", severity: .error, title: "Type de fiche connu",
            explanation: "kind vaut scenario (scénario pédagogique) ou tool (outil d'IA). Corrigez la valeur."),
    ]
}
