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

    /// Index of the first of the bytes `a`, `b`, `c`, `d` in `from..<end`, or `end` (a set of
    /// three repeats one). The last sixteen bytes are read as one block that ends with the
    /// input and overlaps bytes already seen, so only a range shorter than a block is tested
    /// byte by byte. One loop for every "find the next of these bytes" scan: a closure
    /// parameter here was not specialised (a call and generic SIMD per block).
    @inline(__always)
    static func firstIndex(ofAny a: UInt8, _ b: UInt8, _ c: UInt8, _ d: UInt8,
                           in p: UnsafeBufferPointer<UInt8>, from: Int, end: Int) -> Int {
        var i = from
        if end - i >= width, let base = p.baseAddress {
            let raw = UnsafeRawPointer(base)
            let va = Bytes(repeating: a), vb = Bytes(repeating: b), vc = Bytes(repeating: c), vd = Bytes(repeating: d)
            @inline(__always) func hits(_ offset: Int) -> Mask {
                let v = load(raw, offset)
                return (v .== va) .| (v .== vb) .| (v .== vc) .| (v .== vd)
            }
            while i + width <= end {
                if let lane = firstLane(hits(i)) { return i + lane }
                i += width
            }
            guard i < end else { return end }
            let last = end - width
            if let lane = firstLane(hits(last) .& unseen(last: last, seenUpTo: i)) { return last + lane }
            return end
        }
        while i < end {
            let byte = p[i]
            if byte == a || byte == b || byte == c || byte == d { return i }
            i += 1
        }
        return end
    }

    /// For a last block read at `last` (ending where the input does, so overlapping bytes
    /// already seen): the lanes from `seenUpTo` on, the ones not yet tested.
    @inline(__always)
    static func unseen(last: Int, seenUpTo: Int) -> Mask {
        lanes .>= Bytes(repeating: UInt8(truncatingIfNeeded: seenUpTo - last))
    }
}
