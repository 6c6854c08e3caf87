import Testing

@testable import CatalogSearch

@Suite struct QueryParserTests {
    @Test func wordsPhrasesPrefixesOrAndExclusions() {
        let query = QueryParser.parse(#"esprit "intelligence artificielle" personnali* IA OR robot -image"#)
        #expect(query.clauses.count == 5)
        #expect(query.clauses[0].alternatives == [.words(["esprit"])])
        #expect(query.clauses[1].alternatives == [.phrase(["intelligence", "artificielle"])])
        #expect(query.clauses[2].alternatives == [.prefix("personnali")])
        #expect(query.clauses[3].alternatives == [.words(["ia"]), .words(["robot"])])
        #expect(query.clauses[4].negated)
        #expect(query.clauses[4].alternatives == [.words(["image"])])
    }

    @Test func elisionInsideAWordAndHyphens() {
        let query = QueryParser.parse("l'inclusion acido-basique")
        #expect(query.clauses.map(\.alternatives) == [[.words(["inclusion"])], [.phrase(["acido", "basique"])]])
    }

    @Test func synonymsExpandBothWays() {
        var analyzer = TermAnalyzer()
        let short = SynonymExpander.shared.expand(QueryParser.parse("IA éthique"), analyzer: &analyzer)
        #expect(short.clauses.count == 2)
        #expect(short.clauses[0].alternatives.contains(.phrase(["intelligence", "artificielle"])))
        let long = SynonymExpander.shared.expand(
            QueryParser.parse("intelligence artificielle"), analyzer: &analyzer)
        #expect(long.clauses.count == 1)
        #expect(long.clauses[0].alternatives.contains(.words(["ia"])))
    }

    @Test func compiledTermsAreQuoted() throws {
        struct NoVocabulary: TermVocabulary {
            func terms(forFoldedWord word: String, blind: String) throws -> [String] { [] }
            func terms(withPrefix prefix: String, limit: Int) throws -> [String] { [] }
        }
        var compiler = QueryCompiler(vocabulary: NoVocabulary())
        let compiled = try compiler.compile(QueryParser.parse("near NOT -robot"))
        #expect(compiled.match == #"("near" AND "not") NOT ("robot")"#)
    }
}
