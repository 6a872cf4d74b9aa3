import Testing
@testable import NewsroomCore

/// The spec's structure table, one block at a time.
@Suite struct DumpBlockTests {
    @Test func fullFixtureHasEveryBlock() throws {
        let article = try DumpFixture().parse()
        #expect(article.headlines == ["Netzbetreiber erhöhen Entgelte", "Speicher werden knapp"])
        #expect(article.publication == "Testblatt Energie")
        #expect(article.section == "Netze")
        #expect(article.imageCredit == "Testblatt / Anna Beispiel")
        #expect(article.kicker == "NETZE")
        #expect(article.title == "Umspannwerk Nord geht in Betrieb")
        #expect(article.teaser == "Der Netzbetreiber hat das neue Umspannwerk nach zwei Jahren Bauzeit eingeweiht.")
        #expect(article.body == [
            "Das Umspannwerk verbindet das 110-kV-Netz mit dem Höchstspannungsnetz.",
            "Es kostete 48 Millionen Euro und versorgt 90.000 Haushalte.",
        ])
        #expect(article.contacts == [
            Contact(name: "Paula Prüfer", role: "Redakteurin Netze", phone: "+49 (0) 40 5550123", channels: ["eMail", "LinkedIn"])
        ])
        #expect(article.copyright == "© 2025 Testblatt Verlag")
        #expect(article.published?.iso8601 == "2024-01-22T15:32:00+01:00")
        #expect(article.related == ["Netzausbau kommt voran", "Neue Regeln für Speicher"])
    }

    /// Removing one block clears exactly its field and leaves every other field as it was.
    @Test(arguments: ["headlines", "breadcrumb", "credit", "kicker", "teaser", "body", "contacts", "copyright", "date", "related"])
    func eachBlockMayBeMissing(block: String) throws {
        var fixture = DumpFixture()
        var expected = try fixture.parse()
        switch block {
        case "headlines": fixture.headlines = []; expected.headlines = []
        case "breadcrumb": fixture.breadcrumb = nil; expected.publication = nil; expected.section = nil
        case "credit": fixture.credit = nil; expected.imageCredit = nil
        case "kicker": fixture.kicker = nil; expected.kicker = nil
        case "teaser": fixture.teaser = nil; expected.teaser = nil
        case "body": fixture.body = []; expected.body = []
        case "contacts": fixture.contacts = []; expected.contacts = []
        case "copyright": fixture.copyright = nil; expected.copyright = nil
        case "date": fixture.date = nil; expected.published = nil
        case "related": fixture.related = nil; expected.related = []
        default: Issue.record("unknown block \(block)")
        }
        #expect(try fixture.parse() == expected)
    }

    @Test func everythingButTheTitleMissing() throws {
        let fixture = DumpFixture(
            headlines: [], breadcrumb: nil, credit: nil, kicker: nil, teaser: nil, openingSeparator: false, body: [],
            closingSeparator: false, contacts: [], copyright: nil, date: nil, related: nil)
        #expect(try fixture.parse() == Article(title: "Umspannwerk Nord geht in Betrieb"))
    }

    @Test func noTitleIsAnError() throws {
        var fixture = DumpFixture()
        fixture.title = nil
        fixture.teaser = nil
        #expect(throws: InputError.noTitle) { try fixture.parse() }
        #expect(throws: InputError.noTitle) { try DumpParser.parse(Array(" \n\t\n\n".utf8)) }
        #expect(throws: InputError.noTitle) { try DumpParser.parse(Array("• Nur eine Schlagzeile\n".utf8)) }
    }

    @Test func teaserOnlyArticleHasNoBody() throws {
        var fixture = DumpFixture()
        fixture.openingSeparator = false
        fixture.body = []
        fixture.closingSeparator = false
        fixture.contacts = []
        let article = try fixture.parse()
        #expect(article.teaser == "Der Netzbetreiber hat das neue Umspannwerk nach zwei Jahren Bauzeit eingeweiht.")
        #expect(article.body.isEmpty)
        #expect(article.copyright == "© 2025 Testblatt Verlag")
        #expect(article.published != nil)
        #expect(article.related.count == 2)
    }

    @Test func teaserIsNotTakenFromTheSeparatorOrTrailer() throws {
        var fixture = DumpFixture()
        fixture.teaser = nil
        fixture.openingSeparator = false
        fixture.body = []
        fixture.closingSeparator = false
        fixture.contacts = []
        let article = try fixture.parse()
        #expect(article.teaser == nil)
        #expect(article.copyright == "© 2025 Testblatt Verlag")
    }

    @Test func backToBackSeparatorsMeanNoBody() throws {
        var fixture = DumpFixture()
        fixture.body = []
        let article = try fixture.parse()
        #expect(article.body.isEmpty)
        #expect(article.contacts.count == 1, "the contact block still follows the second separator")
    }

    @Test func bodyParagraphsJoinLinesAndKeepInnerSpacing() throws {
        var fixture = DumpFixture()
        fixture.body = ["  Erste Zeile  \n\tzweite Zeile mit\tTab und  zwei Leerzeichen ", "Zweiter\nAbsatz\nin drei Zeilen"]
        let article = try fixture.parse()
        #expect(article.body == [
            "Erste Zeile zweite Zeile mit\tTab und  zwei Leerzeichen",
            "Zweiter Absatz in drei Zeilen",
        ])
    }

    @Test func severalBlankLinesBetweenParagraphs() throws {
        let text = "TITEL:\nTitel\nVorspann\n\u{00A0}\nA\n\n\n\nB\n\u{00A0}\n"
        #expect(try DumpParser.parse(Array(text.utf8)).body == ["A", "B"])
    }

    @Test func missingClosingSeparatorEndsBodyAtTheTrailer() throws {
        var fixture = DumpFixture()
        fixture.closingSeparator = false
        fixture.contacts = []
        let article = try fixture.parse()
        #expect(article.body.count == 2)
        #expect(article.copyright == "© 2025 Testblatt Verlag")
        #expect(article.published != nil)
    }

    @Test func separatorMayBeSurroundedBySpacesAndTabs() throws {
        for separator in ["\u{00A0}", " \u{00A0} ", "\t\u{00A0}\u{00A0}\t", "\u{00A0} "] {
            let text = "Titel\nVorspann\n\(separator)\nText\n\(separator)\n"
            let article = try DumpParser.parse(Array(text.utf8))
            #expect(article.teaser == "Vorspann")
            #expect(article.body == ["Text"], "separator \(Array(separator.unicodeScalars))")
        }
    }

    @Test func aLineOfOrdinarySpacesIsNoSeparator() throws {
        let text = "Titel\nVorspann\n   \nText\n"
        let article = try DumpParser.parse(Array(text.utf8))
        #expect(article.body.isEmpty)
    }

    @Test func breadcrumbSplitsAtTheFirstMarkers() throws {
        var fixture = DumpFixture()
        fixture.breadcrumb = "Testblatt Energie > Netze - Redispatch > Kosten - eine Bilanz"
        fixture.title = "Redispatch > Kosten - eine Bilanz"
        let article = try fixture.parse()
        #expect(article.publication == "Testblatt Energie")
        #expect(article.section == "Netze")
        #expect(article.title == "Redispatch > Kosten - eine Bilanz")
    }

    @Test func breadcrumbWithoutPageTitleIsAllSection() throws {
        var fixture = DumpFixture()
        fixture.breadcrumb = "Testblatt Energie > Netze"
        let article = try fixture.parse()
        #expect(article.publication == "Testblatt Energie")
        #expect(article.section == "Netze")
    }

    @Test func titleWithMarkersIsNotTakenForABreadcrumb() throws {
        // Without breadcrumb and teaser, a title containing ` > ` is the last line before the
        // separator: the title is the one block that is never missing.
        var fixture = DumpFixture()
        fixture.breadcrumb = nil
        fixture.kicker = nil
        fixture.credit = nil
        fixture.teaser = nil
        fixture.title = "Gas > Strom - warum der Wechsel stockt"
        let article = try fixture.parse()
        #expect(article.title == "Gas > Strom - warum der Wechsel stockt")
        #expect(article.publication == nil)
    }

    @Test(arguments: [("ÖKOSTROM:", "ÖKOSTROM"), ("E-MOBILITÄT:", "E-MOBILITÄT"), ("5G & NETZE:", "5G & NETZE"), ("STADTWERKE:", "STADTWERKE")])
    func kickerWithUpperCaseLetters(line: String, kicker: String) throws {
        var fixture = DumpFixture()
        fixture.kicker = line
        let article = try fixture.parse()
        #expect(article.kicker == kicker)
        #expect(article.title == "Umspannwerk Nord geht in Betrieb")
    }

    @Test(arguments: ["Ökostrom:", "STRAßE:", "2024:", "Wichtig: NETZE"])
    func linesThatAreNoKicker(line: String) throws {
        var fixture = DumpFixture()
        fixture.kicker = nil
        fixture.credit = line  // in the kicker's place, with no real kicker
        let article = try fixture.parse()
        #expect(article.kicker == nil)
        #expect(article.title == line, "the line is taken as the title")
    }

    @Test func relatedKeepsTrimmedNonBlankLines() throws {
        var fixture = DumpFixture()
        fixture.related = ["  Eins  ", "", "\tZwei", "   "]
        #expect(try fixture.parse().related == ["Eins", "Zwei"])
    }

    @Test func relatedHeadingWithNothingAfterIt() throws {
        var fixture = DumpFixture()
        fixture.related = []
        #expect(try fixture.parse().related == [])
    }

    @Test func headlinesMayHaveBlankLinesBetween() throws {
        let text = "\n• Eins\n\n   •   Zwei  \n•\nTitel\n"
        let article = try DumpParser.parse(Array(text.utf8))
        #expect(article.headlines == ["Eins", "Zwei"])
        #expect(article.title == "Titel")
    }
}
