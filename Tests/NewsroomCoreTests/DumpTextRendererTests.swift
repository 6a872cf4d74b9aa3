import Testing
@testable import NewsroomCore

@Suite struct DumpTextRendererTests {
    @Test func rendersEveryPartOfTheArticle() throws {
        var fixture = DumpFixture()
        fixture.contacts = [["Paula Prüfer", "Redakteurin", "+49 (0) 40 5550123", "Fax: +49 (0) 40 5550199", "p@testblatt.example", "eMail"]]
        let text = ArticleTextRenderer.render(try fixture.parse(), width: 60)
        for expected in [
            "Testblatt Energie · Netze", "NETZE", "Umspannwerk Nord geht in Betrieb", "Kontakt zur Redaktion", "│ Paula Prüfer",
            "│ Redakteurin", "│ Telefon: +49 (0) 40 5550123", "│ Fax: +49 (0) 40 5550199", "│ E-Mail: p@testblatt.example",
            "© 2025 Testblatt Verlag", "Montag, 22. Januar 2024, 15:32 Uhr", "Mehr zum Thema", "• Netzausbau kommt voran",
            "Schlagzeilen", "• Speicher werden knapp", "Foto: Testblatt / Anna Beispiel",
        ] {
            #expect(text.contains(expected), "missing \(expected)")
        }
    }

    @Test(arguments: [20, 40, 80])
    func linesFitTheWidth(width: Int) throws {
        var fixture = DumpFixture()
        fixture.body = [String(repeating: "Stromnetz Wärmepumpe Umspannwerk ", count: 20)]
        let text = ArticleTextRenderer.render(try fixture.parse(), width: width)
        for line in text.split(separator: "\n") {
            #expect(DisplayWidth.of(line) <= width, "too wide at \(width): \(line)")
        }
    }

    @Test func controlCharactersNeverReachTheOutput() throws {
        var fixture = DumpFixture()
        fixture.title = "\u{1B}]0;Titel\u{07}\u{1B}[2J \u{202E}txt.exe\u{202C}"
        fixture.body = ["\u{9B}31m C1 \u{7F} \u{2028} \u{2066}x\u{2069}"]
        fixture.contacts = [["Eve \u{1B}[5mBlink", "\u{200F}Rolle"]]
        let text = ArticleTextRenderer.render(try fixture.parse(), width: 50)
        #expect(rawControlScalars(in: text).isEmpty)
    }
}
