/// Eight bytes at a time (SWAR): the one set of word-wide byte tests that the whole-input
/// passes use to skip plain runs quickly (dump decoding, XML and HTML scanning, JSON quoting).
/// Each mask has the high bit set in exactly the bytes that match (no borrow crosses bytes),
/// so `trailingZeroBitCount >> 3` of a little-endian load is the first match.
enum ASCIIWord {
    static let highBits: UInt64 = 0x8080_8080_8080_8080
    static let ones: UInt64 = 0x0101_0101_0101_0101

    @inline(__always)
    static func load(_ base: UnsafePointer<UInt8>, _ offset: Int) -> UInt64 {
        UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self)
    }

    /// For a word of ASCII bytes: true when one of them is below 0x20 (a control).
    @inline(__always)
    static func hasByteBelowSpace(_ word: UInt64) -> Bool {
        (word &- ones &* 0x20) & ~word & highBits != 0
    }

    /// High bit set in exactly the bytes that are 0 (any word). OR-ing the high bits in first
    /// keeps the subtraction from borrowing across bytes, so there are no false hits.
    @inline(__always)
    static func zeroBytes(_ word: UInt64) -> UInt64 {
        ~((word | highBits) &- ones) & ~word & highBits
    }

    /// High bit set in exactly the ASCII bytes below `limit` (no borrows, as in `zeroBytes`).
    @inline(__always)
    static func asciiBelow(_ word: UInt64, _ limit: UInt8) -> UInt64 {
        ~((word | highBits) &- ones &* UInt64(limit)) & ~word & highBits
    }

    /// How many bytes of the word are controls that text does not use: below 0x20 except
    /// tab, LF, VT, FF, CR (0x09-0x0D) and ESC, or DEL.
    @inline(__always)
    static func suspiciousControls(_ word: UInt64) -> Int {
        let textRange = asciiBelow(word, 0x0E) & ~asciiBelow(word, 0x09)
        let escape = zeroBytes(word ^ (ones &* 0x1B))
        let delete = zeroBytes(word ^ (ones &* 0x7F))
        return ((asciiBelow(word, 0x20) & ~textRange & ~escape) | delete).nonzeroBitCount
    }

    /// For a word of ASCII bytes: true when one of them is 0x7F.
    @inline(__always)
    static func hasDelete(_ word: UInt64) -> Bool {
        equalBytes(word, 0x7F) != 0
    }

    /// High bit set in exactly the bytes equal to `byte` (any word).
    @inline(__always)
    static func equalBytes(_ word: UInt64, _ byte: UInt8) -> UInt64 {
        zeroBytes(word ^ (ones &* UInt64(byte)))
    }
}
