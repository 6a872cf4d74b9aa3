import Foundation
import PropertyBased
import Testing
@testable import NewsroomCore

/// Properties over generated input (the fuzzer covers the same ground for much longer).
@Suite struct DumpPropertyTests {
    /// Scalars from ASCII through the bidi and separator controls of U+2000-U+206F.
    static let scalars = Gen<UInt32>.value(in: 0...0x2100).compactMap { Unicode.Scalar($0) }
    static let strings = scalars.array(of: 0...40).map { String(String.UnicodeScalarView($0)) }

    @Test func jsonStringsRoundTripAndCarryNoRawControls() async {
        await propertyCheck(count: 300, input: Self.strings) { text in
            var writer = JSONWriter()
            writer.string(text)
            #expect(rawControlScalars(in: writer.text, allowingNewline: false).isEmpty)
            let decoded = try? JSONSerialization.jsonObject(with: Data(writer.text.utf8), options: [.fragmentsAllowed]) as? String
            #expect(decoded == text)
        }
    }

    @Test func anyBytesParseOrFailWithAnInputError() async {
        let lines = Gen<UInt8>.value(in: 0...255).array(of: 0...200)
        await propertyCheck(count: 300, input: lines) { bytes in
            do {
                let article = try DumpParser.parse(bytes)
                #expect(!article.title.isEmpty)
                #expect(rawControlScalars(in: ArticleJSON.encode(article)).isEmpty)
            } catch {
                let allowed: [InputError] = [.empty, .binary, .noTitle]
                #expect(allowed.contains { $0 == error as? InputError })
            }
        }
    }

    @Test func fixtureWithArbitraryTitleKeepsItVerbatim() async {
        // Titles without line breaks, edge whitespace or block markers come back unchanged (NFC).
        let titles = Self.strings.map { raw in
            String(String.UnicodeScalarView(raw.unicodeScalars.filter { $0 != "\n" && $0 != "\0" }))
        }
        await propertyCheck(count: 200, input: titles) { raw in
            let title = raw.trimmingCharacters(in: CharacterSet(charactersIn: " \t\r\u{0B}\u{0C}\u{00A0}"))
            guard !title.isEmpty, !title.hasPrefix("•"), !title.hasSuffix(":"), !title.hasPrefix("©"),
                !title.hasPrefix("Quelle:"), !title.contains(" > "), title != "Mehr zum Thema"
            else { return }
            var fixture = DumpFixture()
            fixture.title = title
            guard let article = try? fixture.parse() else {
                Issue.record("fixture with title \(title.unicodeScalars.map { $0.value }) did not parse")
                return
            }
            #expect(article.title == title.precomposedStringWithCanonicalMapping)
        }
    }
}
