/// Feed dates to `Timestamp`, keeping the offset the feed wrote.
///
/// RFC 822/2822 (`pubDate`): weekday optional, one- or two-digit day, two- or four-digit
/// year, seconds optional, zones `GMT`/`UT`/`UTC`/`Z`, the US zones (`EST` -05:00 ... `PDT`
/// -07:00), the non-standard `CET` +01:00 and `CEST` +02:00, numeric `+0530` or `+05:30`.
/// Military single-letter zones other than `Z` are read as +00:00, as RFC 2822 section
/// 4.3 asks (their sign was historically wrong), and so are a missing zone and other zone
/// names. W3CDTF / RFC 3339 (`dc:date`, Atom, JSON Feed): `YYYY[-MM[-DD[Thh:mm[:ss[.f]]TZD]]]`,
/// `T` or a space, `Z` or `z`, fractions dropped. Anything else is nil.
///
/// Two forms seen in the wild are read too (`parse` only): the month before the day with a
/// 12-hour clock (`Sat, Dec 16 2023 02:02:33 PM`; AM/PM are accepted after any RFC 822
/// time), and slashed dates `2020/1/10 14:33:00` (year first, one- or two-digit month and
/// day, the time and a zone optional; no zone is +00:00).
public enum FeedDate {
    /// Any of the forms, told apart by the first characters (some RSS feeds put ISO dates in
    /// `pubDate`, some Atom and JSON feeds RFC 822 dates in theirs).
    public static func parse(_ text: String) -> Timestamp? {
        let bytes = Array(FeedText.trimmed(text).utf8)
        guard !bytes.isEmpty else { return nil }
        var scanner = Scanner(bytes)
        if bytes.count >= 4, bytes[0..<4].allSatisfy({ $0 >= 48 && $0 <= 57 }) {
            if bytes.count > 4, bytes[4] == UInt8(ascii: "/") { return scanner.slashed() }
            return scanner.w3c()
        }
        return scanner.rfc822()
    }

    public static func parseRFC822(_ text: String) -> Timestamp? {
        var scanner = Scanner(Array(FeedText.trimmed(text).utf8))
        return scanner.rfc822()
    }

    public static func parseW3C(_ text: String) -> Timestamp? {
        var scanner = Scanner(Array(FeedText.trimmed(text).utf8))
        return scanner.w3c()
    }

    static func make(_ year: Int, _ month: Int, _ day: Int, _ hour: Int, _ minute: Int, _ second: Int, offset: Int) -> Timestamp? {
        guard (1...12).contains(month), day >= 1, day <= daysIn(month, year), (0...23).contains(hour),
              (0...59).contains(minute), (0...60).contains(second), abs(offset) < 24 * 3600
        else { return nil }
        let civil = CivilTime(year: year, month: month, day: day, hour: hour, minute: minute, second: min(second, 59))
        return Timestamp(secondsSince1970: civil.secondsSince1970AsUTC - Int64(offset), utcOffsetSeconds: Int32(offset))
    }

    static func daysIn(_ month: Int, _ year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    private struct Scanner {
        let s: [UInt8]
        var i = 0
        init(_ s: [UInt8]) { self.s = s }

        var atEnd: Bool { i >= s.count }
        var peek: UInt8 { i < s.count ? s[i] : 0 }

        mutating func skipSpaces() { while i < s.count && (s[i] == 0x20 || s[i] == 0x09) { i += 1 } }

        mutating func number(maxDigits: Int) -> (value: Int, digits: Int)? {
            var value = 0, digits = 0
            while i < s.count, digits < maxDigits, s[i] >= 48 && s[i] <= 57 {
                value = value * 10 + Int(s[i] - 48)
                digits += 1
                i += 1
            }
            return digits == 0 ? nil : (value, digits)
        }

        func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 97 && (byte | 0x20) <= 122 }

        /// The ASCII letters from here, upper-cased and packed (`Word`): weekday, month and zone
        /// names are compared without building and upper-casing a String (that was most of
        /// the cost of a date).
        mutating func word() -> Word {
            var word = Word()
            while i < s.count, (s[i] | 0x20) >= 97 && (s[i] | 0x20) <= 122 {
                word.append(s[i] & ~0x20)
                i += 1
            }
            return word
        }

        mutating func rfc822() -> Timestamp? {
            skipSpaces()
            // Optional weekday, with or without its comma; then the day, or the month first
            // (`Dec 16 2023`, `Dec 16, 2023`).
            var leadingMonth: Int?
            if isLetter(peek) {
                let first = word()
                if let month = FeedDate.month(first) {
                    leadingMonth = month
                } else {
                    skipSpaces()
                    if peek == UInt8(ascii: ",") { i += 1 }
                    skipSpaces()
                    if isLetter(peek) {
                        guard let month = FeedDate.month(word()) else { return nil }
                        leadingMonth = month
                    }
                }
                skipSpaces()
            }
            let day: (value: Int, digits: Int)
            let month: Int
            if let leadingMonth {
                guard let value = number(maxDigits: 2) else { return nil }
                month = leadingMonth
                day = value
                if peek == UInt8(ascii: ",") { i += 1 }
                skipSpaces()
            } else {
                guard let value = number(maxDigits: 2) else { return nil }
                day = value
                skipSpaces()
                if peek == UInt8(ascii: "-") { i += 1 }
                guard let name = FeedDate.month(word()) else { return nil }
                month = name
                skipSpaces()
                if peek == UInt8(ascii: "-") { i += 1 }
            }
            guard let yearField = number(maxDigits: 4) else { return nil }
            var year = yearField.value
            if yearField.digits <= 2 { year += year < 50 ? 2000 : 1900 }
            else if yearField.digits == 3 { year += 1900 }
            skipSpaces()
            guard let hour = number(maxDigits: 2), peek == UInt8(ascii: ":") else { return nil }
            i += 1
            guard let clock = minuteAndSecond(twoDigits: false) else { return nil }
            skipSpaces()
            guard let clockHour = twelveHourClock(hour.value) else { return nil }
            guard let offset = rfc822Zone() else { return nil }
            return FeedDate.make(year, month, day.value, clockHour, clock.minute, clock.second ?? 0, offset: offset)
        }

        /// The `MM[:SS]` after a clock's `HH:` (second nil when absent). `twoDigits`: W3C and
        /// slashed dates write both fields with two digits; RFC 822 dates in the wild have `9:5`.
        mutating func minuteAndSecond(twoDigits: Bool) -> (minute: Int, second: Int?)? {
            guard let minute = number(maxDigits: 2), !twoDigits || minute.digits == 2 else { return nil }
            guard peek == UInt8(ascii: ":") else { return (minute.value, nil) }
            i += 1
            guard let second = number(maxDigits: 2), !twoDigits || second.digits == 2 else { return nil }
            return (minute.value, second.value)
        }

        /// An `AM`/`PM` after the time turns a 12-hour clock's hour into 0-23; without one the
        /// hour is kept. nil for `13 PM` and the like.
        mutating func twelveHourClock(_ hour: Int) -> Int? {
            guard i + 1 < s.count, (s[i] | 0x20 == 97 || s[i] | 0x20 == 112), s[i + 1] | 0x20 == 109,
                  i + 2 == s.count || !((s[i + 2] | 0x20) >= 97 && (s[i + 2] | 0x20) <= 122)
            else { return hour }
            let afternoon = s[i] | 0x20 == 112
            i += 2
            skipSpaces()
            guard (1...12).contains(hour) else { return nil }
            return afternoon ? (hour == 12 ? 12 : hour + 12) : (hour == 12 ? 0 : hour)
        }

        /// `2020/1/10`, `2020/01/10 14:33`, `2020/1/10 14:33:00 +0100`.
        mutating func slashed() -> Timestamp? {
            guard let year = number(maxDigits: 4), year.digits == 4, peek == UInt8(ascii: "/") else { return nil }
            i += 1
            guard let month = number(maxDigits: 2), peek == UInt8(ascii: "/") else { return nil }
            i += 1
            guard let day = number(maxDigits: 2) else { return nil }
            var hour = 0, minute = 0, second = 0
            skipSpaces()
            if let h = number(maxDigits: 2) {
                guard peek == UInt8(ascii: ":") else { return nil }
                i += 1
                guard let clock = minuteAndSecond(twoDigits: true) else { return nil }
                (hour, minute, second) = (h.value, clock.minute, clock.second ?? 0)
                skipSpaces()
                guard let clockHour = twelveHourClock(hour) else { return nil }
                hour = clockHour
            }
            guard let offset = rfc822Zone() else { return nil }
            skipSpaces()
            guard atEnd else { return nil }
            return FeedDate.make(year.value, month.value, day.value, hour, minute, second, offset: offset)
        }

        mutating func rfc822Zone() -> Int? {
            if atEnd { return 0 }
            if peek == UInt8(ascii: "+") || peek == UInt8(ascii: "-") { return numericOffset() }
            let name = word()
            if name.isEmpty { return nil }
            if let zone = FeedDate.zones.first(where: { $0.name == name }) { return zone.offset }
            // `GMT+0100` style: a name then a numeric offset.
            if peek == UInt8(ascii: "+") || peek == UInt8(ascii: "-") { return numericOffset() }
            return 0
        }

        /// `+hhmm`, `+hh:mm` or `+hh`.
        mutating func numericOffset() -> Int? {
            let negative = peek == UInt8(ascii: "-")
            i += 1
            guard let hours = number(maxDigits: 2), hours.digits == 2 else { return nil }
            var minutes = 0
            if peek == UInt8(ascii: ":") { i += 1 }
            if let value = number(maxDigits: 2) {
                guard value.digits == 2, value.value < 60 else { return nil }
                minutes = value.value
            }
            let seconds = hours.value * 3600 + minutes * 60
            return negative ? -seconds : seconds
        }

        mutating func w3c() -> Timestamp? {
            guard let year = number(maxDigits: 4), year.digits == 4 else { return nil }
            var month = 1, day = 1, hour = 0, minute = 0, second = 0
            if peek == UInt8(ascii: "-") {
                i += 1
                guard let value = number(maxDigits: 2), value.digits == 2 else { return nil }
                month = value.value
                if peek == UInt8(ascii: "-") {
                    i += 1
                    guard let value = number(maxDigits: 2), value.digits == 2 else { return nil }
                    day = value.value
                }
            }
            if peek == UInt8(ascii: "T") || peek == UInt8(ascii: "t") || peek == UInt8(ascii: " ") {
                i += 1
                guard let h = number(maxDigits: 2), h.digits == 2, peek == UInt8(ascii: ":") else { return nil }
                i += 1
                guard let clock = minuteAndSecond(twoDigits: true) else { return nil }
                (hour, minute, second) = (h.value, clock.minute, clock.second ?? 0)
                // Fractions of a second (`14:33:00.123`), ignored; only after seconds.
                if clock.second != nil, peek == UInt8(ascii: ".") || peek == UInt8(ascii: ",") {
                    i += 1
                    while i < s.count, s[i] >= 48 && s[i] <= 57 { i += 1 }
                }
            }
            skipSpaces()
            var offset = 0
            if peek == UInt8(ascii: "Z") || peek == UInt8(ascii: "z") {
                i += 1
            } else if peek == UInt8(ascii: "+") || peek == UInt8(ascii: "-") {
                guard let value = numericOffset() else { return nil }
                offset = value
            }
            skipSpaces()
            guard atEnd else { return nil }
            return FeedDate.make(year.value, month, day, hour, minute, second, offset: offset)
        }
    }

    /// The month a name starts with (`Dec`, `DECEMBER`, `Sept`), from its first three letters.
    static func month(_ word: Word) -> Int? {
        guard word.count >= 3 else { return nil }
        let prefix = word.prefix3
        return months.firstIndex(of: prefix).map { $0 + 1 }
    }

    static let months: [Word] = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
        .map(Word.init(letters:))

    /// Zone names RFC 822 knows, and the common CET/CEST; other names read as +00:00.
    static let zones: [(name: Word, offset: Int)] = [
        ("GMT", 0), ("UT", 0), ("UTC", 0), ("Z", 0),
        ("EST", -5), ("EDT", -4), ("CST", -6), ("CDT", -5),
        ("MST", -7), ("MDT", -6), ("PST", -8), ("PDT", -7),
        ("CET", 1), ("CEST", 2),
    ].map { (Word(letters: $0.0), $0.1 * 3600) }

    /// Up to eight upper-case ASCII letters packed into an integer, first letter lowest;
    /// longer words keep their first eight and their length, so they equal no shorter name.
    struct Word: Equatable {
        private(set) var code: UInt64 = 0
        private(set) var count = 0

        init() {}

        init(letters: String) {
            for byte in letters.utf8 { append(byte) }
        }

        mutating func append(_ letter: UInt8) {
            if count < 8 { code |= UInt64(letter) << (8 * UInt64(count)) }
            count += 1
        }

        var isEmpty: Bool { count == 0 }

        /// The first three letters as a word of their own.
        var prefix3: Word {
            var word = Word()
            word.code = code & 0xFF_FFFF
            word.count = min(count, 3)
            return word
        }
    }
}
