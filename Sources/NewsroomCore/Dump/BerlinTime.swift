/// Europe/Berlin wall-clock time to an instant, with the daylight-saving rules computed by
/// hand (no tz database needed, and fast):
/// - since 1996 (EU): summer time from the last Sunday of March 01:00 UTC to the last
///   Sunday of October 01:00 UTC;
/// - 1981-1995: same start, end on the last Sunday of September 01:00 UTC;
/// - 1980: 6 April to 28 September, switching at 01:00 UTC;
/// - before 1980: no summer time (the post-war years 1945-1949 are not modelled).
///
/// Wall-clock times that don't exist or exist twice:
/// - the skipped spring hour (02:00-02:59 on the start day) is read with the offset in force
///   before the change (+01:00) and so lands one hour later in summer time: `02:30` becomes
///   `03:30+02:00` (the instant is the same; this is what java.time and ICU do);
/// - the repeated autumn hour (02:00-02:59 on the end day) is taken as its first occurrence,
///   summer time: `02:30` becomes `02:30+02:00`.
enum BerlinTime {
    static let standardOffset: Int64 = 3600
    static let summerOffset: Int64 = 7200

    static func timestamp(for local: CivilTime) -> Timestamp {
        let wall = local.secondsSince1970AsUTC
        guard let summer = summerTime(year: local.year) else {
            return Timestamp(secondsSince1970: wall - standardOffset, utcOffsetSeconds: Int32(standardOffset))
        }
        let asSummer = wall - summerOffset
        let asStandard = wall - standardOffset
        let summerValid = summer.contains(asSummer)
        let standardValid = !summer.contains(asStandard)
        if summerValid {  // also the repeated hour: its first occurrence
            return Timestamp(secondsSince1970: asSummer, utcOffsetSeconds: Int32(summerOffset))
        }
        if standardValid {
            return Timestamp(secondsSince1970: asStandard, utcOffsetSeconds: Int32(standardOffset))
        }
        // The skipped spring hour: read with the pre-change offset, shown in summer time.
        return Timestamp(secondsSince1970: asStandard, utcOffsetSeconds: Int32(summerOffset))
    }

    /// The UTC instants (seconds since 1970) when summer time is in force in `year`.
    static func summerTime(year: Int) -> Range<Int64>? {
        if year < 1980 { return nil }
        if year == 1980 {
            return utc(1980, 4, 6)..<utc(1980, 9, 28)
        }
        let start = utc(year, 3, lastSunday(month: 3, year: year))
        let endMonth = year <= 1995 ? 9 : 10
        return start..<utc(year, endMonth, lastSunday(month: endMonth, year: year))
    }

    /// 01:00 UTC on the given day.
    private static func utc(_ year: Int, _ month: Int, _ day: Int) -> Int64 {
        Int64(CivilTime.daysSince1970(year: year, month: month, day: day)) * 86_400 + 3600
    }

    static func lastSunday(month: Int, year: Int) -> Int {
        let last = daysIn(month: month, year: year)
        let weekday = CivilTime.weekday(daysSince1970: CivilTime.daysSince1970(year: year, month: month, day: last))
        return last - weekday
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2:
            let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
            return leap ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
