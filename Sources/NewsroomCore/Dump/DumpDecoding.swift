import Foundation

/// Turns the raw bytes of a page dump into one NFC string (spec "Input rules"):
/// leading BOM dropped, invalid UTF-8 replaced by U+FFFD, empty and binary files refused.
/// Line splitting happens later on this string's UTF-8 bytes.
enum DumpDecoding {
    /// Bytes sampled to decide "mostly non-text": enough to see a header, cheap for huge files.
    static let binarySampleSize = 4096

    static func text(from bytes: [UInt8]) throws(InputError) -> String {
        let start = hasBOM(bytes) ? 3 : 0
        if bytes.count - start <= 0 { throw .empty }
        let isBinary = bytes.withUnsafeBufferPointer { looksBinary(UnsafeBufferPointer(rebasing: $0[start...])) }
        if isBinary { throw .binary }
        let decoded = bytes.withUnsafeBufferPointer {
            String(decoding: UnsafeBufferPointer(rebasing: $0[start...]), as: UTF8.self)
        }
        return needsNormalization(decoded) ? decoded.precomposedStringWithCanonicalMapping : decoded
    }

    static func hasBOM(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
    }

    /// A NUL byte anywhere, or more than 30 % control bytes / broken UTF-8 in the first 4 KiB.
    /// ESC, tab, CR, FF and VT count as text: hostile articles carry escape sequences and must
    /// still parse (their output is sanitized), while real binaries are full of NULs and junk.
    static func looksBinary(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        if memchr(base, 0, bytes.count) != nil { return true }
        let sample = min(bytes.count, binarySampleSize)
        var suspicious = 0
        var i = 0
        while i < sample {
            let b = bytes[i]
            if b < 0x80 {
                if (b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0B && b != 0x0C && b != 0x1B)
                    || b == 0x7F
                {
                    suspicious += 1
                }
                i += 1
                continue
            }
            let length = UTF8Scan.sequenceLength(bytes, at: i, limit: sample)
            if length == 0 {
                suspicious += 1
                i += 1
            } else {
                i += length
            }
        }
        return suspicious * 10 > sample * 3
    }

    /// NFC is only needed when a scalar might change under normalization. Below U+0300 nothing
    /// does; the punctuation, quote and currency blocks German text uses (`„“–€•…`, U+2010-2027,
    /// U+2030-205E, U+20A0-20BF) and U+FFFD don't either. Anything else (combining marks,
    /// Hangul, compatibility singletons such as U+2126) takes the slow path through Foundation.
    /// Decided on the UTF-8 bytes: a byte below 0xCC is ASCII, a continuation byte or the lead
    /// of a scalar below U+0300.
    static func needsNormalization(_ text: String) -> Bool {
        let answer = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            var i = 0
            let n = bytes.count
            while i < n {
                let b = bytes[i]
                if b < 0xCC { i += 1; continue }
                if b == 0xE2 && i + 2 < n {
                    let second = bytes[i + 1]
                    let third = bytes[i + 2]
                    let safe = (second == 0x80 && ((third >= 0x90 && third <= 0xA7) || third >= 0xB0))
                        || (second == 0x81 && third <= 0x9E)
                        || (second == 0x82 && third >= 0xA0)
                    if safe { i += 3; continue }
                }
                if b == 0xEF && i + 2 < n && bytes[i + 1] == 0xBF && bytes[i + 2] == 0xBD { i += 3; continue }
                return true
            }
            return false
        }
        return answer ?? true
    }
}

/// Byte-level UTF-8 helpers shared by the decoder and the line scanner.
enum UTF8Scan {
    /// Length of the well-formed UTF-8 sequence starting at `i` (lead byte >= 0x80), or 0.
    static func sequenceLength(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, limit: Int) -> Int {
        let lead = bytes[i]
        let length: Int
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; high = 0x9F
        case 0xF0: length = 4; low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; high = 0x8F
        default: return 0
        }
        if i + length > limit { return 0 }
        let second = bytes[i + 1]
        if second < low || second > high { return 0 }
        var k = 2
        while k < length {
            if bytes[i + k] & 0xC0 != 0x80 { return 0 }
            k += 1
        }
        return length
    }
}
