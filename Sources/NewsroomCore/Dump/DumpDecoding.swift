import Foundation

/// Turns the raw bytes of a page dump into NFC UTF-8 (spec "Input rules"): leading BOM
/// dropped, invalid UTF-8 replaced by U+FFFD, empty and binary files refused.
/// Line splitting happens later on the UTF-8 bytes.
enum DumpDecoding {
    /// Bytes sampled to decide "mostly non-text": enough to see a header, cheap for huge files.
    static let binarySampleSize = 1024

    enum Decoded {
        /// The input from `start` on (after a BOM) is valid UTF-8 that NFC leaves unchanged:
        /// parse the bytes as they are.
        case inPlace(start: Int)
        /// Repaired and/or normalized text.
        case text(String)
    }

    static func decode(_ bytes: [UInt8]) throws(InputError) -> Decoded {
        let start = hasBOM(bytes) ? 3 : 0
        if bytes.count - start <= 0 { throw .empty }
        // One pass answers NUL, validity and "could NFC change anything" for nearly every input;
        // the stdlib only validates again for text that needs normalizing or repair.
        let decoded: Decoded? = bytes.withUnsafeBufferPointer { whole in
            let content = UnsafeBufferPointer(rebasing: whole[start...])
            let scan = scanValid(content, validating: true)
            if scan.hasNUL { return nil }
            if scan.isValid && !scan.needsNormalization {
                return tooManyControls(content) ? nil : .inPlace(start: start)
            }
            if let valid = String(validating: content, as: UTF8.self) {
                return tooManyControls(content) ? nil : .text(valid.precomposedStringWithCanonicalMapping)
            }
            if looksBinary(content) { return nil }
            let repaired = String(decoding: content, as: UTF8.self)
            return .text(needsNormalization(repaired) ? repaired.precomposedStringWithCanonicalMapping : repaired)
        }
        guard let decoded else { throw .binary }
        return decoded
    }

    static func hasBOM(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
    }

    /// True when more than 30 % of the first 1 KiB are control bytes (for valid UTF-8).
    /// Counts eight bytes at a time without branches (`ASCIIWord.suspiciousControls`): real
    /// text has a line feed every few dozen bytes, so a per-byte fallback would run often.
    static func tooManyControls(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        let sample = min(bytes.count, binarySampleSize)
        var suspicious = 0
        var i = 0
        while i + 8 <= sample {
            suspicious &+= ASCIIWord.suspiciousControls(ASCIIWord.load(base, i))
            i += 8
        }
        while i < sample {
            if isSuspiciousControl(base[i]) { suspicious += 1 }
            i += 1
        }
        return suspicious * 10 > sample * 3
    }

    @inline(__always)
    static func isSuspiciousControl(_ b: UInt8) -> Bool {
        (b < 0x20 && (textControls >> UInt32(b)) & 1 == 0) || b == 0x7F
    }

    /// More than 30 % control bytes or broken UTF-8 in the first 1 KiB (NULs are checked first).
    /// ESC, tab, CR, FF and VT count as text: hostile articles carry escape sequences and must
    /// still parse (their output is sanitized), while real binaries are full of NULs and junk.
    /// Bit n set: control byte n counts as text (tab, LF, VT, FF, CR, ESC).
    private static let textControls: UInt32 = 1 << 0x09 | 1 << 0x0A | 1 << 0x0B | 1 << 0x0C | 1 << 0x0D | 1 << 0x1B

    static func looksBinary(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        let sample = min(bytes.count, binarySampleSize)
        var suspicious = 0
        var i = 0
        while i < sample {
            if i + 8 <= sample {
                let word = ASCIIWord.load(base, i)
                if word & ASCIIWord.highBits == 0 && !ASCIIWord.hasByteBelowSpace(word) && !ASCIIWord.hasDelete(word) {
                    i += 8
                    continue
                }
            }
            let b = bytes[i]
            if b < 0x80 {
                suspicious &+= isSuspiciousControl(b) ? 1 : 0
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
        text.utf8.withContiguousStorageIfAvailable { scanValid($0, validating: false).needsNormalization } ?? true
    }

    struct Scan {
        var hasNUL = false
        /// Only meaningful when `needsNormalization` is false (the scan stops deciding at the
        /// first scalar that needs it; the stdlib then validates).
        var isValid = true
        var needsNormalization = false
    }

    /// One pass: a NUL byte anywhere, whether the bytes are valid UTF-8 (when `validating`),
    /// and whether NFC could change the text (see `needsNormalization`). Every word is checked
    /// for NUL exactly; in a word with a non-ASCII byte the scan jumps straight to that byte
    /// (German text has an umlaut every few dozen bytes).
    static func scanValid(_ bytes: UnsafeBufferPointer<UInt8>, validating: Bool) -> Scan {
        guard let base = bytes.baseAddress else { return Scan() }
        let n = bytes.count
        var i = 0
        while i < n {
            if i + 8 <= n {
                let word = ASCIIWord.load(base, i)
                if ASCIIWord.zeroBytes(word) != 0 { return Scan(hasNUL: true) }
                let high = word & ASCIIWord.highBits
                if high == 0 {
                    i += 8
                    continue
                }
                i += high.trailingZeroBitCount >> 3  // the bytes before it are ASCII, not NUL
            }
            let b = base[i]
            if b == 0 { return Scan(hasNUL: true) }
            if b < 0x80 { i += 1; continue }
            // Latin letters (umlauts, ß: lead 0xC2-0xCB, below U+0300) are valid and NFC-stable
            // with one continuation byte: the common case, decided without the general check.
            if b >= 0xC2 && b < 0xCC && i + 1 < n && base[i + 1] & 0xC0 == 0x80 { i += 2; continue }
            let length = validating ? UTF8Scan.sequenceLength(bytes, at: i, limit: n) : (b < 0xC0 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4)
            if length == 0 {
                return Scan(hasNUL: memchr(base + i, 0, n - i) != nil, isValid: false)
            }
            // A scalar below U+0300 (lead byte below 0xCC) is never changed by NFC.
            if b < 0xCC { i += length; continue }
            if NFCQuickCheck.isStable(UTF8Decoding.scalar(in: bytes, at: i).value) { i += length; continue }
            // Normalization is needed; only the NUL question is left.
            return Scan(hasNUL: memchr(base + i, 0, n - i) != nil, needsNormalization: true)
        }
        return Scan()
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
