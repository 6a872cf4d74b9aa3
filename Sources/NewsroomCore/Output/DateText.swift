/// Dates as the reader and the text printer show them, in the timestamp's own offset (the
/// time the source printed, with that offset named: a Berlin article read in Lisbon).
public enum DateText {
    static let weekdays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
    static let months = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]

    /// `Monday 22 January 2024, 15:32 (UTC+01:00)`
    public static func long(_ timestamp: Timestamp) -> String {
        let c = timestamp.civil
        let weekday = weekdays[max(0, min(6, c.weekday))]
        let month = months[max(0, min(11, c.month - 1))]
        return "\(weekday) \(c.day) \(month) \(c.year), \(two(c.hour)):\(two(c.minute)) (\(offset(timestamp.utcOffsetSeconds)))"
    }

    /// `22.01.24`: the headline list's standard date (`DateFormat.standard`).
    public static func short(_ timestamp: Timestamp) -> String {
        DateFormat.standard.format(timestamp)
    }

    /// `UTC`, `UTC+01:00`, `UTC-05:30`.
    static func offset(_ seconds: Int32) -> String {
        guard seconds != 0 else { return "UTC" }
        let minutes = abs(Int(seconds)) / 60
        return "UTC" + (seconds < 0 ? "-" : "+") + two(minutes / 60) + ":" + two(minutes % 60)
    }

    static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
