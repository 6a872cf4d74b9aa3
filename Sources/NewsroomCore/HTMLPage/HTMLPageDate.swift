/// Dates as news pages write them: ISO 8601 in metadata and `datetime` attributes (offset
/// `Z`, `+01:00`, `+0100`, or none; fractional seconds allowed), and the visible date lines
/// "Montag, 15.01.2024, 10:47 Uhr" and "27 February 2024, 09:00 CET". A time without an
/// offset is Europe/Berlin wall-clock time.
enum HTMLPageDate {
    nonisolated(unsafe) private static let isoPattern =
        /^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?\s*(Z|z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?\s*$/
    nonisolated(unsafe) private static let germanPattern =
        /(?:^|[^\d.])(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})(?:\s*(?:[,|–-]|um)?\s*(\d{1,2})[:.](\d{2})(?:\s*Uhr)?)?/
    nonisolated(unsafe) private static let englishPattern =
        /(?i)(?:(\d{1,2})(?:st|nd|rd|th)?\.?\s+([a-z]{3,9})\.?,?\s+(\d{4})|([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4}))(?:,?\s*(?:at\s+)?(\d{1,2})[:.](\d{2})\s*(am|pm|a\.m\.|p\.m\.)?\s*(cet|cest|utc|gmt|bst|est|edt|pst|pdt|cst|cdt|mez|mesz)?)?/

    static func iso(_ text: String) -> Timestamp? {
        guard text.utf8.count < 64, let match = text.wholeMatch(of: isoPattern) else { return nil }
        let year = Int(match.1)!, month = Int(match.2)!, day = Int(match.3)!
        let hour = match.4.flatMap { Int($0) } ?? 0, minute = match.5.flatMap { Int($0) } ?? 0
        let second = match.6.flatMap { Int($0) } ?? 0
        guard let zone = match.7 else { return berlin(year, month, day, hour, minute, second) }
        return FeedDate.make(year, month, day, hour, minute, second, offset: offset(String(zone)) ?? 0)
    }

    /// A date written in text (a date line, a byline): the German or English form.
    static func visible(_ text: String) -> Timestamp? {
        guard text.utf8.count < 200, hasYear(text) else { return nil }
        if let match = text.firstMatch(of: germanPattern) {
            let day = Int(match.1)!, month = Int(match.2)!, year = Int(match.3)!
            return berlin(year, month, day, match.4.flatMap { Int($0) } ?? 0, match.5.flatMap { Int($0) } ?? 0, 0)
        }
        if let match = text.firstMatch(of: englishPattern) {
            let monthWord = String(match.2 ?? match.4 ?? "")
            guard let month = monthNumber(monthWord),
                  let day = Int(match.1 ?? match.5 ?? ""), let year = Int(match.3 ?? match.6 ?? "") else { return nil }
            var hour = match.7.flatMap { Int($0) } ?? 0
            let minute = match.8.flatMap { Int($0) } ?? 0
            if let half = match.9?.lowercased() {
                if half.hasPrefix("p") && hour < 12 { hour += 12 }
                if half.hasPrefix("a") && hour == 12 { hour = 0 }
            }
            if let zone = match.10.map({ String($0).uppercased() }), let offset = namedOffsets[zone] {
                return FeedDate.make(year, month, day, hour, minute, 0, offset: offset)
            }
            return berlin(year, month, day, hour, minute, 0)
        }
        return nil
    }

    /// Both date forms hold a four-digit year: a text without four digits in a row is no date,
    /// and most blocks are ruled out by this scan before a pattern runs.
    private static func hasYear(_ text: String) -> Bool {
        var run = 0
        for b in text.utf8 {
            if b >= 48 && b <= 57 { run += 1; if run == 4 { return true } } else { run = 0 }
        }
        return false
    }

    static let namedOffsets: [String: Int] = [
        "CET": 3600, "MEZ": 3600, "CEST": 7200, "MESZ": 7200, "UTC": 0, "GMT": 0, "BST": 3600,
        "EST": -18000, "EDT": -14400, "CST": -21600, "CDT": -18000, "PST": -28800, "PDT": -25200,
    ]

    static func monthNumber(_ word: String) -> Int? {
        let names = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        let lower = word.lowercased()
        guard lower.count >= 3 else { return nil }
        let german = ["januar": 1, "jänner": 1, "februar": 2, "märz": 3, "mai": 5, "juni": 6, "juli": 7, "oktober": 10, "dezember": 12]
        if let month = german[lower] { return month }
        guard let index = names.firstIndex(of: String(lower.prefix(3))) else { return nil }
        let full = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
        guard full[index].hasPrefix(lower) || lower == "sept" else { return nil }
        return index + 1
    }

    private static func offset(_ zone: String) -> Int? {
        if zone == "Z" || zone == "z" || zone == "UTC" || zone == "GMT" { return 0 }
        let sign = zone.hasPrefix("-") ? -1 : 1
        let digits = zone.filter(\.isNumber)
        guard digits.count == 2 || digits.count == 4 else { return nil }
        let hours = Int(digits.prefix(2))!, minutes = digits.count == 4 ? Int(digits.suffix(2))! : 0
        return sign * (hours * 3600 + minutes * 60)
    }

    private static func berlin(_ year: Int, _ month: Int, _ day: Int, _ hour: Int, _ minute: Int, _ second: Int) -> Timestamp? {
        guard (1...12).contains(month), day >= 1, day <= BerlinTime.daysIn(month: month, year: year), hour <= 23,
              minute <= 59, second <= 60, year >= 1900, year < 2200 else { return nil }
        return BerlinTime.timestamp(for: CivilTime(year: year, month: month, day: day, hour: hour, minute: minute, second: min(second, 59)))
    }
}
