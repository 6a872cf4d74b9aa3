import Testing
@testable import NewsroomCore

@Test func roundTripsKnownDates() {
    // 2024-01-22 15:32 at +01:00 is 14:32 UTC = 1705933920.
    let stamp = Timestamp(secondsSince1970: 1_705_933_920, utcOffsetSeconds: 3600)
    #expect(stamp.iso8601 == "2024-01-22T15:32:00+01:00")
    #expect(stamp.civil.weekday == 1)  // a Monday
    let leap = CivilTime(year: 2024, month: 2, day: 29, hour: 23, minute: 59, second: 59)
    #expect(CivilTime(secondsSince1970AsUTC: leap.secondsSince1970AsUTC) == leap)
    #expect(CivilTime(year: 1970, month: 1, day: 1).secondsSince1970AsUTC == 0)
    #expect(Timestamp(secondsSince1970: -1, utcOffsetSeconds: -19_800).iso8601 == "1969-12-31T18:29:59-05:30")
}
