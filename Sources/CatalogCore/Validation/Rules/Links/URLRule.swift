import Foundation

/// URLs in `url`, `sources` and `privacy.evidence` are well formed: http or https, with a host.
public struct URLRule: EntryRule {
    public init() {}

    public let descriptor = RuleDescriptor(
        id: "link.url", severity: .error, title: "Adresses web bien formées",
        explanation: """
            Les adresses (url, sources, privacy.evidence) commencent par https:// (ou http://) et nomment un site \
            (https://www.education.gouv.fr/…), sans espace. Elles servent de preuves aux faits sur les outils : \
            une adresse mal formée ne prouve rien. pedacat ne télécharge pas les pages (pas de réseau).
            """)

    public func check(_ entry: Entry, in context: ValidationContext) -> [Finding] {
        guard let tool = entry.tool else { return [] }
        var fields: [(path: String, value: String)] = []
        if let url = tool.url { fields.append(("url", url)) }
        for (index, source) in tool.sources.enumerated() { fields.append(("sources[\(index)]", source)) }
        for (index, url) in (tool.privacy?.evidence ?? []).enumerated() {
            fields.append(("privacy.evidence[\(index)]", url))
        }
        return fields.compactMap { field in
            guard let problem = Self.problem(with: field.value) else { return nil }
            return finding(
                "Adresse « \(field.value) » mal formée dans « \(field.path) » : \(problem).", entry, at: field.path)
        }
    }

    /// What is wrong with `text` as a web address, in French, or `nil` when it is fine.
    public static func problem(with text: String) -> String? {
        if text.contains(where: { $0.isWhitespace }) { return "elle contient une espace (remplacez-la par %20)" }
        guard let components = URLComponents(string: text), let scheme = components.scheme?.lowercased() else {
            return "écrivez l'adresse complète, par exemple https://exemple.fr/page"
        }
        guard scheme == "http" || scheme == "https" else {
            return "seules les adresses http:// et https:// sont acceptées"
        }
        guard let host = components.host, !host.isEmpty else {
            return "le nom du site manque après « \(scheme):// »"
        }
        guard host.contains("."), !host.hasPrefix("."), !host.hasSuffix("."), !host.contains("..") else {
            return "le nom de site « \(host) » est incomplet (il manque par exemple .fr ou .org)"
        }
        return nil
    }
}
