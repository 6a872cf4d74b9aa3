import Testing
@testable import NewsroomCore

/// The ASCII fast path of the title key gives what the general path (lower-casing, then
/// letters and digits by their Unicode properties) gives.
@Suite struct HTMLBodyKeyTests {
    static func generalKey(_ text: String) -> String {
        String(String.UnicodeScalarView(text.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil }))
    }

    @Test func asciiKeyEqualsTheGeneralPath() {
        let every = String(String.UnicodeScalarView((1...127).map { Unicode.Scalar(UInt8($0)) }))
        #expect(HTMLBodyExtractor.asciiKey(every) == HTMLBodyKeyTests.generalKey(every))
        var generator = SystemRandomNumberGenerator()
        let pool: [Unicode.Scalar] = ["A", "z", "Q", "7", " ", "-", ".", "'", "\u{7F}", "\u{1}", "é", "İ", "ß", "Ⅻ", "٣", "日", "\u{301}", "K"]
        for _ in 0..<5_000 {
            let text = String(String.UnicodeScalarView((0..<Int.random(in: 0...12, using: &generator)).map { _ in pool.randomElement(using: &generator)! }))
            let general = HTMLBodyKeyTests.generalKey(text)
            #expect(HTMLBodyExtractor.key(text) == general, "\(text)")
            if let ascii = HTMLBodyExtractor.asciiKey(text) { #expect(ascii == general, "\(text)") }
        }
        #expect(HTMLBodyExtractor.asciiKey("Straße") == nil)
        #expect(HTMLBodyExtractor.key("Hello, World! 2024") == "helloworld2024")
    }
}
