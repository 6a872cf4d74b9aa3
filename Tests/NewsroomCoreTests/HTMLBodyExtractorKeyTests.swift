@testable import NewsroomCore
import Testing

/// The title key's ASCII shortcut gives the Unicode properties' answer.
@Suite struct HTMLBodyExtractorKeyTests {
    @Test func asciiKeyScalarsAreLettersAndDigits() {
        for value in UInt32(0)..<0x80 {
            let scalar = Unicode.Scalar(value)!
            let expected = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            #expect(HTMLBodyExtractor.isKeyScalar(scalar) == expected, "\(value)")
        }
        #expect(HTMLBodyExtractor.key("Héllo, Wörld 2024! 北京") == "héllowörld2024北京")
    }
}
