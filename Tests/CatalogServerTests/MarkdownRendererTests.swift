import Testing

@testable import CatalogServer

@Suite struct MarkdownRendererTests {
    let renderer = MarkdownRenderer(topHeadingLevel: 3)

    @Test func headingsListsParagraphsAndEmphasis() {
        let html = renderer.render(
            """
            ## Déroulé

            1. **Question** posée à l'IA.
            2. Les élèves *vérifient* avec `des sources`.

            Un paragraphe
            sur deux lignes.

            - un
              - sous-point
            - deux
            """)
        #expect(html.contains("<h3>Déroulé</h3>"))
        #expect(html.contains("<ol>\n<li><strong>Question</strong> posée à l&#39;IA.</li>"))
        #expect(html.contains("<em>vérifient</em> avec <code>des sources</code>"))
        #expect(html.contains("<p>Un paragraphe sur deux lignes.</p>"))
        #expect(html.contains("<li>un\n<ul>\n<li>sous-point</li>\n</ul>\n</li>"))
        #expect(html.contains("<li>deux</li>"))
    }

    @Test func everythingIsEscapedAndUnsafeLinksBecomeText() {
        let html = renderer.render(
            """
            <script>alert("x")</script>

            [site](https://example.org/?a=1&b=2) [piège](javascript:alert(1)) [rel](/fiches/x) <https://cdi.example.org>

            ```
            <b>code</b>
            ```
            """)
        #expect(!html.contains("<script"))
        #expect(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"))
        #expect(html.contains("<a href=\"https://example.org/?a=1&amp;b=2\">site</a>"))
        #expect(!html.contains("javascript:"))
        #expect(html.contains(" piège "))
        #expect(html.contains("<a href=\"/fiches/x\">rel</a>"))
        #expect(html.contains("<a href=\"https://cdi.example.org\">https://cdi.example.org</a>"))
        #expect(html.contains("<pre><code>&lt;b&gt;code&lt;/b&gt;</code></pre>"))
    }

    @Test func quotesRulesAndOrderedStart() {
        let html = renderer.render("> cité\n\n---\n\n3. trois\n4. quatre")
        #expect(html.contains("<blockquote>\n<p>cité</p>\n</blockquote>"))
        #expect(html.contains("<hr>"))
        #expect(html.contains("<ol start=\"3\">"))
    }

    @Test func snippetsHighlightMarkedTermsSafely() {
        #expect(
            HTML.highlighted("l'[[esprit]] <b> [[critique")
                == "l&#39;<mark>esprit</mark> &lt;b&gt; <mark>critique</mark>")
    }
}
