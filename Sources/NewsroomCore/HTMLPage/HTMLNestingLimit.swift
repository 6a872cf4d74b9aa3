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
                var name: [UInt8] = []
                while k < n, !isNameEnd(p[k]) {
                    if name.count < 16 { name.append(p[k] | 0x20) }
                    k += 1
                }
                let tagStart = i
                let end = tagEnd(from: k)
                let tag = String(decoding: name, as: UTF8.self)
                if closing {
                    if !HTMLTags.void.contains(tag) && !HTMLTags.selfClosing.contains(tag) {
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
                if tag == "plaintext" { return }
                if HTMLTags.rawText.contains(tag) {
                    i = closingTag(tag, from: end)
                    continue
                }
                let selfClosed = end >= 2 && p[end - 2] == UInt8(ascii: "/")
                guard !HTMLTags.void.contains(tag), !HTMLTags.selfClosing.contains(tag), !selfClosed else { continue }
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
        func closingTag(_ name: String, from start: Int) -> Int {
            let nameBytes = Array(name.utf8)
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
