#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One line of a dump: `start..<end` are byte offsets of its trimmed text in the UTF-8 buffer.
struct DumpLine {
    var start: Int
    var end: Int
    /// Made only of U+00A0 no-break spaces (at least one), maybe surrounded by spaces/tabs.
    var isSeparator: Bool

    var isEmpty: Bool { start == end }
    /// Blank lines split paragraphs and contact groups; a separator is not blank.
    var isBlank: Bool { start == end && !isSeparator }
}

/// Splits UTF-8 text into trimmed lines with byte scans (no String work per line).
/// Lines split on LF only; a CR right before the LF belongs to the line ending.
/// Trimming removes spaces, tabs, CR, VT, FF and no-break spaces at both ends.
enum DumpLines {
    static func split(_ bytes: UnsafeBufferPointer<UInt8>) -> [DumpLine] {
        var lines: [DumpLine] = []
        lines.reserveCapacity(bytes.count / 48 + 8)
        guard let base = bytes.baseAddress else { return lines }
        let count = bytes.count
        var lineStart = 0
        while lineStart <= count {
            var lineEnd = count
            if lineStart < count, let hit = memchr(base + lineStart, 0x0A, count - lineStart) {
                lineEnd = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            }
            lines.append(trimmed(bytes, lineStart, lineEnd))
            lineStart = lineEnd + 1
        }
        // A final LF does not start another (empty) line.
        if count > 0 && bytes[count - 1] == 0x0A { lines.removeLast() }
        return lines
    }

    @inline(__always)
    static func isSpace(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x09 || b == 0x0D || b == 0x0B || b == 0x0C
    }

    static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> DumpLine {
        var start = from
        var end = to
        var sawNoBreakSpace = false
        while start < end {
            let b = bytes[start]
            if isSpace(b) {
                start += 1
            } else if b == 0xC2 && start + 1 < end && bytes[start + 1] == 0xA0 {
                start += 2
                sawNoBreakSpace = true
            } else {
                break
            }
        }
        while end > start {
            let b = bytes[end - 1]
            if isSpace(b) {
                end -= 1
            } else if b == 0xA0 && end - 2 >= start && bytes[end - 2] == 0xC2 {
                end -= 2
                sawNoBreakSpace = true
            } else {
                break
            }
        }
        return DumpLine(start: start, end: end, isSeparator: start == end && sawNoBreakSpace)
    }
}

/// Read access to the text's bytes (valid UTF-8): comparisons against literals, and the only
/// place Strings are built (for the fields an Article keeps). Offsets are always on scalar
/// boundaries (they sit next to ASCII or no-break spaces), so every slice is valid UTF-8 and
/// `String(decoding:)` only has to check it (an all-ASCII slice takes the stdlib's word path).
struct DumpText {
    let bytes: UnsafeBufferPointer<UInt8>

    func string(_ start: Int, _ end: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }

    func string(_ line: DumpLine) -> String { string(line.start, line.end) }

    /// `start..<end` trimmed like a line (for text after a prefix such as `Quelle:`).
    func trimmedString(_ start: Int, _ end: Int) -> String {
        let t = DumpLines.trimmed(bytes, start, end)
        return string(t.start, t.end)
    }

    func matches(_ literal: StaticString, at offset: Int, end: Int) -> Bool {
        let n = literal.utf8CodeUnitCount
        if offset + n > end { return false }
        let p = literal.utf8Start
        var i = 0
        while i < n {
            if bytes[offset + i] != p[i] { return false }
            i += 1
        }
        return true
    }

    func hasPrefix(_ line: DumpLine, _ literal: StaticString) -> Bool {
        matches(literal, at: line.start, end: line.end)
    }

    func equals(_ line: DumpLine, _ literal: StaticString) -> Bool {
        line.end - line.start == literal.utf8CodeUnitCount && hasPrefix(line, literal)
    }

    /// Offset of the first occurrence of `literal` in `from..<end`, or nil.
    func find(_ literal: StaticString, from: Int, end: Int) -> Int? {
        let n = literal.utf8CodeUnitCount
        let first = literal.utf8Start[0]
        var i = from
        while i + n <= end {
            if bytes[i] == first && matches(literal, at: i, end: end) { return i }
            i += 1
        }
        return nil
    }

    /// Joins lines with one space into one String (a body paragraph): the bytes are copied
    /// once into the String's own storage, with no intermediate Strings or appends.
    func joined(_ lines: ArraySlice<DumpLine>) -> String {
        if lines.count == 1, let only = lines.first { return string(only) }
        var total = -1
        for line in lines { total += line.end - line.start + 1 }
        guard total > 0, let source = bytes.baseAddress else { return "" }
        return String(unsafeUninitializedCapacity: total) { out in
            guard let target = out.baseAddress else { return 0 }
            var at = 0
            for line in lines {
                if at > 0 {
                    target[at] = 0x20
                    at += 1
                }
                let length = line.end - line.start
                (target + at).update(from: source + line.start, count: length)
                at += length
            }
            return at
        }
    }
}
