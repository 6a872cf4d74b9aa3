import PropertyBased
import Testing
import NewsroomCore

@Suite struct DisplayWidthPropertyTests {
    @Test func widthOfAStringIsTheSumOfItsClusterWidths() async {
        await propertyCheck(count: 500, input: TextGenerator.text) { raw in
            for text in [raw, Sanitizer.display(raw)] {
                let clusterSum = text.reduce(0) { $0 + DisplayWidth.of($1) }
                #expect(DisplayWidth.of(text) == clusterSum)
                #expect(DisplayWidth.of(text[...]) == clusterSum)
            }
        }
    }

    @Test func everyClusterIsZeroOneOrTwoColumns() async {
        await propertyCheck(count: 500, input: TextGenerator.text) { raw in
            for character in raw { #expect((0...2).contains(DisplayWidth.of(character))) }
        }
    }

    @Test func truncateAndPadMakeAnExactlyFittingCell() async {
        await propertyCheck(count: 300, input: TextGenerator.safeText, Gen.int(in: 0...20)) { text, width in
            let truncated = DisplayWidth.truncate(text, toWidth: width)
            #expect(DisplayWidth.of(truncated) <= width)
            #expect(DisplayWidth.of(DisplayWidth.pad(truncated, toWidth: width)) == width)
            if DisplayWidth.of(text) <= width { #expect(truncated == text) }
        }
    }
}
