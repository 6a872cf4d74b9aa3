import Testing
@testable import NewsroomCore

/// `HTMLWordSet` must answer what asking each word in turn answers, and the chrome test
/// built on it must keep its verdicts.
@Suite struct HTMLWordSetTests {
    static let words = HTMLBoilerplate.negative + HTMLBoilerplate.positive + ["ü-box", "日本", " ad-", "a"]

    /// Random hints made of pieces of the words, separators and non-ASCII text.
    static func randomHint(_ generator: inout SystemRandomNumberGenerator) -> String {
        let pieces = ["com", "ment", "-", "_", " ", "side", "bar", "ad", "s", "ü", "日", "本", "\u{301}", "x", "post", "art", "icle", "menu", "e", "tags"]
        return (0..<Int.random(in: 0...10, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
    }

    @Test func occursEqualsAskingEachWord() {
        let set = HTMLWordSet(HTMLWordSetTests.words)
        var generator = SystemRandomNumberGenerator()
        var found = 0
        for _ in 0..<20_000 {
            let hint = HTMLWordSetTests.randomHint(&generator)
            let expected = HTMLWordSetTests.words.contains { hint.hasSubstring($0) }
            #expect(set.occurs(in: hint) == expected, "\(hint)")
            if expected { found += 1 }
        }
        #expect(found > 1_000 && found < 19_000)
    }

    @Test func wordsAtTheEdgesAndCutOff() {
        let set = HTMLWordSet(["sidebar", "日本"])
        #expect(set.occurs(in: "sidebar"))
        #expect(set.occurs(in: "my sidebar"))
        #expect(!set.occurs(in: "my sideba"))
        #expect(set.occurs(in: "x日本"))
        #expect(!set.occurs(in: "日"))
        #expect(!set.occurs(in: ""))
        #expect(HTMLWordSet(["a", ""]).occurs(in: ""))
    }

    @Test func negativeHintsKeepTheirVerdicts() {
        for hint in ["ad", "top ad", "ad_top", "ads-block", "main ad-slot", "header ads-x", "adsbygoogle", "dfp gpt"] {
            #expect(HTMLBoilerplate.isNegative(hint), "\(hint)")
        }
        for hint in ["", "article-body", "adventure", "head", "lead", "thread", "adsbygoogle-12345678"] {
            #expect(!HTMLBoilerplate.isNegative(hint), "\(hint)")
        }
        #expect(HTMLBoilerplate.weight("article-body") == 25)
        #expect(HTMLBoilerplate.weight("comment-body") == 0)
        #expect(HTMLBoilerplate.weight("share") == -25)
    }
}
