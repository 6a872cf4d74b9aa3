/// Dates the way a German newsroom prints them, in the timestamp's own offset (the time the
/// source printed). The text printer and the screens both use it.
public enum GermanDateFormat {
    static let weekdays = ["Sonntag", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"]
    static let months = [
        "Januar", "Februar", "März", "April", "Mai", "Juni",
        "Juli", "August", "September", "Oktober", "November", "Dezember",
    ]

    /// `Montag, 22. Januar 2024, 15:32 Uhr`
    public static func long(_ timestamp: Timestamp) -> String {
        let c = timestamp.civil
        let weekday = weekdays[max(0, min(6, c.weekday))]
        let month = months[max(0, min(11, c.month - 1))]
        return "\(weekday), \(c.day). \(month) \(c.year), \(two(c.hour)):\(two(c.minute)) Uhr"
    }

    /// `22.01.24` for the headline list: a library spans years, and a list sorted by date
    /// that shows "24.03." above "31.03." reads as out of order without them.
    public static func short(_ timestamp: Timestamp) -> String {
        let c = timestamp.civil
        return "\(two(c.day)).\(two(c.month)).\(two(((c.year % 100) + 100) % 100))"
    }

    static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
