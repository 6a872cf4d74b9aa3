/// Sixteen bytes at a time through Swift's SIMD types (SSE2 on x86-64, NEON on arm64): the
/// scanners of feed text, whose runs between markup are a few dozen bytes, find the next
/// byte of interest in about one instruction a byte, where the eight-byte `ASCIIWord` tests
/// took two and a half (callgrind, newsroom-bench feeds).
enum ASCIIVector {
    typealias Bytes = SIMD16<UInt8>
    typealias Mask = SIMDMask<SIMD16<Int8>>

    static let width = 16
    /// Each lane's number (a computed constant: a stored `static let` is read through a
    /// once-check at every use).
    @inline(__always) static var lanes: Bytes { Bytes(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15) }

    @inline(__always)
    static func load(_ base: UnsafeRawPointer, _ offset: Int) -> Bytes {
        base.loadUnaligned(fromByteOffset: offset, as: Bytes.self)
    }

    /// The first lane set in `mask`, nil when none is (lane 0 is the lowest address).
    /// Read as two words, not through `any(_:)`, which is a generic reduction that was not
    /// inlined (a call per block).
    @inline(__always)
    static func firstLane(_ mask: Mask) -> Int? {
        // A set lane is all ones; little-endian: the first word holds lanes 0-7, lane 0 lowest.
        let halves = unsafeBitCast(mask, to: (UInt64, UInt64).self)
        if halves.0 != 0 { return halves.0.trailingZeroBitCount >> 3 }
        if halves.1 != 0 { return 8 + halves.1.trailingZeroBitCount >> 3 }
        return nil
    }

    /// For a last block read at `last` (ending where the input does, so overlapping bytes
    /// already seen): the lanes from `seenUpTo` on, the ones not yet tested.
    @inline(__always)
    static func unseen(last: Int, seenUpTo: Int) -> Mask {
        lanes .>= Bytes(repeating: UInt8(truncatingIfNeeded: seenUpTo - last))
    }
}
