/// A moment in time together with the UTC offset it was written in.
///
/// Articles keep the offset of their source (a page dump's Berlin time, a feed's `+0530`)
/// so that output shows the time the newsroom printed, e.g. `2024-01-22T15:32:00+01:00`.
public struct Timestamp: Equatable, Hashable, Comparable, Sendable {
    /// Seconds since 1970-01-01T00:00:00Z.
    public var secondsSince1970: Int64
    /// Offset from UTC in seconds (+3600 for CET).
    public var utcOffsetSeconds: Int32

    public init(secondsSince1970: Int64, utcOffsetSeconds: Int32) {
        self.secondsSince1970 = secondsSince1970
        self.utcOffsetSeconds = utcOffsetSeconds
    }

    public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool {
        lhs.secondsSince1970 < rhs.secondsSince1970
    }
}
