import Foundation
import Testing
@testable import NewsroomCore

/// `NFCQuickCheck` may only say "already NFC" when Foundation's normalization agrees, and
/// `HTMLBlockBuilder.nfc` (the quick check, then Foundation) must equal Foundation's NFC.
@Suite struct NFCQuickCheckTests {
    /// Starters that other scalars compose with: Latin, Greek, Cyrillic, a Hangul leading
    /// consonant (L + V composes) and an LV syllable (LV + T composes), Devanagari, Kana.
    static let starters: [Unicode.Scalar] = ["A", "e", "\u{3B1}", "\u{438}", "\u{1100}", "\u{AC00}", "\u{915}", "\u{304B}", "\u{1025}", "\u{B47}"]

    @Test func everyStableScalarIsItsOwnNFCAloneAndAfterAStarter() {
        var checked = 0
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value), NFCQuickCheck.isStable(value) else { continue }
            for starter in NFCQuickCheckTests.starters {
                let text = String(String.UnicodeScalarView([starter, scalar]))
                guard NFCQuickCheck.isNFC(text) else { continue }
                #expect(text.precomposedStringWithCanonicalMapping == text, "U+\(String(value, radix: 16)) after U+\(String(starter.value, radix: 16))")
            }
            checked += 1
        }
        // Most assigned scalars are stable starters (CJK, Hangul syllables, letters).
        #expect(checked > 250_000)
    }

    @Test func marksAndComposingJamoAreNotStable() {
        for value: UInt32 in [0x301, 0x308, 0x327, 0x1161, 0x1176, 0x11A8, 0x11FF, 0x093C, 0x3099, 0x0CD5, 0x2126, 0x212B, 0xF900, 0x0344, 0xE0000] {
            #expect(!NFCQuickCheck.isStable(value), "U+\(String(value, radix: 16))")
        }
        #expect(!NFCQuickCheck.isNFC("e\u{301}"))
        #expect(!NFCQuickCheck.isNFC("\u{1100}\u{1161}"))
        #expect(!NFCQuickCheck.isNFC("Ohm \u{2126}"))
    }

    @Test func typicalNewsTextIsRecognisedAsNFC() {
        for text in ["It’s “quoted” – and — dashes…", "Grüße aus Köln, €5", "Привет, мир", "東京で会議", "서울 뉴스", "مرحبا", "Ελληνικά"] {
            #expect(NFCQuickCheck.isNFC(text), "\(text)")
        }
    }

    /// Random strings over a pool of ASCII, Latin, combining marks, Hangul jamo and
    /// syllables, CJK, Indic, singletons and emoji: the fast path gives Foundation's NFC.
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
            let expected = text.precomposedStringWithCanonicalMapping
            #expect(HTMLBlockBuilder.nfc(text) == expected, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
            if NFCQuickCheck.isNFC(text) {
                fastPaths += 1
                #expect(expected == text)
            }
        }
        #expect(fastPaths > 100)
    }
}
