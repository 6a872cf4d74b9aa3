/// The sanitizer's output being built, as UTF-8, with the state the placement rules need.
struct SanitizedOutput {
    private var bytes: [UInt8] = []
    /// Where the text since the line start or the last tab begins; measured when a tab needs
    /// its column.
    private var segmentStart = 0
    private var column = 0
    /// The last scalar of the line other than soft hyphens (nil at line start).
    private(set) var base: UInt32?
    private(set) var softHyphensBetween = false
    private(set) var loneRegionalIndicator = false

    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    mutating func append(_ value: UInt32) {
        UTF8Decoding.append(value, to: &bytes)
        base = value
        softHyphensBetween = false
        loneRegionalIndicator = DisplayWidth.isRegionalIndicator(value) && !loneRegionalIndicator
    }

    mutating func appendSoftHyphen() {
        bytes.append(0xC2)
        bytes.append(0xAD)
        softHyphensBetween = true
    }

    /// Soft hyphens since `base` are always inside the current segment (a tab resets them).
    mutating func dropTrailingSoftHyphens() {
        while bytes.count >= segmentStart + 2, bytes[bytes.count - 2] == 0xC2, bytes[bytes.count - 1] == 0xAD {
            bytes.removeLast(2)
        }
    }

    mutating func appendTab() {
        column += bytes.withUnsafeBufferPointer { DisplayWidth.of(utf8: UnsafeBufferPointer(rebasing: $0[segmentStart...])) }
        let spaces = Sanitizer.tabWidth - column % Sanitizer.tabWidth
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: spaces))
        column += spaces
        segmentStart = bytes.count
        base = 0x20
        softHyphensBetween = false
        loneRegionalIndicator = false
    }

    mutating func breakLine() {
        bytes.append(0x0A)
        segmentStart = bytes.count
        column = 0
        base = nil
        softHyphensBetween = false
        loneRegionalIndicator = false
    }

    func finish() -> String {
        String(decoding: bytes, as: UTF8.self)
    }
}
