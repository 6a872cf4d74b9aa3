import PropertyBased
import Testing
import NewsroomCore

@Suite struct WordWrapPropertyTests {
    static let widths = Gen.int(in: 1...30)

    @Test func everyLineFitsTheWidth() async {
        await propertyCheck(count: 500, input: TextGenerator.text, Self.widths) { raw, width in
            let text = Sanitizer.displayKeepingLineBreaks(raw)
            for line in WordWrap.wrap(text, width: width) {
                #expect(DisplayWidth.of(line) <= width, "\(line.debugDescription) at \(width)")
            }
        }
    }

    @Test func linesAreTrimmedAndTheLastOneIsNotEmpty() async {
        await propertyCheck(count: 500, input: TextGenerator.text, Self.widths) { raw, width in
            let lines = WordWrap.wrap(Sanitizer.displayKeepingLineBreaks(raw), width: width)
            for line in lines {
                #expect(!line.hasPrefix(" ") && !line.hasSuffix(" "))
                #expect(!line.contains("\n") && !line.contains("\u{AD}"))
            }
            #expect(lines.last?.isEmpty != true)
        }
    }

    /// The lines hold the same grapheme clusters as the text, in the same order, leaving out
    /// spaces, soft hyphens and hyphens (the wrapper adds a "-" where it breaks at a soft
    /// hyphen): no word is lost, and no cluster is split or merged with another.
    @Test func wrappingKeepsEveryClusterAndNeverSplitsOne() async {
        await propertyCheck(count: 500, input: TextGenerator.text, Gen.int(in: 2...30)) { raw, width in
            let text = Sanitizer.displayKeepingLineBreaks(raw)
            let lines = WordWrap.wrap(text, width: width)
            #expect(lines.flatMap(Self.clusters) == Self.clusters(text))
        }
    }

    @Test func textThatFitsStaysOnOneLine() async {
        await propertyCheck(count: 300, input: TextGenerator.safeText, Self.widths) { text, width in
            let lines = WordWrap.wrap(text, width: width)
            let visible = text.contains { $0 != " " && $0 != "\u{AD}" }
            if visible, DisplayWidth.of(text.trimmingSpaces) <= width {
                #expect(lines.count == 1)
            }
        }
    }

    /// The clusters of `text` other than spaces, line breaks and hyphens, each as its scalars.
    private static func clusters(_ text: String) -> [[Unicode.Scalar]] {
        Array(text).filter { !["\u{AD}", "-", " ", "\n"].contains($0) }.map { Array($0.unicodeScalars) }
    }
}

extension String {
    fileprivate var trimmingSpaces: Substring {
        let start = firstIndex { $0 != " " } ?? endIndex
        let end = lastIndex { $0 != " " }.map { index(after: $0) } ?? start
        return self[start..<max(start, end)]
    }
}
