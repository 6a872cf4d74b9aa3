/// A fast 64-bit fingerprint of a fetched body, so a server without validators that sends
/// the same bytes again costs no parse. Eight bytes per step (a feed can be megabytes and a
/// reload reads a hundred of them); not cryptographic: a collision only means one reload
/// skips a changed feed, and the next change fixes it.
enum BodyHash {
    static func of(_ bytes: [UInt8]) -> Int64 {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
        bytes.withUnsafeBytes { raw in
            let words = raw.count / 8
            for index in 0..<words {
                let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index * 8, as: UInt64.self))
                state = (state ^ word) &* 0xFF51_AFD7_ED55_8CCD
                state ^= state >> 29
            }
            for offset in (words * 8)..<raw.count {
                state = (state ^ UInt64(raw[offset])) &* 0xC4CE_B9FE_1A85_EC53
            }
        }
        state ^= state >> 33
        return Int64(bitPattern: state)
    }
}
