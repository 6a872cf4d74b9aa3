import Foundation
import Testing
@testable import NewsroomCore
@testable import NewsroomUI

/// The one article layout, as `newsroom parse` prints it (`ArticleLines.plainText`) and as the
/// pane draws it: English labels, links as styled spans with numbered references, no raw
/// control character whatever the article holds.
@Suite struct ArticleTextTests {
    static let linked = Article(
        title: "Council votes on the heat plan",
        blocks: [
            ArticleBlock(spans: [
                InlineSpan("The "), InlineSpan("council's plan", link: "https://city.example/plan"),
                InlineSpan(" passed; "), InlineSpan("see this", link: "javascript:alert(1)"),
                InlineSpan(" and "), InlineSpan("the minutes", style: .strong, link: "https://city.example/minutes"),
                InlineSpan("."),
            ]),
            ArticleBlock(.heading(level: 2), text: "Next steps"),
            ArticleBlock(.listItem(number: 1), spans: [InlineSpan("Read "), InlineSpan("the plan", link: "https://city.example/plan")]),
            ArticleBlock(.quote, text: "We are ready."),
            ArticleBlock(.preformatted, text: "a  b\n  c"),
        ],
        enclosures: ["https://city.example/audio.mp3"])

    @Test func everyPartHasAnEnglishLabel() {
        let text = ArticleLines(article: Fixtures.heatNetwork, width: 60).plainText
        for expected in [
            "STADTWERKE", "Haldenau plant ein neues Wärmenetz", "Haldenauer Rundschau · Stadtwerke",
            "Monday 22 January 2024, 15:32 (UTC+01:00)", "┌ Editor ", "│ Lena Hofmann", "│ Phone +49 (0) 30 5550 1234",
            "│ Fax +49 (0) 30 5550 1299", "│ Email l.hofmann@rundschau.example", "© 2026 Haldenauer Medien GmbH",
            "On this page", "• Speicher melden Rekordstand", "Related", "• Netzentgelte sinken im Frühjahr",
        ] {
            #expect(text.contains(expected), "missing \(expected)")
        }
        for german in ["Kontakt", "Telefon", "Foto:", "Mehr zum Thema", "Uhr"] {
            #expect(!text.contains(german), "German label \(german)")
        }
    }

    @Test func linksAreNumberedInTheTextAndListedUnderIt() {
        let lines = ArticleLines(article: Self.linked, width: 60)
        let text = lines.plainText
        #expect(text.contains("The council's plan[1] passed; see this and the minutes[2]."))
        #expect(text.contains("1. Read the plan[1]"))
        #expect(text.contains("Links\n[1] https://city.example/plan\n[2] https://city.example/minutes\n[3] https://city.example/audio.mp3"))
        #expect(!text.contains("javascript"))
        #expect(lines.links.map(\.url) == ["https://city.example/plan", "https://city.example/minutes", "https://city.example/audio.mp3"])
        // Each link knows the first line its text is on: where `]` scrolls to.
        #expect(lines.lines[lines.links[0].line].text.contains("council's plan[1]"))
        #expect(lines.lines[lines.links[2].line].text.hasPrefix("[3] "))
    }

    @Test func linkTextIsStyledAndCarriesItsNumber() throws {
        let lines = ArticleLines(article: Self.linked, width: 60)
        let first = try #require(lines.lines.first { $0.text.contains("council's plan") })
        let plan = try #require(first.segments.first { $0.text == "council's plan" })
        #expect(plan.link == 0 && plan.style.role == .link)
        let minutes = try #require(first.segments.first { $0.text == "the minutes" })
        #expect(minutes.link == 1 && minutes.style.bold)
        let unsafe = try #require(first.segments.first { $0.text.contains("see this") })
        #expect(unsafe.link == nil && unsafe.style.role != .link)
    }

    @Test func blocksKeepTheirShape() {
        let text = ArticleLines(article: Self.linked, width: 60).plainText
        #expect(text.contains("\nNext steps\n"))
        #expect(text.contains("│ We are ready."))
        #expect(text.contains("a  b\n  c"))  // preformatted: spaces and breaks kept
    }

    @Test func wrappedLinkTextKeepsItsStyleOnEveryLine() {
        let article = Article(title: "T", blocks: [ArticleBlock(spans: [
            InlineSpan("Intro words "), InlineSpan("a long link text that has to wrap over lines", link: "https://x.example/"),
            InlineSpan(" tail."),
        ])])
        let lines = ArticleLines(article: article, width: 16)
        let body = lines.lines.prefix { $0.text != "Links" }
        let linked = body.flatMap(\.segments).filter { $0.link == 0 && $0.style.role == .link }.map(\.text)
        #expect(linked.joined(separator: " ") == "a long link text that has to wrap over lines")
        for line in lines.lines { #expect(DisplayWidth.of(line.text) <= 16) }
    }

    @Test(arguments: [1, 8, 20, 40, 80])
    func linesFitTheWidth(width: Int) {
        var article = Self.linked
        article.blocks.append(ArticleBlock(text: String(repeating: "Stromnetz Wärmepumpe 日本語 ", count: 20)))
        for lines in [ArticleLines(article: article, width: width), ArticleLines(article: Fixtures.heatNetwork, width: width)] {
            for line in lines.lines { #expect(DisplayWidth.of(line.text) <= max(width, 1), "too wide at \(width): \(line.text)") }
        }
    }

    @Test func controlCharactersNeverReachTheOutput() {
        let article = Article(
            title: "\u{1B}]0;Titel\u{07}\u{1B}[2J \u{202E}txt.exe\u{202C}",
            blocks: [ArticleBlock(spans: [
                InlineSpan("\u{9B}31m C1 \u{7F} \u{2028} \u{2066}x\u{2069}"),
                InlineSpan("link\u{1B}[5m", link: "https://x.example/\u{1B}[2J"),
            ])],
            contacts: [Contact(name: "Eve \u{1B}[5mBlink", role: "\u{200F}Rolle")])
        let text = ArticleLines(article: article, width: 50).plainText
        #expect(!text.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) || [0x202E, 0x2066, 0x200F].contains($0.value) })
        // A URL with an escape in it is not a link at all.
        #expect(ArticleLines(article: article, width: 50).links.isEmpty)
    }

    @Test func aFeedTeaserThatIsTheBodyIsShownOnce() {
        let article = Article(title: "T", teaser: "One two • three", blocks: [
            ArticleBlock(text: "One two"), ArticleBlock(.listItem(number: nil), text: "three"),
        ])
        let text = ArticleLines(article: article, width: 40).plainText
        #expect(text.components(separatedBy: "One two").count == 2)
        let teaser = Article(title: "T", teaser: "A summary.", body: ["The full text."])
        #expect(ArticleLines(article: teaser, width: 40).plainText.contains("A summary.\n\nThe full text."))
    }

    @Test func samplesRenderWithoutRawControls() throws {
        let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Samples").standardized
        var files: [URL] = []
        for folder in [samples, samples.appendingPathComponent("hostile")] {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            files += names.filter { $0.hasSuffix(".txt") && $0 != "README.txt" }.map { folder.appendingPathComponent($0) }
        }
        #expect(files.count >= 17)
        for file in files {
            guard let article = try? DumpParser.parse(Array(try Data(contentsOf: file))) else { continue }
            for width in [20, 72] {
                let text = ArticleLines(article: article, width: width).plainText
                #expect(!text.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) }, "\(file.lastPathComponent)")
            }
        }
    }
}
