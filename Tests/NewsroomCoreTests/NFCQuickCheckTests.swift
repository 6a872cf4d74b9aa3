import Foundation
@testable import NewsroomCore
import Testing

/// The quick check may say "not known" too often, never "NFC" for text that NFC changes.
@Suite struct NFCQuickCheckTests {
    private func scalars(_ text: String) -> [UInt32] { text.unicodeScalars.map(\.value) }

    /// Compares scalars, not Strings: String's == is canonical equivalence and would call
    /// a string equal to its normalization.
    private func isUnchangedByNFC(_ text: String) -> Bool {
        scalars(text.precomposedStringWithCanonicalMapping) == scalars(text)
    }

    @Test func everyStableScalarSurvivesNFCBesideItsNeighbours() {
        var stable: [Unicode.Scalar] = []
        for value in UInt32(0x300)..<0x110000 where NFCQuickCheck.isStable(value) {
            stable.append(Unicode.Scalar(value)!)
        }
        #expect(stable.count > 100_000)
        // Runs of 64 neighbours: each scalar alone and next to others of its block.
        for start in stride(from: 0, to: stable.count, by: 64) {
            var text = String.UnicodeScalarView()
            text.append(contentsOf: stable[start..<min(start + 64, stable.count)])
            let run = String(text)
            #expect(NFCQuickCheck.isKnownNFC(run))
            #expect(isUnchangedByNFC(run), "\(scalars(run).map { String($0, radix: 16) })")
        }
    }

    @Test func textNFCWouldChangeIsNeverKnownNFC() {
        for text in ["e\u{301}", "\u{1100}\u{1161}", "\u{AC00}\u{11A8}", "\u{212B}", "a\u{344}",
                     "\u{1F71}", "\u{3B1}\u{301}", "\u{915}\u{93C}", "Cafe\u{301} Zürich", "\u{CD5}"] {
            #expect(!NFCQuickCheck.isKnownNFC(text), "\(scalars(text))")
        }
    }

    @Test func marksAndComposingJamoAreNotStable() {
        for value: UInt32 in [0x301, 0x308, 0x327, 0x1100, 0x1161, 0x1176, 0x11A8, 0x11FF, 0xA960, 0xD7B0, 0x093C, 0x3099,
                              0x0CD5, 0x2126, 0x212B, 0xF900, 0x0344, 0xE0000] {
            #expect(!NFCQuickCheck.isStable(value), "U+\(String(value, radix: 16))")
        }
        // Foundation composes this pair though Unicode does not; the fast path must not say NFC.
        #expect(!isUnchangedByNFC("\u{1100}\u{1176}"))
        #expect(!NFCQuickCheck.isKnownNFC("\u{1100}\u{1176}"))
    }

    /// Random strings over a pool of ASCII, Latin, combining marks, Hangul jamo and
    /// syllables, CJK, Indic, singletons and emoji: `HTMLBlockBuilder.nfc` gives Foundation's NFC.
    @Test func nfcEqualsFoundationOnMixedText() {
        let pool: [Unicode.Scalar] = [
            "a", "Z", " ", "é", "ß", "\u{301}", "\u{308}", "\u{323}", "\u{327}", "\u{1100}", "\u{1161}", "\u{11A8}", "\u{1176}", "\u{11C3}",
            "\u{AC00}", "\u{AC01}", "\u{6771}", "\u{4EAC}", "\u{915}", "\u{93C}", "\u{2019}", "\u{2126}", "\u{212B}",
            "\u{F900}", "\u{1F600}", "\u{200D}", "\u{3099}", "\u{304B}", "\u{B47}", "\u{B3E}", "\u{438}", "\u{306}",
        ]
        var generator = SystemRandomNumberGenerator()
        var fastPaths = 0
        for _ in 0..<20_000 {
            let length = Int.random(in: 1...8, using: &generator)
            let text = String(String.UnicodeScalarView((0..<length).map { _ in pool.randomElement(using: &generator)! }))
            let expected = scalars(text.precomposedStringWithCanonicalMapping)
            #expect(scalars(HTMLBlockBuilder.nfc(text)) == expected, "\(scalars(text).map { String($0, radix: 16) })")
            if NFCQuickCheck.isKnownNFC(text) { fastPaths += 1 }
        }
        #expect(fastPaths > 100)
    }

    @Test func unassignedScalarsAreLeftToNormalization() {
        // Unassigned in the table's Unicode version: a later version may give them a class.
        for value: UInt32 in [0x378, 0x5FF, 0x2FFFF, 0xE0080] {
            #expect(!NFCQuickCheck.isStable(value))
        }
    }

    @Test func newsTextInManyScriptsIsKnownNFC() {
        for text in ["Цитата #17703", "Αθήνα, η πρωτεύουσα", "北京时间 新闻", "東京の天気", "한국어 뉴스",
                     "עברית", "العربية", "हिन्दी समाचार", "Ünïcödé Latin", "emoji 😀🇩🇪", "ไทย"] {
            #expect(isUnchangedByNFC(text))
            // Thai and Devanagari have combining vowel signs of class 0 that never compose.
            if !text.hasPrefix("हिन्दी") { #expect(NFCQuickCheck.isKnownNFC(text), "\(text)") }
        }
    }

    @Test func randomTextKnownNFCIsNFC() {
        // Scalars from the blocks where composition happens: Latin with combining marks,
        // Greek, Hangul syllables and jamo, Devanagari with nukta, Hebrew points.
        let pool: [ClosedRange<UInt32>] = [0x41...0x7A, 0xC0...0x17F, 0x300...0x36F, 0x370...0x3FF, 0x1F00...0x1FFF,
                                          0x1100...0x11FF, 0xAC00...0xAC40, 0x900...0x97F, 0x591...0x5F4, 0x3099...0x309C,
                                          0x304B...0x3062]
        var generator = SystemRandomNumberGenerator()
        var knownCount = 0
        for _ in 0..<20_000 {
            var view = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 1...6, using: &generator) {
                let range = pool.randomElement(using: &generator)!
                if let scalar = Unicode.Scalar(UInt32.random(in: range, using: &generator)) { view.append(scalar) }
            }
            let text = String(view)
            if NFCQuickCheck.isKnownNFC(text) {
                knownCount += 1
                #expect(isUnchangedByNFC(text), "\(scalars(text).map { String($0, radix: 16) })")
            }
        }
        #expect(knownCount > 1_000)
    }
}
