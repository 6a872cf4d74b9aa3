/// Caps how deeply a page's elements nest before the tree builder sees it.
///
/// `HTMLTreeBuilder` looks through the stack of open elements for many tags (is a `<p>` open,
/// which element does this end tag close), so a page that
/// opens 100,000 `<div>`s (hostile or broken) takes time quadratic in its depth. Real pages
/// nest well under a hundred levels. This pass counts open elements the way the page writes
/// them (void elements and ones that close themselves, like `<p>` and `<li>`, don't count) and
/// drops start tags beyond `maximumDepth`, with their matching end tags; the text inside stays.
enum HTMLNestingLimit {
    static let maximumDepth = 400

    /// `bytes` unchanged when no tag had to go, else a copy without the excess tags.
    static func apply(_ bytes: [UInt8]) -> [UInt8] {
        bytes.withUnsafeBufferPointer { p -> [UInt8] in
            var scanner = Scanner(p: p)
            scanner.run()
            guard !scanner.cuts.isEmpty else { return bytes }
            var out: [UInt8] = []
            out.reserveCapacity(p.count)
            var from = 0
            for cut in scanner.cuts {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: p[from..<cut.lowerBound]))
                from = cut.upperBound
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: p[from...]))
            return out
        }
    }

    /// What a tag name means to the count: void and self-closing elements (`HTMLTags.void`,
    /// `HTMLTags.selfClosing`) don't count, raw-text elements (`HTMLTags.rawText`) are
    /// skipped to their end tag, `plaintext` ends the markup.
    enum TagKind { case counted, uncounted, rawText, plaintext }

    /// The names of those sets packed as the scanner packs them, sorted for a binary search.
    private static let uncountedNames = HTMLTags.void.union(HTMLTags.selfClosing).map(packed).sorted()
    private static let rawTextNames = HTMLTags.rawText.map(packed).sorted()

    /// A name of at most 8 bytes, lower case, little-endian (the first byte lowest).
    static func packed(_ name: String) -> UInt64 {
        var value: UInt64 = 0
        for (k, b) in name.utf8.prefix(8).enumerated() { value |= UInt64(b) << (8 * UInt64(k)) }
        return value
    }

    static func unpacked(_ value: UInt64) -> [UInt8] {
        (0..<8).map { UInt8(truncatingIfNeeded: value >> (8 * UInt64($0))) }.filter { $0 != 0 }
    }

    /// `name` is the raw name (any case), `packed` its first 8 bytes lower-cased.
    static func kind(packed: UInt64, length: Int, name: Slice<UnsafeBufferPointer<UInt8>>) -> TagKind {
        if length > 8 {
            // Every name in the sets has at most 8 bytes; `plaintext` has 9.
            return length == 9 && name.elementsEqual("plaintext".utf8, by: { $0 | 0x20 == $1 }) ? .plaintext : .counted
        }
        if contains(uncountedNames, packed) { return .uncounted }
        if contains(rawTextNames, packed) { return .rawText }
        return .counted
    }

    private static func contains(_ sorted: [UInt64], _ value: UInt64) -> Bool {
        var low = 0, high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low < sorted.count && sorted[low] == value
    }

    private struct Scanner {
        let p: UnsafeBufferPointer<UInt8>
        var depth = 0
        var dropped = 0
        var cuts: [Range<Int>] = []

        init(p: UnsafeBufferPointer<UInt8>) { self.p = p }

        mutating func run() {
            let n = p.count
            var i = 0
            while i < n {
                guard p[i] == UInt8(ascii: "<"), i + 1 < n else { i += 1; continue }
                let next = p[i + 1]
                if next == UInt8(ascii: "!") {
                    if i + 3 < n, p[i + 2] == UInt8(ascii: "-"), p[i + 3] == UInt8(ascii: "-") {
                        i = find("-->", from: i + 4).map { $0 + 3 } ?? n
                    } else {
                        i = tagEnd(from: i + 2)
                    }
                    continue
                }
                let closing = next == UInt8(ascii: "/")
                let nameStart = closing ? i + 2 : i + 1
                guard nameStart < n, isLetter(p[nameStart]) else { i += 1; continue }
                var k = nameStart
                // The lower-cased name's first 8 bytes, packed: every name the rules below
                // look for fits, so no String is made per tag (this pass runs over every tag
                // of every page).
                var packed: UInt64 = 0
                while k < n, !isNameEnd(p[k]) {
                    if k - nameStart < 8 { packed |= UInt64(p[k] | 0x20) << (8 * UInt64(k - nameStart)) }
                    k += 1
                }
                let kind = HTMLNestingLimit.kind(packed: packed, length: k - nameStart, name: p[nameStart..<k])
                let tagStart = i
                let end = tagEnd(from: k)
                if closing {
                    if kind != .uncounted {
                        if dropped > 0 {
                            dropped -= 1
                            cuts.append(tagStart..<end)
                        } else if depth > 0 {
                            depth -= 1
                        }
                    }
                    i = end
                    continue
                }
                i = end
                if kind == .plaintext { return }
                if kind == .rawText {
                    i = closingTag(HTMLNestingLimit.unpacked(packed), from: end)
                    continue
                }
                let selfClosed = end >= 2 && p[end - 2] == UInt8(ascii: "/")
                guard kind != .uncounted, !selfClosed else { continue }
                if depth >= HTMLNestingLimit.maximumDepth {
                    dropped += 1
                    cuts.append(tagStart..<end)
                } else {
                    depth += 1
                }
            }
        }

        func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= UInt8(ascii: "a") && (b | 0x20) <= UInt8(ascii: "z") }

        func isNameEnd(_ b: UInt8) -> Bool {
            b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0C || b == 0x0D || b == UInt8(ascii: "/") || b == UInt8(ascii: ">")
        }

        /// After the `>` that ends a tag, skipping quoted attribute values.
        func tagEnd(from start: Int) -> Int {
            var i = start
            var quote: UInt8 = 0
            while i < p.count {
                let b = p[i]
                if quote != 0 {
                    if b == quote { quote = 0 }
                } else if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") {
                    // Only a quote that starts a value (after `=`) opens one.
                    var k = i - 1
                    while k > start, p[k] == 0x20 { k -= 1 }
                    if p[k] == UInt8(ascii: "=") { quote = b }
                } else if b == UInt8(ascii: ">") {
                    return i + 1
                }
                i += 1
            }
            return p.count
        }

        func find(_ literal: StaticString, from start: Int) -> Int? {
            let count = literal.utf8CodeUnitCount
            let bytes = UnsafeBufferPointer(start: literal.utf8Start, count: count)
            var i = start
            while i + count <= p.count {
                if p[i] == bytes[0] {
                    var k = 1
                    while k < count, p[i + k] == bytes[k] { k += 1 }
                    if k == count { return i }
                }
                i += 1
            }
            return nil
        }

        /// After the `</name ...>` that ends a raw-text element (script, style, ...).
        func closingTag(_ nameBytes: [UInt8], from start: Int) -> Int {
            var i = start
            while i + 2 + nameBytes.count <= p.count {
                i = HTMLTreeBuilder.next(UInt8(ascii: "<"), p, from: i)
                guard i + 2 + nameBytes.count <= p.count else { break }
                if p[i + 1] == UInt8(ascii: "/") {
                    var match = true
                    for (k, b) in nameBytes.enumerated() where p[i + 2 + k] | 0x20 != b { match = false; break }
                    if match { return tagEnd(from: i + 2 + nameBytes.count) }
                }
                i += 1
            }
            return p.count
        }
    }
}
