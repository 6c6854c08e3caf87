/// The frame of every page: French, a skip link, a header with the site name, one `main`,
/// a footer; inline style sheet (no CDN, no web font, no script).
struct PageLayout: Sendable {
    var title: String
    /// Optional meta description.
    var description: String?

    func render(main: String) -> String {
        var html = """
            <!DOCTYPE html>
            <html lang="fr">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(HTML.escape(title))</title>

            """
        if let description { html += "<meta name=\"description\" content=\"\(HTML.escape(description))\">\n" }
        html += """
            <style>\(Stylesheet.css)</style>
            </head>
            <body>
            <a class="skip" href="#contenu">Aller au contenu</a>
            <header class="site">
            <p class="brand"><a href="/">pedacat</a> <span>scénarios pédagogiques et outils d'IA</span></p>
            </header>
            <main id="contenu" tabindex="-1">
            \(main)
            </main>
            <footer class="site">
            <p>Catalogue servi par pedacat. Données aussi disponibles en <a href="/api/search">JSON</a> et par moissonnage <a href="/oai?verb=Identify">OAI-PMH</a>.</p>
            </footer>
            </body>
            </html>

            """
        return html
    }
}
