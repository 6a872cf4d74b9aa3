@testable import NewsroomCore
import Testing

/// The nesting pass classifies tag names on packed bytes; that must be what the name sets say.
@Suite struct HTMLNestingLimitKindTests {
    private func kind(_ name: String) -> HTMLNestingLimit.TagKind {
        let lower = Array(name.utf8).map { $0 | 0x20 }
        var packed: UInt64 = 0
        for (k, b) in lower.prefix(8).enumerated() { packed |= UInt64(b) << (8 * UInt64(k)) }
        return Array(name.utf8).withUnsafeBufferPointer {
            HTMLNestingLimit.kind(packed: packed, length: $0.count, name: $0[...])
        }
    }

    @Test func kindsFollowTheNameSets() {
        for name in HTMLTags.void.union(HTMLTags.selfClosing).union(HTMLTags.rawText) {
            #expect(name.utf8.count <= 8, "\(name) does not fit the packed form")
        }
        for name in HTMLTags.void.union(HTMLTags.selfClosing) {
            #expect(kind(name) == .uncounted, "\(name)")
            #expect(kind(name.uppercased()) == .uncounted, "\(name)")
        }
        for name in HTMLTags.rawText { #expect(kind(name) == .rawText, "\(name)") }
        #expect(kind("PlainText") == .plaintext)
        for name in ["div", "b", "brr", "bas", "span", "plaintexts", "blockquote", "article", "scripts", "p1"] {
            #expect(kind(name) == .counted, "\(name)")
        }
        #expect(HTMLNestingLimit.unpacked(HTMLNestingLimit.packed("script")) == Array("script".utf8))
    }
}
