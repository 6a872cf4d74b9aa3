/// Dates the way a German newsroom prints them: `Montag, 22. Januar 2024, 15:32 Uhr`,
/// in the timestamp's own offset (the time the source printed).
public enum GermanDateFormat {
    static let weekdays = ["Sonntag", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"]
    static let months = [
        "Januar", "Februar", "März", "April", "Mai", "Juni",
        "Juli", "August", "September", "Oktober", "November", "Dezember",
    ]

    public static func long(_ timestamp: Timestamp) -> String {
        let c = timestamp.civil
        let minute = c.minute < 10 ? "0\(c.minute)" : "\(c.minute)"
        let hour = c.hour < 10 ? "0\(c.hour)" : "\(c.hour)"
        return "\(weekdays[c.weekday]), \(c.day). \(months[c.month - 1]) \(c.year), \(hour):\(minute) Uhr"
    }
}
