/// A growable byte buffer for the decoders' output, written through a pointer.
///
/// `[UInt8].append` checks uniqueness and capacity on every call and `append(contentsOf:)`
/// costs about ninety instructions however short the run; escaped feed content is decoded
/// in runs of a few dozen bytes, so that overhead was most of the decoding time. Every
/// write still checks the capacity (and grows), so no caller has to prove a bound.
struct ByteSink: ~Copyable {
    private var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private(set) var count = 0

    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    @inline(__always) mutating func append(_ byte: UInt8) {
        if count == capacity { grow(to: count + 1) }
        base[count] = byte
        count += 1
    }

    @inline(__always) mutating func append(_ run: UnsafeBufferPointer<UInt8>) {
        guard let source = run.baseAddress, !run.isEmpty else { return }
        if count + run.count > capacity { grow(to: count + run.count) }
        Self.copy(from: source, to: base + count, count: run.count)
        count += run.count
    }

    /// Copies `count` bytes between buffers that do not overlap. Runs of text between markup
    /// are mostly under 32 bytes, and for those a call to memmove cost more than the copy:
    /// two loads and two stores that may overlap each other, all within both buffers.
    @inline(__always)
    static func copy(from source: UnsafePointer<UInt8>, to target: UnsafeMutablePointer<UInt8>, count: Int) {
        let from = UnsafeRawPointer(source), to = UnsafeMutableRawPointer(target)
        @inline(__always) func pair<T>(_ type: T.Type) {
            let tail = count - MemoryLayout<T>.size
            let first = from.loadUnaligned(as: T.self), last = from.loadUnaligned(fromByteOffset: tail, as: T.self)
            to.storeBytes(of: first, as: T.self)
            to.storeBytes(of: last, toByteOffset: tail, as: T.self)
        }
        switch count {
        case 16...32: pair(SIMD16<UInt8>.self)
        case 8..<16: pair(UInt64.self)
        case 4..<8: pair(UInt32.self)
        case 1..<4:
            target[0] = source[0]
            target[count - 1] = source[count - 1]
            if count == 3 { target[1] = source[1] }
        default: target.update(from: source, count: count)
        }
    }

    mutating func append<S: Sequence>(contentsOf bytes: S) where S.Element == UInt8 {
        for byte in bytes { append(byte) }
    }

    @inline(__always) subscript(index: Int) -> UInt8 {
        precondition(index >= 0 && index < count, "ByteSink index out of range")
        return base[index]
    }

    /// Forgets the bytes, keeping the storage.
    mutating func removeAll() { count = 0 }

    /// Appends the UTF-8 of `scalar`.
    @inline(__always) mutating func append(_ scalar: Unicode.Scalar) {
        UTF8.encode(scalar) { append($0) }
    }

    private mutating func grow(to needed: Int) {
        let newCapacity = max(needed, capacity * 2)
        let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newBase.update(from: base, count: count)
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }

    /// Calls `body` with the bytes written so far (valid only during the call).
    func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        body(UnsafeBufferPointer(start: base, count: count))
    }

    /// The bytes as a String (invalid UTF-8 repaired, like `String(decoding:as:)`).
    func string() -> String { String(decoding: UnsafeBufferPointer(start: base, count: count), as: UTF8.self) }

    /// The bytes of `range` as a String (invalid UTF-8 repaired).
    func string(_ range: Range<Int>) -> String {
        precondition(range.lowerBound >= 0 && range.upperBound <= count, "ByteSink range out of bounds")
        return String(decoding: UnsafeBufferPointer(start: base + range.lowerBound, count: range.count), as: UTF8.self)
    }
}
