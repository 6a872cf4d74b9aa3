import Testing
import NewsroomCore

@Suite struct SanitizerTests {
    @Test(arguments: [
        "", "Hello, world!", "Grüße aus Köln", "日本語のニュース", "한국어", "👩‍👩‍👧‍👦 🇩🇪 ❤️ 1️⃣ 👍🏽",
        "e\u{301}", "Energie\u{AD}versorgungs\u{AD}unternehmen", "Strom-Grundversorgung",
        "10\u{A0}km", "\u{E000}", "क\u{094D}ष", "گل\u{200C}ها",
    ])
    func safeTextComesBackUnchanged(text: String) {
        #expect(Sanitizer.display(text).unicodeScalars.elementsEqual(text.unicodeScalars))
        #expect(Sanitizer.displayKeepingLineBreaks(text).unicodeScalars.elementsEqual(text.unicodeScalars))
    }

    @Test func safeLongTextIsNotCopied() {
        let ascii = String(repeating: "A plain headline. ", count: 20)
        let german = String(repeating: "Die Übersicht für Köln. ", count: 20)
        for text in [ascii, german] {
            let original = text.utf8.withContiguousStorageIfAvailable { $0.baseAddress }
            let result = Sanitizer.display(text)
            #expect(result.utf8.withContiguousStorageIfAvailable { $0.baseAddress } == original)
        }
    }

    @Test(arguments: [
        ("a\u{1B}[31mred", "a␛[31mred"), ("\u{0}", "␀"), ("\u{7}", "␇"), ("\u{8}", "␈"), ("\n", "␊"),
        ("\r", "␍"), ("\r\n", "␍␊"), ("\u{B}\u{C}", "␋␌"), ("\u{1F}", "␟"), ("\u{7F}", "␡"),
        ("x\u{80}y", "x\u{FFFD}y"), ("\u{85}", "\u{FFFD}"), ("\u{9B}31m", "\u{FFFD}31m"),
        ("\u{9F}", "\u{FFFD}"), ("a\u{2028}b\u{2029}c", "a␤b␤c"),
    ])
    func controlsBecomeVisiblePictures(raw: String, expected: String) {
        #expect(Sanitizer.display(raw).unicodeScalars.elementsEqual(expected.unicodeScalars))
    }

    @Test func noncharactersBecomeReplacementCharacters() {
        // Swift rejects most noncharacters in literals, so build them from their values.
        for value: UInt32 in [0xFFFE, 0xFFFF, 0x1FFFE, 0x10FFFF, 0xFDD0, 0xFDEF] {
            var text = String.UnicodeScalarView()
            text.append("a")
            text.append(Unicode.Scalar(value)!)
            #expect(Sanitizer.display(String(text)) == "a\u{FFFD}")
        }
    }

    @Test(arguments: [
        "\u{202A}", "\u{202B}", "\u{202C}", "\u{202D}", "\u{202E}", "\u{2066}", "\u{2067}", "\u{2068}",
        "\u{2069}", "\u{200E}", "\u{200F}", "\u{061C}", "\u{200B}", "\u{2060}", "\u{2061}", "\u{FEFF}",
        "\u{180E}", "\u{FFF9}", "\u{0600}", "\u{06DD}", "\u{FFFB}", "\u{206A}", "\u{E0001}", "\u{1D173}",
    ])
    func invisibleFormatControlsAreDropped(control: String) {
        #expect(Sanitizer.display("abc" + control + "def") == "abcdef")
        #expect(Sanitizer.display(control) == "")
    }

    @Test func bidiOverrideCannotReverseAFileName() {
        #expect(Sanitizer.display("invoice\u{202E}fdp.exe") == "invoicefdp.exe")
        #expect(Sanitizer.display("\u{2067}שלום\u{2069} world") == "שלום world")
    }

    @Test(arguments: [
        ("a\tb", "a   b"), ("\tx", "    x"), ("abc\tx", "abc x"), ("abcd\tx", "abcd    x"),
        ("日\tx", "日  x"), ("a\tb\tc", "a   b   c"), ("\t\t", "        "), ("e\u{301}\tx", "e\u{301}   x"),
        ("\u{1B}\tx", "␛   x"),
    ])
    func tabsExpandToTheNextMultipleOfFourColumns(raw: String, expected: String) {
        #expect(Sanitizer.tabWidth == 4)
        #expect(Sanitizer.display(raw).unicodeScalars.elementsEqual(expected.unicodeScalars))
    }

    @Test(arguments: [
        ("\u{301}abc", "\u{A0}\u{301}abc"), ("\u{AD}\u{301}", "\u{AD}\u{A0}\u{301}"),
        ("e\u{AD}\u{301}", "e\u{301}"), ("x\u{AD}\u{AD}\u{1F3FB}", "x\u{1F3FB}"), ("\u{1F3FB}x", "\u{1F3FB}x"),
        ("\u{1184}x", "x"), ("\u{1100}\u{1161}\u{11A8}", "\u{1100}\u{1161}\u{11A8}"), ("a\u{11A8}", "a"),
        ("\u{AC00}\u{11A8}", "\u{AC00}\u{11A8}"), ("\u{1100}\u{AD}\u{1161}", "\u{1100}\u{1161}"),
        ("🇫\u{AD}🇷", "🇫🇷"), ("🇩🇪\u{AD}🇫🇷", "🇩🇪\u{AD}🇫🇷"), ("🇩🇪🇫\u{AD}🇷", "🇩🇪🇫🇷"), ("👩\u{200D}\u{AD}👩", "👩\u{200D}👩"), ("क\u{094D}\u{AD}ष", "क\u{094D}ष"),
        ("ab\u{AD}cd", "ab\u{AD}cd"), ("日\u{AD}本", "日\u{AD}本"), ("\u{AC01}\u{1161}", "\u{AC01}"), ("\u{106B}", "\u{106B}"),
        ("\u{202E}\u{301}x", "\u{A0}\u{301}x"), ("\u{0903}", "\u{A0}\u{0903}"),
        ("\u{200D}abc", "abc"), ("\u{FE0F}x", "x"), ("\u{AD}\u{200C}x", "\u{AD}x"),
        ("\u{1B}\u{301}", "␛\u{301}"), ("a\u{200B}\u{301}", "a\u{301}"), ("\t\u{301}", "    \u{301}"),
    ])
    func loneCombiningMarksGetABaseOrGo(raw: String, expected: String) {
        let sanitized = Sanitizer.display(raw)
        #expect(sanitized.unicodeScalars.elementsEqual(expected.unicodeScalars))
        for character in sanitized where character != "\u{AD}" {
            #expect(DisplayWidth.of(character) >= 1)
        }
    }

    @Test func bytesAreDecodedWithReplacementForInvalidUTF8() {
        #expect(Sanitizer.display(bytes: [0x61, 0xFF, 0x62]) == "a\u{FFFD}b")
        #expect(Sanitizer.display(bytes: [0xC3, 0xA4]) == "ä")
        #expect(Sanitizer.display(bytes: [0x61, 0xC3]) == "a\u{FFFD}")
        #expect(Sanitizer.display(bytes: [0x1B, 0x5B, 0x32, 0x4A]) == "␛[2J")
        #expect(Sanitizer.display(bytes: [0xC2, 0x9B]) == "\u{FFFD}")  // C1 CSI, valid UTF-8
        #expect(Sanitizer.display(bytes: [UInt8]()) == "")
    }

    @Test func keepingLineBreaksTurnsEveryBreakIntoNewline() {
        let raw = "a\r\nb\rc\nd\u{2028}e\u{85}f\u{2029}g"
        #expect(Sanitizer.displayKeepingLineBreaks(raw) == "a\nb\nc\nd\ne\nf\ng")
        #expect(Sanitizer.displayKeepingLineBreaks("\r\r\n") == "\n\n")
        #expect(Sanitizer.displayKeepingLineBreaks("x\u{1B}\u{7}\n") == "x␛␇\n")
    }

    @Test func keepingLineBreaksRestartsTabStopsOnEachLine() {
        #expect(Sanitizer.displayKeepingLineBreaks("abcdef\n\tc") == "abcdef\n    c")
        #expect(Sanitizer.displayKeepingLineBreaks("ab\tc\nabc\td") == "ab  c\nabc d")
    }

    @Test func keepingLineBreaksGivesAMarkAfterABreakABase() {
        let result = Sanitizer.displayKeepingLineBreaks("a\n\u{301}")
        #expect(result.unicodeScalars.elementsEqual("a\n\u{A0}\u{301}".unicodeScalars))
    }

    @Test func sanitizedControlsMeasureOneColumnEach() {
        let sanitized = Sanitizer.display("\u{1B}[1m\u{7}\u{7F}\u{9B}")
        #expect(DisplayWidth.of(sanitized) == sanitized.count)
        #expect(sanitized == "␛[1m␇␡\u{FFFD}")
        #expect(DisplayWidth.of(sanitized) == 7)
    }
}
