/// The editor contact block: one editor per group of lines, groups split by blank lines.
///
/// In a group: line 1 is the name, line 2 the role unless it is already a phone, fax or
/// e-mail line; then a phone line (`+49 (0) ...`, at least 6 digits) is `phone`, `Fax: ...`
/// is `fax`, an address `x@y.z` is `email`, and every other line is a channel label (the
/// page copy lost the links behind `eMail`, `facebook`, ...), in order. A second phone,
/// fax or address line is kept as a channel rather than dropped.
enum DumpContacts {
    static func read(_ text: DumpText, _ lines: ArraySlice<DumpLine>) -> [Contact] {
        var contacts: [Contact] = []
        var groupStart = lines.startIndex
        var i = lines.startIndex
        while i <= lines.endIndex {
            if i == lines.endIndex || lines[i].isEmpty {
                if i > groupStart { contacts.append(contact(text, lines[groupStart..<i])) }
                groupStart = i + 1
            }
            i += 1
        }
        return contacts
    }

    private static func contact(_ text: DumpText, _ group: ArraySlice<DumpLine>) -> Contact {
        var contact = Contact(name: text.string(group[group.startIndex]))
        for (offset, line) in group.dropFirst().enumerated() {
            switch kind(text, line) {
            case .phone where contact.phone == nil:
                contact.phone = text.string(line)
            case .fax(let valueStart) where contact.fax == nil:
                contact.fax = text.trimmedString(valueStart, line.end)
            case .email where contact.email == nil:
                contact.email = text.string(line)
            case .other where offset == 0:
                contact.role = text.string(line)
            default:
                contact.channels.append(text.string(line))
            }
        }
        return contact
    }

    enum LineKind: Equatable {
        case phone
        /// Byte offset where the fax number starts (after `Fax:`).
        case fax(valueStart: Int)
        case email
        case other
    }

    static func kind(_ text: DumpText, _ line: DumpLine) -> LineKind {
        if text.hasPrefix(line, "Fax:") { return .fax(valueStart: line.start + 4) }
        if isPhone(text, line) { return .phone }
        if isEmail(text, line) { return .email }
        return .other
    }

    /// Digits, spaces and `+()-/.` only, starting with `+`, `(` or a digit, at least 6 digits.
    static func isPhone(_ text: DumpText, _ line: DumpLine) -> Bool {
        guard line.start < line.end else { return false }
        let first = text.bytes[line.start]
        guard first == UInt8(ascii: "+") || first == UInt8(ascii: "(") || (first >= 0x30 && first <= 0x39) else {
            return false
        }
        var digits = 0
        for i in line.start..<line.end {
            let b = text.bytes[i]
            if b >= 0x30 && b <= 0x39 {
                digits += 1
            } else if !(b == 0x20 || b == 0x09 || b == UInt8(ascii: "+") || b == UInt8(ascii: "(")
                || b == UInt8(ascii: ")") || b == UInt8(ascii: "-") || b == UInt8(ascii: "/")
                || b == UInt8(ascii: "."))
            {
                return false
            }
        }
        return digits >= 6
    }

    /// One token `local@domain.tld`: no spaces, one `@` with text before it, and a dot in
    /// the domain with text on both sides.
    static func isEmail(_ text: DumpText, _ line: DumpLine) -> Bool {
        var at: Int?
        for i in line.start..<line.end {
            let b = text.bytes[i]
            if b <= 0x20 || b == 0x7F { return false }
            if b == UInt8(ascii: "@") {
                if at != nil { return false }
                at = i
            }
        }
        guard let at, at > line.start else { return false }
        var i = at + 2  // a dot right after `@` does not count
        while i < line.end - 1 {
            if text.bytes[i] == UInt8(ascii: ".") { return true }
            i += 1
        }
        return false
    }
}
