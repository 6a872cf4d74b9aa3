/// Calendar fields of a Timestamp in its own UTC offset (proleptic Gregorian, no Foundation:
/// this runs for every headline drawn and every date parsed).
public struct CivilTime: Equatable, Hashable, Sendable {
    public var year: Int
    public var month: Int  // 1...12
    public var day: Int  // 1...31
    public var hour: Int
    public var minute: Int
    public var second: Int
    /// 0 = Sunday ... 6 = Saturday.
    public var weekday: Int

    public init(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0) {
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
        self.second = second
        self.weekday = CivilTime.weekday(daysSince1970: CivilTime.daysSince1970(year: year, month: month, day: day))
    }

    /// Days from 1970-01-01 to the given date (negative before it). Howard Hinnant's algorithm.
    public static func daysSince1970(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let monthIndex = month > 2 ? month - 3 : month + 9
        let dayOfYear = (153 * monthIndex + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    static func weekday(daysSince1970 days: Int) -> Int {
        let w = (days + 4) % 7  // 1970-01-01 was a Thursday
        return w < 0 ? w + 7 : w
    }

    /// Seconds since 1970 of this wall-clock time read as UTC (subtract the offset for the instant).
    public var secondsSince1970AsUTC: Int64 {
        let days = Int64(CivilTime.daysSince1970(year: year, month: month, day: day))
        return days * 86_400 + Int64(hour * 3600 + minute * 60 + second)
    }

    public init(secondsSince1970AsUTC seconds: Int64) {
        var days = seconds / 86_400
        var rest = seconds % 86_400
        if rest < 0 { rest += 86_400; days -= 1 }
        let z = Int(days) + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        self.init(
            year: year, month: month, day: day,
            hour: Int(rest / 3600), minute: Int(rest % 3600 / 60), second: Int(rest % 60))
    }
}

extension Timestamp {
    /// The wall-clock fields in the timestamp's own offset (the time the source printed).
    public var civil: CivilTime {
        CivilTime(secondsSince1970AsUTC: secondsSince1970 + Int64(utcOffsetSeconds))
    }

    /// ISO 8601 with offset and seconds, e.g. `2024-01-22T15:32:00+01:00` (`Z` is never used:
    /// the spec's JSON always writes the offset).
    public var iso8601: String {
        let c = civil
        let offset = Int(utcOffsetSeconds)
        let sign = offset < 0 ? "-" : "+"
        let magnitude = abs(offset)
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        let year = c.year < 1000 ? String(repeating: "0", count: 4 - String(c.year).count) + "\(c.year)" : "\(c.year)"
        return "\(year)-\(two(c.month))-\(two(c.day))T\(two(c.hour)):\(two(c.minute)):\(two(c.second))"
            + "\(sign)\(two(magnitude / 3600)):\(two(magnitude % 3600 / 60))"
    }
}
