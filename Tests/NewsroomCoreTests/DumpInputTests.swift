import Testing
@testable import NewsroomCore

/// Spec "Input rules": encoding, line endings, normalization, verbatim text, refused files.
@Suite struct DumpInputTests {
    @Test func emptyFileIsRefused() {
        #expect(throws: InputError.empty) { try DumpParser.parse([]) }
        #expect(throws: InputError.empty) { try DumpParser.parse([0xEF, 0xBB, 0xBF]) }
    }

    @Test func binaryFilesAreRefused() {
        var withNUL = DumpFixture().bytes
        withNUL.insert(0, at: withNUL.count / 2)
        #expect(throws: InputError.binary) { try DumpParser.parse(withNUL) }
        // Mostly non-text: control bytes and broken UTF-8, no NUL.
        var generator = SystemRandomNumberGenerator()
        let junk = (0..<3000).map { _ in UInt8.random(in: 1...255, using: &generator) }
        #expect(throws: InputError.binary) { try DumpParser.parse(junk) }
        let controls = [UInt8](repeating: 0x01, count: 100) + Array("Titel\n".utf8)
        #expect(throws: InputError.binary) { try DumpParser.parse(controls) }
    }

    /// The decoder checks eight bytes at a time and jumps to the first non-ASCII byte of a
    /// word: a NUL right after an umlaut, or at the very end, must still be seen.
    @Test func nulBesideNonASCIIOrAtTheEndIsBinary() {
        let text = Array("Titel\nVorspann mit Ä".utf8)
        #expect(throws: InputError.binary) { try DumpParser.parse(text + [0] + Array("bc defgh\n".utf8)) }
        #expect(throws: InputError.binary) { try DumpParser.parse(text + [0]) }
        #expect(throws: InputError.binary) { try DumpParser.parse(Array("Ä".utf8) + [0] + Array("abcdefghijklmnop".utf8)) }
    }

    /// "Mostly non-text" is more than 30 % suspicious controls in the first 1 KiB: 307 of 1024
    /// is text, 308 is binary (DEL counts, ESC/tab/CR do not).
    @Test func controlThresholdIsExact() throws {
        func sample(bels: Int, dels: Int) -> [UInt8] {
            let head = Array("Titel\n".utf8)
            let controls = [UInt8](repeating: 0x07, count: bels) + [UInt8](repeating: 0x7F, count: dels)
            let filler = [UInt8](repeating: UInt8(ascii: "a"), count: 1024 - head.count - controls.count - 40)
            return head + controls + [UInt8](repeating: 0x1B, count: 20) + [UInt8](repeating: 0x09, count: 20) + filler
        }
        #expect(try DumpParser.parse(sample(bels: 300, dels: 7)).title == "Titel")
        #expect(throws: InputError.binary) { try DumpParser.parse(sample(bels: 300, dels: 8)) }
    }

    /// Valid text up to a decomposed umlaut, broken UTF-8 after it: repaired and normalized.
    @Test func invalidUTF8AfterACombiningMarkIsRepairedAndNormalized() throws {
        let bytes = Array("Mu\u{0308}nchen ".utf8) + [0xFF] + Array("\n".utf8)
        let title = try DumpParser.parse(bytes).title
        #expect(Array(title.unicodeScalars) == Array("München \u{FFFD}".unicodeScalars))
    }

    @Test func aFewControlsAndEscapesAreStillText() throws {
        let text = "\u{1B}[31mTitel\u{1B}[0m \u{07}\nVorspann\n"
        #expect(try DumpParser.parse(Array(text.utf8)).title == "\u{1B}[31mTitel\u{1B}[0m \u{07}")
    }

    @Test func byteOrderMarkIsDropped() throws {
        let plain = try DumpFixture().parse()
        let withBOM = try DumpParser.parse([0xEF, 0xBB, 0xBF] + DumpFixture().bytes)
        #expect(withBOM == plain)
        #expect(withBOM.headlines.first == "Netzbetreiber erhöhen Entgelte")
    }

    @Test func onlyALeadingBOMIsDropped() throws {
        let text = "Titel \u{FEFF}mit BOM\n"
        #expect(try DumpParser.parse(Array(text.utf8)).title == "Titel \u{FEFF}mit BOM")
    }

    @Test func crlfLineEndingsParseLikeLF() throws {
        var fixture = DumpFixture()
        let lf = try fixture.parse()
        fixture.lineEnding = "\r\n"
        #expect(fixture.bytes.contains(0x0D))
        #expect(try fixture.parse() == lf)
    }

    @Test func linesSplitOnLFOnlyNotOnLoneCR() throws {
        let text = "Titel\rmit CR\nVorspann\n"
        let article = try DumpParser.parse(Array(text.utf8))
        #expect(article.title == "Titel\rmit CR")
        #expect(article.teaser == "Vorspann")
    }

    @Test func invalidUTF8BecomesReplacementCharacter() throws {
        let bytes = Array("Ti".utf8) + [0xFF] + Array("tel ".utf8) + [0xC3] + Array(" Ende\nStra".utf8) + [0xDF] + Array("e\n".utf8)
        let article = try DumpParser.parse(bytes)
        #expect(article.title == "Ti\u{FFFD}tel \u{FFFD} Ende")
        #expect(article.teaser == "Stra\u{FFFD}e")
    }

    @Test func textIsNormalizedToNFC() throws {
        var fixture = DumpFixture()
        fixture.title = "Mu\u{0308}nchen und Ko\u{0308}ln"  // decomposed umlauts
        fixture.kicker = "O\u{0308}KOSTROM:"
        fixture.contacts = [["Rene\u{0301} Dubois", "Korrespondent"]]
        let article = try fixture.parse()
        #expect(article.title.unicodeScalars.elementsEqual("München und Köln".unicodeScalars))
        #expect(article.kicker.map { Array($0.unicodeScalars) } == Array("ÖKOSTROM".unicodeScalars))
        #expect(article.contacts.first.map { Array($0.name.unicodeScalars) } == Array("René Dubois".unicodeScalars))
    }

    @Test func compatibilitySingletonsAreNormalizedToo() throws {
        // U+2126 OHM SIGN is NFC U+03A9: the ASCII/Latin fast path must not skip it.
        let article = try DumpParser.parse(Array("Widerstand 5 \u{2126}\n".utf8))
        #expect(Array(article.title.unicodeScalars) == Array("Widerstand 5 \u{03A9}".unicodeScalars))
    }

    @Test func textIsKeptVerbatim() throws {
        var fixture = DumpFixture()
        fixture.title = "Eneriege & Managment:  Tippfehler bleiben – „so“"
        fixture.copyright = "©2025   Testblatt"
        let article = try fixture.parse()
        #expect(article.title == "Eneriege & Managment:  Tippfehler bleiben – „so“")
        #expect(article.copyright == "©2025   Testblatt")
    }

    @Test func softHyphensAndNoBreakSpacesInsideTextAreKept() throws {
        let title = "Netz\u{00AD}entgelt\u{00AD}verordnung\u{00A0}2025"
        let article = try DumpParser.parse(Array("\(title)\n".utf8))
        #expect(article.title == title)
    }
}
