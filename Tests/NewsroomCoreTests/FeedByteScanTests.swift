import Testing
@testable import NewsroomCore

/// The block-at-a-time scanners and the ByteSink the feed decoders use, against the plain
/// byte-by-byte rules they replace, on seeded random bytes (every start offset and lengths
/// up to 40, so every lane of a sixteen-byte block, the overlapping last block and the
/// byte-by-byte tail are reached).
@Suite struct FeedByteScanTests {
    /// Bytes the scanners care about, and a few they must let through (UTF-8 lead and
    /// continuation bytes, DEL, 0x80, the bytes next to the ones searched for).
    static let alphabet: [UInt8] = [
        0x26, 0x3C, 0x0D, 0x0A, 0x09, 0x20, 0x20, 0x21, 0x25, 0x27, 0x3B, 0x3D, 0x00, 0x1F,
        0x61, 0x62, 0x41, 0x7F, 0x80, 0xA0, 0xA6, 0xBC, 0xC3, 0xE2, 0xFF, 0x3E, 0x22,
    ]

    static func randomBuffers() -> [[UInt8]] {
        var generator = SplitMix64(seed: 0x5EED_F00D)
        return (0..<300).map { _ in
            let count = Int.random(in: 0...40, using: &generator)
            return (0..<count).map { _ in alphabet.randomElement(using: &generator)! }
        }
    }

    @Test func firstMarkupOrCRFindsTheFirstAmpersandLessThanOrCR() {
        for bytes in Self.randomBuffers() {
            bytes.withUnsafeBufferPointer { p in
                for from in 0...p.count {
                    let expected = (from..<p.count).first { p[$0] == 0x26 || p[$0] == 0x3C || p[$0] == 0x0D } ?? p.count
                    #expect(XMLScan.firstMarkupOrCR(p, from: from, end: p.count) == expected, "\(bytes) from \(from)")
                }
            }
        }
    }

    @Test func firstTextBreakStopsOnlyWhereAWordRunMustEnd() {
        func isBreak(_ b: UInt8) -> Bool { b <= 0x20 || b == 0x3C || b == 0x26 }
        for bytes in Self.randomBuffers() {
            bytes.withUnsafeBufferPointer { p in
                let n = p.count
                for from in 0...n {
                    let stop = XMLScan.firstTextBreak(p, from: from, end: n)
                    #expect(stop >= from && stop <= n)
                    // Everything skipped is run text: visible bytes, or a single space before one.
                    for k in from..<stop {
                        let skippable = !isBreak(p[k]) || (p[k] == 0x20 && k + 1 < n && !isBreak(p[k + 1]))
                        #expect(skippable, "\(bytes) from \(from): byte \(k) skipped")
                    }
                    // And it stops on a byte that may end the run.
                    if stop < n { #expect(isBreak(p[stop]), "\(bytes) from \(from): stop \(stop)") }
                }
            }
        }
    }

    @Test func tagEndFindsTheCloseOutsideQuotedValues() {
        // The rule as a plain byte loop: a quote opens a value only right after `=`.
        func reference(_ p: UnsafeBufferPointer<UInt8>, from: Int, end: Int) -> Int {
            var quote: UInt8 = 0
            for i in from..<end {
                let c = p[i]
                if quote != 0 {
                    if c == quote { quote = 0 }
                } else if c == 0x3E {
                    return i + 1
                } else if c == 0x22 || c == 0x27 {
                    var k = i - 1
                    while k > from, XMLScan.isSpace(p[k]) { k -= 1 }
                    if p[k] == 0x3D { quote = c }
                }
            }
            return end
        }
        for bytes in Self.randomBuffers() {
            let tag = [0x3C, 0x61] + bytes
            tag.withUnsafeBufferPointer { p in
                for from in 1...p.count {
                    #expect(XMLScan.tagEnd(p, from: from, end: p.count) == reference(p, from: from, end: p.count), "\(tag) from \(from)")
                }
            }
        }
        let quoted = Array(#"<a href="x>y" title='p>q' data=z>rest"#.utf8)
        quoted.withUnsafeBufferPointer { p in #expect(XMLScan.tagEnd(p, from: 2, end: p.count) == quoted.count - 4) }
    }

    @Test func byteSinkCopiesRunsOfEveryShortLength() {
        let source = (0..<80).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
        for length in 0...70 {
            var sink = ByteSink(capacity: 1)
            sink.append(0xAA)
            source.withUnsafeBufferPointer { sink.append(UnsafeBufferPointer(rebasing: $0[3..<(3 + length)])) }
            sink.append(0xBB)
            #expect(sink.withBytes { Array($0) } == [0xAA] + source[3..<(3 + length)] + [0xBB], "length \(length)")
        }
    }

    @Test func byteSinkGrowsAndKeepsEveryByte() {
        var generator = SplitMix64(seed: 42)
        var sink = ByteSink(capacity: 1)
        var expected: [UInt8] = []
        for _ in 0..<2_000 {
            switch Int.random(in: 0..<3, using: &generator) {
            case 0:
                let byte = UInt8.random(in: 0...255, using: &generator)
                sink.append(byte)
                expected.append(byte)
            case 1:
                let run = (0..<Int.random(in: 0...70, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) }
                run.withUnsafeBufferPointer { sink.append($0) }
                expected.append(contentsOf: run)
            default:
                let scalar = [Unicode.Scalar(0x41)!, "é", "€", "😀"].randomElement(using: &generator)!
                sink.append(scalar)
                expected.append(contentsOf: Array(String(scalar).utf8))
            }
        }
        #expect(sink.count == expected.count)
        #expect(sink.withBytes { Array($0) } == expected)
        sink.removeAll()
        #expect(sink.count == 0 && sink.string() == "")
    }

    @Test func characterDataDecodesReferencesAtEveryPosition() {
        let cases: [(String, String)] = [
            ("&lt;p&gt;a&amp;b&lt;/p&gt;", "<p>a&b</p>"),
            ("&lt", "<"), ("&gt", ">"), ("&l", "&l"), ("&", "&"), ("x&lt;", "x<"),
            ("&lt;&lt;&lt;&lt;&lt;&lt;&lt;&lt;&lt;", "<<<<<<<<<"),
            ("&ltx;", "&ltx;"), ("&eacute;&#233;&#xE9;", "ééé"),
            ("line one\r\nline two\rthree", "line one\nline two\nthree"),
            ("<![CDATA[a\r\nb&lt;]]>c", "a\nb&lt;c"),
        ]
        for (raw, expected) in cases {
            var text = raw
            let decoded = text.withUTF8 { XMLText.decode($0, from: 0, to: $0.count) }
            #expect(decoded == expected, "\(raw)")
        }
    }

    @Test func repeatedAndAlternatingLinksKeepTheirURLs() {
        let html = #"<p><a href="https://a.example/">a</a> <a href="https://b.example/">b</a> <a href="https://a.example/">a</a>"#
            + ##" <a href=" https://a.example/ ">a</a> <a href="javascript:x()">j</a> <a href="#top">t</a> <a href="rel/x">r</a></p>"##
        let result = HTMLText.body(html, base: "https://base.example/dir/")
        #expect(result.links == ["https://a.example/", "https://b.example/", "https://base.example/dir/rel/x"])
        #expect(result.paragraphs == ["a b a a j t r"])
        #expect(result.blocks[0].spans.map(\.link) == [
            "https://a.example/", nil, "https://b.example/", nil, "https://a.example/", nil, "https://a.example/", nil,
            "https://base.example/dir/rel/x",
        ])
    }
}
