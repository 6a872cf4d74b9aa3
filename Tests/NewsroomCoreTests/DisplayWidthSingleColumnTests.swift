import Testing
@testable import NewsroomCore

/// The single-column fast path must give exactly what the cluster rules give, or the screen's
/// cells would shift: these check it scalar by scalar against `DisplayWidth.of(Character)`,
/// grapheme breaking and `Sanitizer.display`.
@Suite struct DisplayWidthSingleColumnTests {
    @Test func exactlyThePrintableASCIIAndLatinScalarsAreSingleColumn() {
        for value in UInt32(0)..<0x3400 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let expected = (0x20...0x7E).contains(value) || ((0xA0...0x2FF).contains(value) && value != 0xAD)
            #expect(DisplayWidth.isSingleColumn(String(Character(scalar))) == expected, "U+\(String(value, radix: 16))")
        }
    }

    @Test func singleColumnTextIsOneColumnPerScalarUnderTheClusterRules() {
        // Each scalar between two letters: where the fast path says yes, the slow rules agree
        // that it is a cluster of its own, one column wide, and that the sanitizer keeps it.
        for value in UInt32(0)..<0x3400 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "a" + String(Character(scalar)) + "b"
            guard DisplayWidth.isSingleColumn(text) else { continue }
            #expect(text.count == 3, "U+\(String(value, radix: 16)) joins a neighbour")
            #expect(text.allSatisfy { DisplayWidth.of($0) == 1 })
            #expect(Sanitizer.display(text) == text)
        }
    }

    @Test(arguments: [
        ("Stadtwerke Köln: Grüße aus Ærø", true), ("", true), ("café ÿ ʼn", true),
        ("e\u{301}", false), ("Energie\u{AD}versorgung", false), ("tab\there", false),
        ("esc\u{1B}[2J", false), ("\u{85}next line", false), ("日本", false), ("“quoted”", false),
        ("emoji 😀", false), ("ends in a lone lead byte?", true),
    ] as [(String, Bool)])
    func classifiesWholeStrings(text: String, expected: Bool) {
        #expect(DisplayWidth.isSingleColumn(text) == expected)
    }

    @Test(arguments: [0, 1, 2, 5, 10, 29, 30, 31, 40])
    func truncatingSingleColumnTextMatchesTheClusterWalk(width: Int) {
        let text = "Neue Doppelspitze bei den Stadtwerken Ahrweiler: Grüße"
        let cut = DisplayWidth.truncate(text, toWidth: width)
        // The cluster walk, written out: whole characters while they fit, then the ellipsis.
        var expected = text
        if DisplayWidth.of(text) > width {
            expected = width <= 0 ? "" : String(text.prefix(width - 1)) + "…"
        }
        #expect(cut == expected)
        #expect(DisplayWidth.of(cut) <= max(0, width))
    }
}
