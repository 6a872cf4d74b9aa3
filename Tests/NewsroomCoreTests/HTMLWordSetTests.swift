@testable import NewsroomCore
import Testing

/// The word set answers what a `hasSubstring` per word answered, and the boilerplate rules
/// built on it answer what they answered before it.
@Suite struct HTMLWordSetTests {
    private static let pieces = ["ad", "ads", "ad-", "-", "_", " ", "comment", "share", "x", "é", "日本", "toc",
                                 "content", "post", "main", "adsbygoogle", "dfp", "gpt", "ad-unit", "shar", "twitter-tweet",
                                 "fb-post", "hidden", "a", "d", "s", "ñ", "cookie", "consent", "menu", "page", "richtext"]

    private func randomHint(_ generator: inout SystemRandomNumberGenerator) -> String {
        (0..<Int.random(in: 0...8, using: &generator)).map { _ in Self.pieces.randomElement(using: &generator)! }.joined()
    }

    /// The rule as it was written before the word set (the oracle).
    private func isNegativeBefore(_ hint: String, negative: [String]) -> Bool {
        for word in negative where hint.hasSubstring(word) { return true }
        var token = ""
        for scalar in hint.unicodeScalars {
            if scalar == " " || scalar == "_" {
                if HTMLBoilerplate.adTokens.contains(token) { return true }
                token = ""
            } else {
                token.unicodeScalars.append(scalar)
            }
            if token.utf8.count > 12 { token = "~" }
        }
        if HTMLBoilerplate.adTokens.contains(token) { return true }
        for word in ["ad-", "ads-"] where hint.hasPrefix(word) || hint.hasSubstring(" " + word) { return true }
        return false
    }

    @Test func occursMeansSomeWordIsASubstring() {
        let words = ["comment", "share", "sharing", "ad-", "toc", "日本", "é", "x"]
        let set = HTMLWordSet(words)
        var generator = SystemRandomNumberGenerator()
        var hits = 0
        for _ in 0..<20_000 {
            let hint = randomHint(&generator)
            let expected = words.contains { hint.hasSubstring($0) }
            #expect(set.occurs(in: hint) == expected, "\(hint)")
            if expected { hits += 1 }
        }
        #expect(hits > 1_000 && hits < 19_000)
        #expect(!HTMLWordSet([]).occurs(in: "anything"))
        #expect(HTMLWordSet(["", "z"]).occurs(in: "abc"))
        #expect(!set.occurs(in: "sha") && set.occurs(in: "xsharing") && set.occurs(in: "tocx"))
    }

    @Test func boilerplateAnswersAsBeforeOnRandomHints() {
        var generator = SystemRandomNumberGenerator()
        var negatives = 0, weights = Set<Double>()
        for _ in 0..<20_000 {
            let hint = randomHint(&generator)
            let before = isNegativeBefore(hint, negative: HTMLBoilerplate.negative.words)
            #expect(HTMLBoilerplate.isNegative(hint) == before, "\(hint)")
            let positiveBefore = HTMLBoilerplate.positive.words.contains { hint.hasSubstring($0) }
            let weightBefore = hint.isEmpty ? 0 : (before ? -25.0 : 0) + (positiveBefore ? 25 : 0)
            #expect(HTMLBoilerplate.weight(hint) == weightBefore, "\(hint)")
            if before { negatives += 1 }
            weights.insert(weightBefore)
        }
        #expect(negatives > 1_000 && negatives < 19_000)
        #expect(weights == [-25, 0, 25])
    }

    @Test func adTokensAreWholeTokens() {
        #expect(HTMLBoilerplate.isNegative("ad"))
        #expect(HTMLBoilerplate.isNegative("top ads"))
        #expect(HTMLBoilerplate.isNegative("x_dfp_y"))
        #expect(HTMLBoilerplate.isNegative("ad-top"))
        #expect(HTMLBoilerplate.isNegative("main ads-left"))
        #expect(!HTMLBoilerplate.isNegative("head"))
        #expect(!HTMLBoilerplate.isNegative("loads gadget"))
        #expect(!HTMLBoilerplate.isNegative("adsbygoogleadsbygoogle"))
    }
}
