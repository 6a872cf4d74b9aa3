// Words found by `WordWrap`'s scan over UTF-8.

/// A word found by the scan, with its width when summing scalars suffices.
struct ScannedWord {
    /// The word's UTF-8, valid while the scan runs.
    var bytes: UnsafeBufferPointer<UInt8>
    /// nil when the word holds clusters that need the cluster rules (emoji, marks...).
    var simpleWidth: Int?
    var hasSoftHyphen: Bool

    var text: String { String(decoding: bytes, as: UTF8.self) }
}

/// Accumulates the current word while scanning.
struct WordScan {
    var start: Int?
    var simpleWidth: Int? = 0
    var hasSoftHyphen = false

    mutating func add(_ value: UInt32, at offset: Int) {
        if start == nil { start = offset }
        if value == 0xAD { hasSoftHyphen = true }
        if let sum = simpleWidth {
            simpleWidth = DisplayWidth.simpleWidth(of: value).map { sum + $0 }
        }
    }

    mutating func finish(_ bytes: UnsafeBufferPointer<UInt8>, upTo end: Int) -> ScannedWord? {
        guard let start else { return nil }
        defer { self = WordScan() }
        return ScannedWord(
            bytes: UnsafeBufferPointer(rebasing: bytes[start..<end]),
            simpleWidth: simpleWidth, hasSoftHyphen: hasSoftHyphen)
    }
}
