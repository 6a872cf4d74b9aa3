/// Reading escaped HTML (`&lt;p&gt;Text &amp;amp; more&lt;/p&gt;`, what most feeds put in
/// `description` and Atom `content type="html"`) straight from the XML character data.
///
/// Decoding the XML first and converting the result read every byte twice and copied it
/// once in between; that pass was a seventh of parsing an Atom feed (callgrind,
/// newsroom-bench feeds). Here text runs go from the feed bytes to the paragraph at once,
/// each escaped tag is decoded alone into a small buffer and read by `markup`, and an
/// escaped entity (`&amp;nbsp;`) is decoded from the few bytes it spans. The result is
/// the same as decoding first: wherever that is not plain to see (CDATA, a comment, a
/// carriage return, a `script` whose content is skipped, a reference that makes `<` or
/// `&`), the rest of the input is decoded as before and read by `scan`.
extension HTMLText.Converter {
    mutating func scanEscaped(_ p: UnsafeBufferPointer<UInt8>) {
        let n = p.count
        // The decoded bytes of one escaped tag or reference at a time.
        var tag = ByteSink(capacity: 128)
        var i = 0
        while i < n {
            let c = p[i]
            if c == UInt8(ascii: "&") {
                if XMLScan.hasPrefix(p, i, n, "&lt;") {
                    guard let next = escapedTag(p, at: i, into: &tag) else { return scanDecoding(p, from: i) }
                    i = next
                } else if XMLScan.hasPrefix(p, i, n, "&amp;") {
                    guard let next = escapedReference(p, at: i + 5, using: &tag) else { return scanDecoding(p, from: i) }
                    i = next
                } else if let (scalar, next) = Entities.decode(p, at: i, end: n) {
                    // A reference that makes markup (`&#60;`, `&#38;`) is left to the decoding path.
                    if scalar == "<" || scalar == "&" { return scanDecoding(p, from: i) }
                    character(scalar)
                    i = next
                } else {
                    // A stray `&`: decoded, the bytes after it may still spell an HTML
                    // reference (`&copy&#59;`), so this too is left to the decoding path.
                    return scanDecoding(p, from: i)
                }
            } else if c == UInt8(ascii: "<") || c == 0x0D {
                return scanDecoding(p, from: i)
            } else if c <= 0x20 || preDepth > 0 {
                text(c)
                i += 1
            } else {
                i = textRun(p, from: i)
            }
        }
    }

    /// Decodes `p[start...]` as XML character data and reads the result as markup.
    private mutating func scanDecoding(_ p: UnsafeBufferPointer<UInt8>, from start: Int) {
        var decoded = ByteSink(capacity: p.count - start)
        XMLText.decodeBytes(p, from: start, to: p.count, into: &decoded)
        decoded.withBytes { scan($0) }
    }

    /// Reads the escaped tag at `p[lt]` (`&lt;`): decodes it up to the first `&gt;` or `>`
    /// and reads it as `markup` does. Returns the index after it, or nil when the tag is not
    /// one read from its own bytes (see the type's comment) or that close is inside a
    /// quoted value (rare; looking on for the next close would read the tag again each time).
    private mutating func escapedTag(_ p: UnsafeBufferPointer<UInt8>, at lt: Int, into tag: inout ByteSink) -> Int? {
        let n = p.count
        let start = lt + 4
        // `markup` reads `<` as text unless a name follows (after a `/`); a byte other than
        // `&` and `<` is its own decoding, so that is known before looking for the close, and
        // `&lt;&lt;&lt;...` costs a step each, not a look to the end.
        if start < n, p[start] == UInt8(ascii: "!") || p[start] == UInt8(ascii: "?") { return nil }  // a comment, a declaration
        let nameStart = start < n && p[start] == UInt8(ascii: "/") ? start + 1 : start
        if nameStart < n, p[nameStart] == UInt8(ascii: "&") || p[nameStart] == UInt8(ascii: "<") { return nil }
        guard nameStart < n, XMLScan.isNameStart(p[nameStart]), p[nameStart] < 0x80 else {
            text(UInt8(ascii: "<"))
            return start
        }
        var stop = start
        var holdsReference = false
        while true {
            stop = firstEscapedTagStop(p, from: stop, end: n)
            guard stop < n, p[stop] != UInt8(ascii: "<"), p[stop] != 0x0D else { return nil }
            if p[stop] == UInt8(ascii: ">") || XMLScan.hasPrefix(p, stop, n, "&gt;") { break }
            holdsReference = true  // decoded with the tag
            stop += 1
        }
        let after = p[stop] == UInt8(ascii: ">") ? stop + 1 : stop + 4
        tag.removeAll()
        tag.append(UInt8(ascii: "<"))
        if holdsReference {
            XMLText.decodeBytes(p, from: start, to: after, into: &tag)
        } else {
            // Most tags: the bytes up to the close are their own decoding.
            tag.append(UnsafeBufferPointer(rebasing: p[start..<stop]))
            tag.append(UInt8(ascii: ">"))
        }
        return tag.withBytes({ readTagAlone($0) }) ? after : nil
    }

    /// Reads the decoded tag `t` (`t[0]` is `<`, the last byte `>`, and a name starts at
    /// `t[1]` or after `</`) as `markup` reads it in decoded text, when it ends at that last
    /// byte. Changes nothing and returns false when the tag does not close there (the `>` is
    /// in a quoted value, or a reference such as `&#62;` closed it before) or when `markup`
    /// would read past it (an element whose content is skipped).
    private mutating func readTagAlone(_ t: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = t.count
        let closing = t[1] == UInt8(ascii: "/")
        let (name, localStart, localEnd) = HTMLTag.Name.read(t, from: closing ? 2 : 1, end: count)
        guard let after = XMLScan.closedTagEnd(t, from: localEnd, end: count), after == count else { return false }
        let kind = name.kind
        if !closing && kind == .dropped && !Self.isSelfClosing(t, after: after) { return false }
        _ = tag(t, name: name, kind: kind, closing: closing, local: localStart..<localEnd, after: after, end: count)
        return true
    }

    /// Reads the HTML reference whose `&` was escaped (`&amp;` ends at `start`), as `scan`
    /// reads the decoded `&`. The reference's name or number is letters, digits and `#`
    /// and ends at most at a `;`, so it holds no XML reference and its bytes are the same
    /// decoded or not. Returns the index after it, or nil when it runs into another XML
    /// reference or is too long to be sure of.
    private mutating func escapedReference(_ p: UnsafeBufferPointer<UInt8>, at start: Int, using window: inout ByteSink) -> Int? {
        let n = p.count
        var k = start
        while k < n, k - start < 40, Entities.isAlnum(p[k]) || p[k] == UInt8(ascii: "#") { k += 1 }
        // After the name: a byte that decodes to itself (not `&`; a `<` may open CDATA).
        guard k - start < 40, k == n || (p[k] != UInt8(ascii: "&") && p[k] != UInt8(ascii: "<")) else { return nil }
        let end = k < n && p[k] == UInt8(ascii: ";") ? k + 1 : k
        window.removeAll()
        window.append(UInt8(ascii: "&"))
        window.append(UnsafeBufferPointer(rebasing: p[start..<end]))
        guard let (scalar, next) = window.withBytes({ Entities.decode($0, at: 0, end: $0.count) }) else {
            text(UInt8(ascii: "&"))
            return start
        }
        character(scalar)
        return start + next - 1
    }

    /// Index of the first `&`, `<`, `>` or CR in `from..<end`, or `end`.
    private func firstEscapedTagStop(_ p: UnsafeBufferPointer<UInt8>, from: Int, end: Int) -> Int {
        ASCIIVector.firstIndex(ofAny: UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), 0x0D, in: p, from: from, end: end)
    }
}
