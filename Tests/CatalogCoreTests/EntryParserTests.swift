import Testing

@testable import CatalogCore

/// Each kind of loader problem, with the line and column it must point at.
@Suite struct EntryParserTests {
    /// A valid scenario; tests replace one line to break it.
    static let scenario = """
        ---
        id: debat-ia
        kind: scenario
        title: Débattre de l'IA
        summary: Un débat argumenté.
        language: fr
        themes: [ethique]
        keywords: [débat, IA]
        license: CC-BY-SA-4.0
        status: published
        created: 2025-10-08
        updated: 2025-10-09
        authors:
          - name: Équipe pedacat
        levels: [3e]
        disciplines: [emc]
        duration: PT1H
        ai_use: teacher-demo
        tools:
          - id: le-chat-mistral
            role: Démonstration
            pupil_account: false
        personal_data: none
        ---

        ## Déroulé

        1. Lancer le débat.
        """

    func parse(_ text: String, id: String = "debat-ia", kind: Entry.Kind? = .scenario) -> (Entry?, [Finding]) {
        EntryParser.parse(text, file: "scenarios/\(id).md", expectedID: id, expectedKind: kind)
    }

    func replacing(_ old: String, with new: String) -> String {
        precondition(Self.scenario.contains(old))
        return Self.scenario.replacing(old, with: new)
    }

    @Test func validScenarioHasNoFinding() throws {
        let (entry, findings) = parse(Self.scenario)
        #expect(findings.isEmpty)
        let scenario = try #require(entry?.scenario)
        #expect(entry?.title == "Débattre de l'IA")
        #expect(entry?.created == ISODate("2025-10-08"))
        #expect(scenario.tools == [ToolUse(id: "le-chat-mistral", role: "Démonstration", pupilAccount: false)])
        #expect(entry?.bodyLine == 26)
        #expect(entry?.body.hasPrefix("## Déroulé") == true)
        #expect(
            entry?.location(of: "tools[0].pupil_account")
                == SourceLocation(file: "scenarios/debat-ia.md", line: 22, column: 20))
    }

    @Test func missingFrontMatter() {
        let (entry, findings) = parse("# Juste un titre\n\nDu texte.\n")
        #expect(entry == nil)
        #expect(findings.map(\.rule) == ["structure.front-matter"])
        #expect(findings.first?.location.line == 1)
        #expect(findings.first?.message.contains("---") == true)
    }

    @Test func unterminatedFrontMatter() {
        let (entry, findings) = parse("---\nid: debat-ia\nkind: scenario\n\nTexte sans fin d'en-tête.\n")
        #expect(entry == nil)
        #expect(findings.map(\.rule) == ["structure.front-matter"])
        #expect(findings.first?.message.contains("non terminé") == true)
        #expect(findings.first?.message.contains("ligne 5") == true)
    }

    @Test func yamlSyntaxErrorNamesItsLine() {
        let (entry, findings) = parse(replacing("keywords: [débat, IA]", with: "keywords: [débat, IA"))
        #expect(entry == nil)
        #expect(findings.map(\.rule) == ["structure.yaml"])
        // The unclosed flow sequence is detected on the next line.
        #expect((8...9).contains(findings.first?.location.line ?? 0))
        #expect(findings.first?.severity == .error)
    }

    @Test func badIndentationIsASyntaxError() {
        let (_, findings) = parse(replacing("    role: Démonstration", with: "  role: Démonstration"))
        #expect(findings.map(\.rule) == ["structure.yaml"])
        #expect(findings.first?.location.line == 21)
    }

    @Test func duplicateKeyIsReported() {
        let (_, findings) = parse(replacing("language: fr", with: "language: fr\ntitle: Autre titre"))
        #expect(findings.map(\.rule) == ["structure.yaml"])
        #expect(findings.first?.message.contains("deux fois") == true)
        #expect(findings.first?.location.line == 4)
    }

    @Test func wrongTypeNamesLineAndColumn() {
        let (entry, findings) = parse(replacing("themes: [ethique]", with: "themes: ethique"))
        #expect(entry != nil)
        #expect(findings.map(\.rule) == ["structure.type"])
        #expect(findings.first?.location == SourceLocation(file: "scenarios/debat-ia.md", line: 7, column: 9))
        #expect(findings.first?.message.contains("[ethique]") == true)
    }

    @Test func mappingWhereTextExpected() {
        let (_, findings) = parse(replacing("title: Débattre de l'IA", with: "title:\n  fr: Débattre"))
        #expect(findings.map(\.rule) == ["structure.type"])
        #expect(findings.first?.location.line == 5)
    }

    @Test func unknownKeyIsAWarningWithSuggestion() {
        let (entry, findings) = parse(replacing("language: fr", with: "language: fr\nsumary: doublon"))
        #expect(entry != nil)
        #expect(findings.map(\.rule) == ["structure.unknown-key"])
        #expect(findings.first?.severity == .warning)
        #expect(findings.first?.location.line == 7)
        #expect(findings.first?.message.contains("« summary »") == true)
    }

    @Test func toolKeyInScenarioIsAWarning() {
        let (_, findings) = parse(replacing("language: fr", with: "language: fr\nmin_age: 13"))
        #expect(findings.map(\.rule) == ["structure.unknown-key"])
        #expect(findings.first?.message.contains("tool") == true)
    }

    @Test func idMustEqualFileName() {
        let (entry, findings) = parse(Self.scenario, id: "autre-nom")
        #expect(entry?.id == "debat-ia")
        #expect(findings.map(\.rule) == ["structure.id-filename"])
        #expect(findings.first?.location.line == 2)
        #expect(findings.first?.location.column == 5)
    }

    @Test func kindMustMatchFolder() {
        let (_, findings) = parse(Self.scenario, kind: .tool)
        #expect(findings.map(\.rule) == ["structure.kind-folder"])
        #expect(findings.first?.location.line == 3)
    }

    @Test func impossibleDateIsAnError() {
        let (entry, findings) = parse(replacing("created: 2025-10-08", with: "created: 2025-13-45"))
        #expect(entry?.created == nil)
        #expect(findings.map(\.rule) == ["structure.date"])
        #expect(findings.first?.location.line == 11)
    }

    @Test func thirtiethOfFebruaryDoesNotExist() {
        let (_, findings) = parse(replacing("created: 2025-10-08", with: "created: 2024-02-30"))
        #expect(findings.map(\.rule) == ["structure.date"])
    }

    @Test func yesNoAreNotBooleans() {
        let (entry, findings) = parse(replacing("pupil_account: false", with: "pupil_account: no"))
        #expect(entry?.scenario?.tools.first?.pupilAccount == nil)
        #expect(findings.map(\.rule) == ["structure.type"])
        #expect(findings.first?.location.line == 22)
        #expect(findings.first?.message.contains("true ou false") == true)
    }

    @Test func yamlOneOneWordsStayText() {
        // `no` is Norwegian, not false; a date stays the text the curator wrote, then is checked.
        let (entry, findings) = parse(replacing("language: fr", with: "language: no"))
        #expect(findings.isEmpty)
        #expect(entry?.language == "no")
        #expect(entry?.created?.description == "2025-10-08")
    }

    @Test func toolFactsReadDeliberately() throws {
        let tool = """
            ---
            id: outil
            kind: tool
            title: Outil
            min_age: unknown
            runs_locally: true
            privacy:
              hosting: eu
              dpa: true
              trains_on_user_data: no
              gar: false
              verified_on: 2025-10-08
            ---
            """
        let (entry, findings) = EntryParser.parse(
            tool, file: "tools/outil.md", expectedID: "outil", expectedKind: .tool)
        #expect(findings.isEmpty)
        let details = try #require(entry?.tool)
        #expect(details.minAge == nil)
        #expect(details.runsLocally == true)
        #expect(details.privacy?.trainsOnUserDataValue == Privacy.Training.no)
        #expect(details.privacy?.dpaValue == .yes)
        #expect(details.privacy?.isGDPRCompliant == true)
    }

    @Test func minAgeMustBeAnInteger() {
        let tool = "---\nid: outil\nkind: tool\ntitle: Outil\nmin_age: treize\n---\n"
        let (_, findings) = EntryParser.parse(tool, file: "tools/outil.md", expectedID: "outil", expectedKind: .tool)
        #expect(findings.map(\.rule) == ["structure.type"])
        #expect(findings.first?.location.line == 5)
    }

    @Test func byteOrderMarkAndCRLFAreAccepted() {
        let text = "\u{FEFF}" + Self.scenario.replacing("\n", with: "\r\n")
        let (entry, findings) = parse(text)
        #expect(findings.isEmpty)
        #expect(entry?.location(of: "levels").line == 15)
    }

    @Test func missingKindWithoutFolderIsAnError() {
        let (entry, findings) = EntryParser.parse("---\nid: x\ntitle: X\n---\n", file: "x.md", expectedID: "x")
        #expect(entry == nil)
        #expect(findings.map(\.rule) == ["structure.required"])
    }
}
