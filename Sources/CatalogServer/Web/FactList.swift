/// A `<dl>` of labelled facts; empty values are left out, « inconnu » is shown plainly.
struct FactList: Sendable {
    var facts: [(String, String)]

    func render() -> String {
        let shown = facts.filter { !$0.1.isEmpty }
        guard !shown.isEmpty else { return "" }
        var html = "<dl class=\"facts\">\n"
        for (name, value) in shown {
            let escaped = HTML.escape(value)
            let content = value.hasPrefix("inconnu") ? "<span class=\"unknown\">\(escaped)</span>" : escaped
            html += "<dt>\(HTML.escape(name))</dt><dd>\(content)</dd>\n"
        }
        return html + "</dl>\n"
    }
}
