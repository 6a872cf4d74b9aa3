import Testing
import NewsroomCore

@Suite struct WordWrapTests {
    @Test func noWidthGivesNoLines() {
        #expect(WordWrap.wrap("text", width: 0).isEmpty)
        #expect(WordWrap.wrap("text", width: -5).isEmpty)
        #expect(WordWrap.wrap("", width: 10).isEmpty)
        #expect(WordWrap.wrap("   ", width: 10).isEmpty)
    }

    /// Found by the property test: a Unicode 15 prefix (U+11F02) joins the next cluster, and
    /// the width of the whole string must agree with the sum of its clusters.
    @Test func aNewerPrefixCharacterIsMeasuredAsOneCluster() {
        let text = "\u{11F02}本語"
        #expect(DisplayWidth.of(text) == text.reduce(0) { $0 + DisplayWidth.of($1) })
        for line in WordWrap.wrap(text, width: 4) { #expect(DisplayWidth.of(line) <= 4) }
    }

    @Test(arguments: [
        ("Die Zeitung von heute", 10, ["Die", "Zeitung", "von heute"]),
        ("abc def", 7, ["abc def"]),
        ("abc def", 6, ["abc", "def"]),
        ("  a b  ", 10, ["a b"]),
        ("a  b", 10, ["a  b"]),
        ("aaa  bbb", 4, ["aaa", "bbb"]),
        ("ab cd", 1, ["a", "b", "c", "d"]),
        ("Grüße aus Köln", 9, ["Grüße aus", "Köln"]),
    ])
    func breaksAtSpacesAndTrimsEachLine(text: String, width: Int, expected: [String]) {
        #expect(WordWrap.wrap(text, width: width) == expected)
    }

    @Test(arguments: [
        ("a\nb", ["a", "b"]),
        ("a\n\nb", ["a", "", "b"]),
        ("a\n\n", ["a"]),
        ("a\n  \n", ["a"]),
        ("\n\na", ["", "", "a"]),
        ("eins zwei\ndrei", ["eins", "zwei", "drei"]),
    ])
    func newlineIsAHardBreakWithoutEmptyTrailingLines(text: String, expected: [String]) {
        #expect(WordWrap.wrap(text, width: 6) == expected)
    }

    static let compound = "Energie\u{AD}versorgungs\u{AD}unternehmen"

    @Test(arguments: [
        (40, ["Energieversorgungsunternehmen"]),
        (29, ["Energieversorgungsunternehmen"]),
        (20, ["Energieversorgungs-", "unternehmen"]),
        (19, ["Energieversorgungs-", "unternehmen"]),
        (18, ["Energie-", "versorgungs-", "unternehmen"]),
        (12, ["Energie-", "versorgungs-", "unternehmen"]),
        (11, ["Energie-", "versorgungs", "unternehmen"]),
        // Cut after "Energi"; the last soft hyphen that fits the next line is right after "e".
        (6, ["Energi", "e-", "versor", "gungs-", "untern", "ehmen"]),
    ])
    func longCompoundsBreakAtSoftHyphens(width: Int, expected: [String]) {
        let lines = WordWrap.wrap(Self.compound, width: width)
        #expect(lines == expected)
        for line in lines { #expect(!line.contains("\u{AD}")) }
    }

    @Test func aLongWordFillsTheCurrentLineFirst() {
        let text = "Die " + Self.compound
        #expect(WordWrap.wrap(text, width: 20) == ["Die Energie-", "versorgungs-", "unternehmen"])
    }

    @Test func softHyphensOfAWordThatFitsAreDropped() {
        #expect(WordWrap.wrap("Zei\u{AD}tung", width: 20) == ["Zeitung"])
        #expect(WordWrap.wrap("die Zei\u{AD}tung", width: 8) == ["die", "Zeitung"])
    }

    @Test(arguments: [
        ("Strom-Grundversorgung", 25, ["Strom-Grundversorgung"]),
        ("Strom-Grundversorgung", 15, ["Strom-", "Grundversorgung"]),
        ("Strom-Grundversorgung", 10, ["Strom-", "Grundverso", "rgung"]),
        ("Das ist ein Strom-Netz", 12, ["Das ist ein", "Strom-Netz"]),
        ("Strom\u{AD}netz-Betreiber", 12, ["Stromnetz-", "Betreiber"]),
        ("Nord\u{2010}Süd-Verbindung", 10, ["Nord\u{2010}Süd-", "Verbindung"]),
        ("-abcdefgh", 4, ["-abc", "defg", "h"]),
        ("abcdefgh-", 4, ["abcd", "efgh", "-"]),
    ])
    func longWordsBreakAfterHardHyphensBeforeBeingCut(text: String, width: Int, expected: [String]) {
        #expect(WordWrap.wrap(text, width: width) == expected)
    }

    @Test(arguments: [
        ("abcdefghij", 4, ["abcd", "efgh", "ij"]),
        ("日本語のテキスト", 5, ["日本", "語の", "テキ", "スト"]),
        ("a日本", 2, ["a", "日", "本"]),
        ("👩‍👩‍👧‍👦👩‍👩‍👧‍👦", 3, ["👩‍👩‍👧‍👦", "👩‍👩‍👧‍👦"]),
        ("🇩🇪🇩🇪🇩🇪", 4, ["🇩🇪🇩🇪", "🇩🇪"]),
        ("❤️❤️ ❤️", 4, ["❤️❤️", "❤️"]),
        ("e\u{301}e\u{301}e\u{301}", 2, ["e\u{301}e\u{301}", "e\u{301}"]),
        ("10\u{A0}km", 3, ["10\u{A0}", "km"]),
        ("ab\u{AD}cd", 1, ["a", "b", "c", "d"]),
    ])
    func cutsNeverSplitAGrapheme(text: String, width: Int, expected: [String]) {
        let lines = WordWrap.wrap(text, width: width)
        #expect(lines.map { Array($0.unicodeScalars) } == expected.map { Array($0.unicodeScalars) })
    }

    @Test func aSpaceCarryingACombiningMarkIsPartOfTheWord() {
        // " \u{301}" is one grapheme (a mark shown on a space): not a place to break.
        #expect(WordWrap.wrap("ab \u{301}c", width: 4).count == 1)
        let lines = WordWrap.wrap("ab  \u{301}c de", width: 4)
        #expect(lines.map { Array($0.unicodeScalars) } == [Array("ab".unicodeScalars), Array(" \u{301}c".unicodeScalars), Array("de".unicodeScalars)])
    }

    @Test func aLongArticleWrapsEveryParagraph() {
        let paragraph = "Die Energie\u{AD}versorgungs\u{AD}unternehmen erhöhen die Preise für 東京 und 🇩🇪."
        let text = Array(repeating: paragraph, count: 2000).joined(separator: "\n")
        let lines = WordWrap.wrap(text, width: 40)
        let onePararaph = WordWrap.wrap(paragraph, width: 40)
        #expect(lines.count == onePararaph.count * 2000)
        #expect(Array(lines.prefix(onePararaph.count)) == onePararaph)
    }

    @Test func aWideGlyphAtWidthOneBecomesAReplacementCharacter() {
        #expect(WordWrap.wrap("日本", width: 1) == ["\u{FFFD}", "\u{FFFD}"])
        #expect(WordWrap.wrap("a 😀 b", width: 1) == ["a", "\u{FFFD}", "b"])
    }

    @Test func mixedArticleParagraphStaysWithinTheWidth() {
        let text = "Die Energie\u{AD}versorgungs\u{AD}unternehmen in 東京 und Köln 🇩🇪 melden: "
            + "Strom-Grundversorgung wird teurer 👩‍👩‍👧‍👦 e\u{301}tait ❤️."
        for width in 1...40 {
            for line in WordWrap.wrap(text, width: width) {
                #expect(DisplayWidth.of(line) <= width)
                #expect(line.first != " " && line.last != " ")
            }
        }
        // The 29-column compound fits on a line of its own, so it moves there unbroken.
        #expect(WordWrap.wrap(text, width: 30) == [
            "Die",
            "Energieversorgungsunternehmen",
            "in 東京 und Köln 🇩🇪 melden:",
            "Strom-Grundversorgung wird",
            "teurer 👩‍👩‍👧‍👦 e\u{301}tait ❤️.",
        ])
    }
}
