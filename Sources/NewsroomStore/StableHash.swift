/// A stable 64-bit hash for identity keys and content fingerprints: FNV-1a over the bytes,
/// then the MurmurHash3 64-bit finalizer so every output bit depends on every input bit
/// (short ids are hex prefixes, so the high bits must be well mixed). Not cryptographic:
/// it only has to be the same on every machine and every run, which Swift's `Hasher` is not.
struct StableHash {
    private var state: UInt64 = 0xcbf2_9ce4_8422_2325

    init() {}

    mutating func add(byte: UInt8) {
        state = (state ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }

    mutating func add<S: Sequence>(bytes: S) where S.Element == UInt8 {
        for byte in bytes { add(byte: byte) }
    }

    /// Adds a field so that ("ab", "c") and ("a", "bc") differ and nil differs from "".
    /// 0xFE and 0xFF never occur in UTF-8, so they are safe separators.
    mutating func add(field: String?) {
        guard let field else {
            add(byte: 0xFE)
            return
        }
        var copy = field
        copy.withUTF8 { add(bytes: $0) }
        add(byte: 0xFF)
    }

    mutating func add(number: Int64?) {
        guard let number else {
            add(byte: 0xFE)
            return
        }
        var value = UInt64(bitPattern: number)
        for _ in 0..<8 {
            add(byte: UInt8(truncatingIfNeeded: value))
            value >>= 8
        }
        add(byte: 0xFF)
    }

    var value: UInt64 {
        var h = state
        h ^= h >> 33
        h &*= 0xff51_afd7_ed55_8ccd
        h ^= h >> 33
        h &*= 0xc4ce_b9fe_1a85_ec53
        h ^= h >> 33
        return h
    }

    /// The value as 16 lower-case hex digits (the stored identity; short ids are prefixes).
    var hex: String {
        let digits: [UInt8] = Array("0123456789abcdef".utf8)
        var v = value
        var out = [UInt8](repeating: 0, count: 16)
        for index in stride(from: 15, through: 0, by: -1) {
            out[index] = digits[Int(v & 0xF)]
            v >>= 4
        }
        return String(decoding: out, as: UTF8.self)
    }
}
