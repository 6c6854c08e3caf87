/// A page that says what went wrong, with a way back to the search.
struct ErrorPage: Sendable {
    var title: String
    var message: String

    func render() -> String {
        PageLayout(title: "\(title) — pedacat").render(
            main: """
                <h1>\(HTML.escape(title))</h1>
                <p>\(HTML.escape(message))</p>
                <p><a href="/">Retour à la recherche</a></p>
                """)
    }
}
