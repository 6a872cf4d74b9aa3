/// The lines of an editor box that give a phone number, a fax number or an e-mail address,
/// read byte by byte over the line's UTF-8 (the contact search asks this of every small block
/// after the article text, so it must be cheap).
///
/// - phone: an optional label (`Tel`, `Tel.`, `Telefon`, `Phone`, `Fon`, `Mobil`, `Mobile`,
///   `Handy`, any case), an optional `:` or `.`, then the number: an optional `+`, a digit or
///   `(`, then at least six characters of digits, spaces, `/ ( ) - – .`, the last a digit.
///   The whole line must be that.
/// - fax: the same with the label `Fax` or `Telefax` (not optional).
/// - e-mail: the first `local@domain.tld` in the line (letters, digits and `._%+-` before
///   the `@`, letters, digits, `.` and `-` after it, a top-level domain of two letters or more).
enum HTMLContactLines {
    private static let phoneLabels = ["telefon", "tel", "phone", "fon", "mobile", "mobil", "handy"]
    private static let faxLabels = ["telefax", "fax"]

    /// The number of a phone line, without its label; nil when the line is not one.
    static func phone(_ line: String) -> String? { number(line, labels: phoneLabels, labelRequired: false) }

    /// The number of a fax line, without its label.
    static func fax(_ line: String) -> String? { number(line, labels: faxLabels, labelRequired: true) }

    private static func number(_ line: String, labels: [String], labelRequired: Bool) -> String? {
        let bytes = Array(line.utf8)
        var starts: [Int] = labelRequired ? [] : [0]
        for label in labels where hasPrefixIgnoringCase(bytes, label) {
            starts.append(label.utf8.count)
            if bytes.count > label.utf8.count, bytes[label.utf8.count] == UInt8(ascii: ".") { starts.append(label.utf8.count + 1) }
        }
        for start in starts {
            var i = start
            while i < bytes.count, isSpace(bytes[i]) { i += 1 }
            if i < bytes.count, bytes[i] == UInt8(ascii: ":") || bytes[i] == UInt8(ascii: ".") { i += 1 }
            while i < bytes.count, isSpace(bytes[i]) { i += 1 }
            if isNumber(bytes, from: i) { return String(decoding: bytes[i...], as: UTF8.self) }
        }
        return nil
    }

    /// `\+?[\d(][\d\s/()\-–.]{5,}\d` over `bytes[from...]`, to the end.
    private static func isNumber(_ bytes: [UInt8], from start: Int) -> Bool {
        var i = start
        if i < bytes.count, bytes[i] == UInt8(ascii: "+") { i += 1 }
        guard i < bytes.count, isDigit(bytes[i]) || bytes[i] == UInt8(ascii: "(") else { return false }
        i += 1
        var count = 0
        while i < bytes.count {
            let b = bytes[i]
            if isDigit(b) || isSpace(b) || b == UInt8(ascii: "/") || b == UInt8(ascii: "(") || b == UInt8(ascii: ")")
                || b == UInt8(ascii: "-") || b == UInt8(ascii: ".") {
                i += 1
            } else if b == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0x93 {
                i += 3  // – (en dash)
            } else {
                return false
            }
            count += 1
        }
        return count >= 6 && isDigit(bytes[bytes.count - 1])
    }

    /// The first e-mail address in the line.
    static func email(_ line: String) -> String? {
        let bytes = Array(line.utf8)
        for at in bytes.indices where bytes[at] == UInt8(ascii: "@") {
            var start = at
            while start > 0, isLocal(bytes[start - 1]) { start -= 1 }
            guard start < at else { continue }
            var end = at + 1
            while end < bytes.count, isAlnum(bytes[end]) || bytes[end] == UInt8(ascii: ".") || bytes[end] == UInt8(ascii: "-") { end += 1 }
            // The rightmost `.` followed by two letters or more, with the domain name before it.
            var dot = end - 1
            while dot > at + 1 {
                if bytes[dot] == UInt8(ascii: "."), dot + 2 < end, isLetter(bytes[dot + 1]), isLetter(bytes[dot + 2]) {
                    var tail = dot + 1
                    while tail < end, isLetter(bytes[tail]) { tail += 1 }
                    return String(decoding: bytes[start..<tail], as: UTF8.self)
                }
                dot -= 1
            }
        }
        return nil
    }

    private static func hasPrefixIgnoringCase(_ bytes: [UInt8], _ lowercase: String) -> Bool {
        let label = Array(lowercase.utf8)
        guard bytes.count >= label.count else { return false }
        for (k, b) in label.enumerated() where bytes[k] | 0x20 != b { return false }
        return true
    }

    @inline(__always) private static func isDigit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }
    @inline(__always) private static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 97 && (b | 0x20) <= 122 }
    @inline(__always) private static func isAlnum(_ b: UInt8) -> Bool { isDigit(b) || isLetter(b) }
    @inline(__always) private static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C }
    @inline(__always) private static func isLocal(_ b: UInt8) -> Bool {
        isAlnum(b) || b == UInt8(ascii: ".") || b == UInt8(ascii: "_") || b == UInt8(ascii: "%") || b == UInt8(ascii: "+") || b == UInt8(ascii: "-")
    }
}
