/// The date line of a page dump: `[Weekday[.],] DD.MM.YYYY, HH:MM[ Uhr]`, e.g.
/// `Montag, 22.01.2024, 15:32 Uhr` or `Do., 04.07.2024, 09:05`, read as Berlin wall-clock time.
///
/// The weekday is any run of letters (long or abbreviated, optional trailing dot) and is not
/// checked against the date: the numbers are what the page printed. Day and month may have
/// one or two digits; impossible dates (31.02.) and times (24:00) are no date line.
enum GermanDateLine {
    /// Longest plausible date line in bytes (`Donnerstag, 22.01.2024, 15:32 Uhr` is 34):
    /// lets body lines be rejected after one comparison.
    static let maximumLength = 48

    static func parse(_ text: DumpText, _ line: DumpLine) -> Timestamp? {
        guard line.end - line.start <= maximumLength, line.end - line.start >= 15 else { return nil }
        var scanner = ByteScanner(bytes: text.bytes, position: line.start, end: line.end)
        if let first = scanner.peek, !isDigit(first) {
            guard scanner.skipWeekday() else { return nil }
            _ = scanner.take(UInt8(ascii: "."))
            guard scanner.take(UInt8(ascii: ",")) else { return nil }
            scanner.skipSpaces()
        }
        guard let day = scanner.number(maxDigits: 2), scanner.take(UInt8(ascii: ".")),
            let month = scanner.number(maxDigits: 2), scanner.take(UInt8(ascii: ".")),
            let year = scanner.number(exactDigits: 4), scanner.take(UInt8(ascii: ","))
        else { return nil }
        scanner.skipSpaces()
        guard let hour = scanner.number(maxDigits: 2), scanner.take(UInt8(ascii: ":")),
            let minute = scanner.number(exactDigits: 2)
        else { return nil }
        if !scanner.atEnd {
            scanner.skipSpaces()
            guard scanner.takeLiteral("Uhr"), scanner.atEnd else { return nil }
        }
        guard (1...12).contains(month), day >= 1, day <= BerlinTime.daysIn(month: month, year: year),
            hour <= 23, minute <= 59, year >= 1
        else { return nil }
        return BerlinTime.timestamp(
            for: CivilTime(year: year, month: month, day: day, hour: hour, minute: minute))
    }

    @inline(__always)
    static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
}

/// A cursor over one line's bytes for the date-line grammar.
private struct ByteScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    var position: Int
    let end: Int

    var atEnd: Bool { position >= end }
    var peek: UInt8? { position < end ? bytes[position] : nil }

    mutating func take(_ byte: UInt8) -> Bool {
        guard position < end, bytes[position] == byte else { return false }
        position += 1
        return true
    }

    mutating func takeLiteral(_ literal: StaticString) -> Bool {
        let n = literal.utf8CodeUnitCount
        guard position + n <= end else { return false }
        for k in 0..<n where bytes[position + k] != literal.utf8Start[k] { return false }
        position += n
        return true
    }

    mutating func skipSpaces() {
        while position < end, bytes[position] == 0x20 || bytes[position] == 0x09 { position += 1 }
    }

    /// ASCII letters, or the UTF-8 bytes of non-ASCII letters (German weekday names have none,
    /// but a stray `ß`-style spelling should not break the line): at least one byte.
    mutating func skipWeekday() -> Bool {
        let start = position
        while position < end {
            let b = bytes[position]
            let isLetter = (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b >= 0xC0 || (b >= 0x80 && position > start)
            if !isLetter { break }
            position += 1
        }
        return position > start
    }

    mutating func number(maxDigits: Int) -> Int? {
        var value = 0
        var count = 0
        while position < end, count < maxDigits, GermanDateLine.isDigit(bytes[position]) {
            value = value * 10 + Int(bytes[position] - 0x30)
            position += 1
            count += 1
        }
        return count > 0 ? value : nil
    }

    mutating func number(exactDigits: Int) -> Int? {
        let start = position
        guard let value = number(maxDigits: exactDigits), position - start == exactDigits else { return nil }
        return value
    }
}
