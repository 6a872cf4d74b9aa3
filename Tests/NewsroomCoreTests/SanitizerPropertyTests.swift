import PropertyBased
import Testing
import NewsroomCore

@Suite struct SanitizerPropertyTests {
    @Test func nothingFromTheControlRangesSurvives() async {
        await propertyCheck(count: 500, input: TextGenerator.text) { raw in
            let line = Sanitizer.display(raw)
            #expect(!line.unicodeScalars.contains { TextGenerator.isForbidden($0, allowingNewline: false) })
            let lines = Sanitizer.displayKeepingLineBreaks(raw)
            #expect(!lines.unicodeScalars.contains { TextGenerator.isForbidden($0, allowingNewline: true) })
        }
    }

    @Test func sanitizingTwiceChangesNothing() async {
        await propertyCheck(count: 500, input: TextGenerator.text) { raw in
            let once = Sanitizer.display(raw)
            #expect(Sanitizer.display(once).unicodeScalars.elementsEqual(once.unicodeScalars))
            let kept = Sanitizer.displayKeepingLineBreaks(raw)
            #expect(Sanitizer.displayKeepingLineBreaks(kept).unicodeScalars.elementsEqual(kept.unicodeScalars))
        }
    }

    @Test func noClusterOfTheOutputStartsWithACombiningMark() async {
        await propertyCheck(count: 500, input: TextGenerator.text) { raw in
            for character in Sanitizer.display(raw) {
                let first = character.unicodeScalars.first!
                let category = first.properties.generalCategory
                #expect(![.nonspacingMark, .enclosingMark, .format].contains(category) || first == "\u{AD}")
                // A spacing mark may stand alone only where it would not attach to a letter anyway.
                if category == .spacingMark { #expect(("a" + String(character)).count == 2) }
            }
        }
    }

    @Test func everyVisibleClusterOfTheOutputTakesAColumn() async {
        // Only a soft hyphen may stand alone with width 0 (the wrapper removes or shows it).
        await propertyCheck(count: 500, input: TextGenerator.text) { raw in
            for character in Sanitizer.display(raw) where character != "\u{AD}" {
                #expect(DisplayWidth.of(character) >= 1, "\(character.unicodeScalars.map { $0.value })")
            }
        }
    }

    @Test func controlFreeTextComesBackUnchanged() async {
        await propertyCheck(count: 300, input: TextGenerator.safeText) { text in
            #expect(Sanitizer.display(text).unicodeScalars.elementsEqual(text.unicodeScalars))
        }
    }

    @Test func rawBytesNeverCrashAndComeOutClean() async {
        await propertyCheck(count: 300, input: Gen<UInt8>.value(in: 0...255).array(of: 0...64)) { bytes in
            let line = Sanitizer.display(bytes: bytes)
            #expect(!line.unicodeScalars.contains { TextGenerator.isForbidden($0, allowingNewline: false) })
        }
    }
}
