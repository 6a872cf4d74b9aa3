import Testing
@testable import NewsroomCore

/// The date line and Europe/Berlin summer time (spec "date line").
@Suite struct DumpDateTests {
    func published(_ line: String) throws -> String? {
        var fixture = DumpFixture()
        fixture.date = line
        return try fixture.parse().published?.iso8601
    }

    @Test(arguments: [
        ("Montag, 22.01.2024, 15:32 Uhr", "2024-01-22T15:32:00+01:00"),  // winter
        ("Donnerstag, 04.07.2024, 09:05 Uhr", "2024-07-04T09:05:00+02:00"),  // summer
        ("Do., 04.07.2024, 09:05 Uhr", "2024-07-04T09:05:00+02:00"),  // abbreviated weekday
        ("04.07.2024, 09:05 Uhr", "2024-07-04T09:05:00+02:00"),  // no weekday
        ("Donnerstag, 04.07.2024, 09:05", "2024-07-04T09:05:00+02:00"),  // no Uhr
        ("Mi, 4.7.2024, 9:05", "2024-07-04T09:05:00+02:00"),  // short forms
        ("Dienstag, 31.12.2024, 23:59 Uhr", "2024-12-31T23:59:00+01:00"),
        ("Donnerstag, 29.02.2024, 00:00 Uhr", "2024-02-29T00:00:00+01:00"),
    ])
    func dateLineForms(line: String, iso: String) throws {
        #expect(try published(line) == iso)
    }

    @Test(arguments: [
        "Montag, 31.02.2024, 15:32 Uhr", "Montag, 22.13.2024, 15:32 Uhr", "Montag, 22.01.2024, 24:00 Uhr",
        "Montag, 22.01.2024, 15:60 Uhr", "Montag 22.01.2024 15:32", "22.01.24, 15:32", "Montag, 22.01.2024, 15:32 Uhrzeit",
        "Donnerstag, 29.02.2023, 12:00 Uhr",
    ])
    func malformedDateLinesGiveNoDate(line: String) throws {
        #expect(try published(line) == nil)
    }

    /// Both sides of each change, in the three rule periods and 1980.
    @Test(arguments: [
        // Spring 2024: last Sunday of March is 31.03., 02:00 -> 03:00.
        ("Samstag, 30.03.2024, 12:00 Uhr", "2024-03-30T12:00:00+01:00"),
        ("Sonntag, 31.03.2024, 01:59 Uhr", "2024-03-31T01:59:00+01:00"),
        ("Sonntag, 31.03.2024, 03:00 Uhr", "2024-03-31T03:00:00+02:00"),
        // Autumn 2024: last Sunday of October is 27.10., 03:00 -> 02:00.
        ("Sonntag, 27.10.2024, 01:59 Uhr", "2024-10-27T01:59:00+02:00"),
        ("Sonntag, 27.10.2024, 03:00 Uhr", "2024-10-27T03:00:00+01:00"),
        ("Montag, 28.10.2024, 12:00 Uhr", "2024-10-28T12:00:00+01:00"),
        // 1981-1995 ended on the last Sunday of September: 24.09.1995.
        ("Samstag, 23.09.1995, 12:00 Uhr", "1995-09-23T12:00:00+02:00"),
        ("Montag, 25.09.1995, 12:00 Uhr", "1995-09-25T12:00:00+01:00"),
        ("Samstag, 21.10.1995, 12:00 Uhr", "1995-10-21T12:00:00+01:00"),
        // 1996 is the first year ending in October (27.10.1996).
        ("Samstag, 05.10.1996, 12:00 Uhr", "1996-10-05T12:00:00+02:00"),
        ("Montag, 28.10.1996, 12:00 Uhr", "1996-10-28T12:00:00+01:00"),
        // 1980: 6 April to 28 September.
        ("Samstag, 05.04.1980, 12:00 Uhr", "1980-04-05T12:00:00+01:00"),
        ("Sonntag, 06.04.1980, 12:00 Uhr", "1980-04-06T12:00:00+02:00"),
        ("Samstag, 27.09.1980, 12:00 Uhr", "1980-09-27T12:00:00+02:00"),
        ("Montag, 29.09.1980, 12:00 Uhr", "1980-09-29T12:00:00+01:00"),
        // Before 1980: no summer time.
        ("Freitag, 04.07.1975, 12:00 Uhr", "1975-07-04T12:00:00+01:00"),
    ])
    func daylightSavingChanges(line: String, iso: String) throws {
        #expect(try published(line) == iso)
    }

    @Test func skippedSpringHourMovesForward() throws {
        // 02:30 does not exist on 31.03.2024: read with +01:00, it is 03:30 summer time.
        let iso = try published("Sonntag, 31.03.2024, 02:30 Uhr")
        #expect(iso == "2024-03-31T03:30:00+02:00")
    }

    @Test func repeatedAutumnHourIsItsFirstOccurrence() throws {
        let stamp = try #require(try {
            var fixture = DumpFixture()
            fixture.date = "Sonntag, 27.10.2024, 02:30 Uhr"
            return try fixture.parse().published
        }())
        #expect(stamp.iso8601 == "2024-10-27T02:30:00+02:00")
        #expect(stamp.secondsSince1970 == CivilTime(year: 2024, month: 10, day: 27, hour: 0, minute: 30).secondsSince1970AsUTC)
    }

    @Test func lastSundays() {
        #expect(BerlinTime.lastSunday(month: 3, year: 2024) == 31)
        #expect(BerlinTime.lastSunday(month: 10, year: 2024) == 27)
        #expect(BerlinTime.lastSunday(month: 3, year: 2025) == 30)
        #expect(BerlinTime.lastSunday(month: 9, year: 1995) == 24)
    }

    @Test func longDateKeepsTheSourceOffset() throws {
        var fixture = DumpFixture()
        fixture.date = "Do., 04.07.2024, 09:05"
        let stamp = try #require(try fixture.parse().published)
        #expect(DateText.long(stamp) == "Thursday 4 July 2024, 09:05 (UTC+02:00)")
        let winter = try #require(try DumpFixture().parse().published)
        #expect(DateText.long(winter) == "Monday 22 January 2024, 15:32 (UTC+01:00)")
    }

    @Test func dateLineBeforeCopyrightIsFoundToo() throws {
        var fixture = DumpFixture()
        fixture.copyright = nil
        fixture.related = nil
        var text = fixture.text
        text += "© 2025 Testblatt Verlag\n"
        let article = try DumpParser.parse(Array(text.utf8))
        #expect(article.published?.iso8601 == "2024-01-22T15:32:00+01:00")
        #expect(article.copyright == "© 2025 Testblatt Verlag")
    }
}
