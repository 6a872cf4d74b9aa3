/// A small streaming JSON writer: objects, arrays, strings, numbers, booleans and null,
/// compact or pretty (two-space indent, `"key": value`).
///
/// Strings are escaped for safe display as well as validity (spec "JSON output"): `"` and `\`,
/// every C0 control, DEL, the C1 controls U+0080-U+009F, U+2028/U+2029 and the bidi controls
/// (U+200E/F, U+061C, U+202A-U+202E, U+2066-U+2069) become `\uXXXX`, so a raw escape sequence
/// or direction override in an article can never reach a terminal through `--json`.
///
///     var json = JSONWriter(pretty: true)
///     json.beginObject()
///     json.key("title"); json.string(article.title)
///     json.key("tags"); json.stringArray(["a", "b"])
///     json.endObject()
///     print(json.text)
public struct JSONWriter: Sendable {
    public private(set) var bytes: [UInt8] = []
    public let pretty: Bool
    /// One entry per open object/array: how many members it has so far.
    private var counts: [Int] = []
    private var afterKey = false

    public init(pretty: Bool = false, reservingCapacity capacity: Int = 4096) {
        self.pretty = pretty
        bytes.reserveCapacity(capacity)
    }

    /// The JSON written so far.
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    /// One string as a JSON string literal, escaped like every string this writer writes.
    public static func quoted(_ value: String) -> String {
        var writer = JSONWriter(reservingCapacity: value.utf8.count + 2)
        writer.appendQuoted(value)
        return writer.text
    }

    public mutating func beginObject() { open(UInt8(ascii: "{")) }
    public mutating func endObject() { close(UInt8(ascii: "}")) }
    public mutating func beginArray() { open(UInt8(ascii: "[")) }
    public mutating func endArray() { close(UInt8(ascii: "]")) }

    /// The next member's key (inside an object); the following value call writes its value.
    public mutating func key(_ name: String) {
        beforeValue()
        appendQuoted(name)
        bytes.append(UInt8(ascii: ":"))
        if pretty { bytes.append(0x20) }
        afterKey = true
    }

    public mutating func string(_ value: String) {
        beforeValue()
        appendQuoted(value)
    }

    /// The string, or `null` when nil.
    public mutating func string(_ value: String?) {
        if let value { string(value) } else { null() }
    }

    public mutating func null() {
        beforeValue()
        appendASCII("null")
    }

    public mutating func bool(_ value: Bool) {
        beforeValue()
        appendASCII(value ? "true" : "false")
    }

    public mutating func number(_ value: Int) {
        beforeValue()
        appendASCII(String(value))
    }

    public mutating func number(_ value: Int64) {
        beforeValue()
        appendASCII(String(value))
    }

    /// Finite doubles only; NaN and infinities (not JSON) are written as `null`.
    public mutating func number(_ value: Double) {
        guard value.isFinite else { return null() }
        beforeValue()
        appendASCII(value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value))
    }

    public mutating func stringArray(_ values: [String]) {
        beginArray()
        for value in values { string(value) }
        endArray()
    }

    // MARK: Layout

    private mutating func open(_ bracket: UInt8) {
        beforeValue()
        bytes.append(bracket)
        counts.append(0)
    }

    private mutating func close(_ bracket: UInt8) {
        let members = counts.popLast() ?? 0
        if pretty && members > 0 { newline() }
        bytes.append(bracket)
    }

    /// Comma and indentation before a value (or a key); nothing between a key and its value.
    private mutating func beforeValue() {
        if afterKey {
            afterKey = false
            return
        }
        guard let last = counts.indices.last else { return }
        if counts[last] > 0 { bytes.append(UInt8(ascii: ",")) }
        counts[last] += 1
        if pretty { newline() }
    }

    private mutating func newline() {
        bytes.append(0x0A)
        for _ in 0..<(counts.count * 2) { bytes.append(0x20) }
    }

    private mutating func appendASCII(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    // MARK: Escaping

    private mutating func appendQuoted(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        var copy = value
        copy.withUTF8 { source in
            guard let base = source.baseAddress else { return }
            var i = 0
            let n = source.count
            var runStart = 0
            while i < n {
                // Eight plain bytes at a time first: stored bodies go through here whole.
                if i + 8 <= n, Self.isPlainText(ASCIIWord.load(base, i)) {
                    i += 8
                    continue
                }
                let b = source[i]
                // Most bytes need nothing: printable ASCII other than `"` and `\`, and every
                // UTF-8 byte except the leads of the few escaped scalars (U+0080-U+009F start
                // with C2, U+061C with D8, the U+20xx marks with E2). Stored article bodies
                // go through here whole, so this test comes first.
                if b >= 0x80 ? (b != 0xC2 && b != 0xD8 && b != 0xE2) : (b >= 0x20 && b != 0x7F && b != 0x22 && b != 0x5C) {
                    i += 1
                    continue
                }
                let escape: UInt32?
                var length = 1
                if b < 0x80 {
                    escape = UInt32(b)
                } else {
                    (escape, length) = Self.escapedScalar(source, i)
                }
                if let scalar = escape {
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<i]))
                    appendEscape(scalar)
                    runStart = i + length
                }
                i += length
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<n]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// True when none of the eight bytes needs a look of its own, so they are copied as they
    /// are: no byte below 0x20, no `"`, `\`, DEL, and none of the lead bytes C2, D8, E2 of the
    /// escaped scalars (the byte loop decodes those; other UTF-8 bytes are copied, so German
    /// text with its umlauts stays on this path).
    @inline(__always)
    static func isPlainText(_ word: UInt64) -> Bool {
        let needsALook = ASCIIWord.asciiBelow(word, 0x20) | ASCIIWord.equalBytes(word, 0x22)
            | ASCIIWord.equalBytes(word, 0x5C) | ASCIIWord.equalBytes(word, 0x7F)
            | ASCIIWord.equalBytes(word, 0xC2) | ASCIIWord.equalBytes(word, 0xD8) | ASCIIWord.equalBytes(word, 0xE2)
        return needsALook == 0
    }

    /// For a non-ASCII lead byte at `i`: the scalar to escape (nil to copy) and its length.
    private static func escapedScalar(_ s: UnsafeBufferPointer<UInt8>, _ i: Int) -> (UInt32?, Int) {
        let b = s[i]
        let n = s.count
        if b == 0xC2, i + 1 < n, s[i + 1] <= 0x9F {  // U+0080-U+009F
            return (UInt32(s[i + 1]), 2)
        }
        if b == 0xD8, i + 1 < n, s[i + 1] == 0x9C {  // U+061C arabic letter mark
            return (0x061C, 2)
        }
        if b == 0xE2, i + 2 < n {
            let scalar = 0x2000 | (UInt32(s[i + 1] & 0x3F) << 6) | UInt32(s[i + 2] & 0x3F)
            switch scalar {
            case 0x200E, 0x200F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: return (scalar, 3)
            default: return (nil, 3)
            }
        }
        return (nil, 1)
    }

    private mutating func appendEscape(_ scalar: UInt32) {
        if scalar == 0x22 || scalar == 0x5C {
            bytes.append(UInt8(ascii: "\\"))
            bytes.append(UInt8(scalar))
            return
        }
        bytes.append(UInt8(ascii: "\\"))
        bytes.append(UInt8(ascii: "u"))
        for shift in stride(from: 12, through: 0, by: -4) {
            let digit = UInt8((scalar >> UInt32(shift)) & 0xF)
            bytes.append(digit < 10 ? 0x30 + digit : 0x57 + digit)  // lower-case hex, like `\u001b`
        }
    }
}
