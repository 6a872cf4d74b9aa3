import Testing
@testable import NewsroomCore

@Suite struct DisplayWidthTests {
    @Test(arguments: [
        ("a", 1), ("~", 1), (" ", 1), ("ä", 1), ("a\u{308}", 1), ("ß", 1), ("é", 1), ("e\u{301}", 1),
        ("\u{A0}", 1), ("␛", 1), ("␀", 1), ("␡", 1), ("…", 1), ("\u{FFFD}", 1), ("ｶ", 1),
        ("日", 2), ("語", 2), ("한", 2), ("Ａ", 2), ("\u{3000}", 2), ("\u{20000}", 2), ("\u{3FFFD}", 2),
        ("😀", 2), ("⌚", 2), ("❤️", 2), ("1️⃣", 2), ("#️⃣", 2), ("©️", 2), ("👍🏽", 2), ("☝🏽", 2),
        ("👩‍👩‍👧‍👦", 2), ("🏳️‍🌈", 2), ("🇩🇪", 2), ("\u{1FAE8}", 2),
        ("❤", 1), ("©", 1), ("1\u{20E3}", 1), ("\u{1F1E9}", 1),
        ("\u{1100}\u{1161}\u{11A8}", 2), ("क\u{093F}", 2),
        ("\u{301}", 0), ("\u{AD}", 0), ("\u{200B}", 0), ("\u{200D}", 0), ("\u{FEFF}", 0),
        ("\u{1B}", 0), ("\u{7F}", 0), ("\u{9B}", 0), ("\r\n", 0), ("\n", 0),
    ] as [(Character, Int)])
    func widthOfOneCluster(character: Character, expected: Int) {
        #expect(DisplayWidth.of(character) == expected)
    }

    @Test func theFamilyAndTheFlagAreEachOneCluster() {
        #expect("👩‍👩‍👧‍👦".count == 1)
        #expect("🇩🇪".count == 1)
        #expect(DisplayWidth.of("👩‍👩‍👧‍👦👩‍👩‍👧‍👦") == 4)
        #expect(DisplayWidth.of("🇩🇪🇫🇷") == 4)
    }

    @Test(arguments: [
        ("", 0), ("Zeitung", 7), ("Grüße", 5), ("Gru\u{308}ße", 5), ("日本語", 6), ("한국어 뉴스", 11),
        ("Grüße 日本 👩‍👩‍👧‍👦!", 14), ("a\tb", 2), ("Energie\u{AD}versorgung", 17),
        ("e\u{301}e\u{301}", 2), ("❤️ ❤", 4), ("Ａｂｃ", 6), ("x\u{200B}y", 2),
    ])
    func widthOfAStringIsTheSumOfItsClusters(text: String, expected: Int) {
        #expect(DisplayWidth.of(text) == expected)
        #expect(DisplayWidth.of(text[...]) == expected)
        #expect(text.map { DisplayWidth.of($0) }.reduce(0, +) == expected)
    }

    @Test func literalsAndOtherStringTypesMeasureTheSame() {
        #expect(DisplayWidth.of("日本") == 4)
        #expect(DisplayWidth.of("a") == 1)
        #expect(DisplayWidth.of(Character("日")) == 2)
        let scalars = "Grüße 日本".unicodeScalars
        #expect(DisplayWidth.of(String(scalars)) == 10)
    }

    @Test func substringOfALongerStringMeasuresOnlyItsOwnPart() {
        let text = "日本語 text"
        let slice = text[text.index(after: text.startIndex)...]
        #expect(DisplayWidth.of(slice) == 9)
    }

    @Test func tableBoundariesMatchTheUnicodeData() {
        // First and last scalars of a few wide ranges, and their neighbours.
        #expect(DisplayWidth.of(Character("\u{10FF}")) == 1)
        #expect(DisplayWidth.of(Character("\u{1100}")) == 2)
        #expect(DisplayWidth.of(Character("\u{115F}")) == 2)
        #expect(DisplayWidth.of(Character("\u{FF00}")) == 1)
        #expect(DisplayWidth.of(Character("\u{FF01}")) == 2)
        #expect(DisplayWidth.of(Character("\u{FF60}")) == 2)
        #expect(DisplayWidth.of(Character("\u{FF61}")) == 1)
        #expect(DisplayWidth.of(Character("\u{4DC0}")) == 1)  // hexagram symbols are narrow
        #expect(DisplayWidth.of(Character("\u{9FFF}")) == 2)
        #expect(DisplayWidth.of(Character("\u{D7A3}")) == 2)
        #expect(DisplayWidth.of(Character("\u{D7A4}")) == 1)
        #expect(DisplayWidth.of(Character("\u{10FFFD}")) == 1)
    }

    @Test func scalarClassesComeFromTheGeneratedTable() {
        #expect(ScalarClass.of(0x41) == .normal)
        #expect(ScalarClass.of(0xAD) == .format)
        #expect(ScalarClass.of(0x300) == .mark)
        #expect(ScalarClass.of(0x36F) == .mark)
        #expect(ScalarClass.of(0x370) == .normal)
        #expect(ScalarClass.of(0x093F) == .spacing)
        #expect(ScalarClass.of(0x200B) == .format)
        #expect(ScalarClass.of(0x1160) == .format)
        #expect(ScalarClass.of(0x4E00) == .wide)
        #expect(ScalarClass.of(0x1F600) == .wide)
        #expect(ScalarClass.of(0xE0100) == .mark)
        #expect(ScalarClass.of(0x10FFFF) == .normal)
        #expect(ScalarClass.of(0x0E33) == .spacing)  // Thai SARA AM extends a cluster
        // Assigned after the table's Unicode 14: the runtime's data decides.
        #expect(ScalarClass.of(0x1FAE8) == .wide)  // shaking face, Unicode 15
        #expect(ScalarClass.of(0x1ACF) == .mark)  // combining mark, Unicode 15
    }

    @Test func tableIsSortedAndRangesDoNotOverlap() {
        #expect(widthRangeStarts.count == widthRangeEnds.count)
        var previousEnd: UInt32 = 0
        for (start, packed) in zip(widthRangeStarts, widthRangeEnds) {
            let end = packed >> 3
            #expect(start > previousEnd || previousEnd == 0)
            #expect(start <= end)
            previousEnd = end
        }
    }
}
