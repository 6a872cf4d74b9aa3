import Testing
@testable import NewsroomCore

@Suite struct FeedDateTests {
    @Test func rfc822ZoneForms() throws {
        let dates = try parsedFeed("rss-dates.xml").articles.map { $0.published?.iso8601 }
        #expect(dates == [
            "2024-03-03T08:05:00+00:00",  // weekday, 1-digit day, no seconds, GMT
            "2024-03-03T08:05:09+00:00",  // no weekday, UT
            "2024-03-03T08:05:09-05:00",  // EST
            "2024-03-03T08:05:09-07:00",  // PDT
            "2024-03-03T08:05:09+05:30",
            "2024-03-03T08:05:09+01:00",  // CET
            "2024-07-03T08:05:09+02:00",  // CEST (a wrong weekday is ignored)
            "2024-03-03T08:05:09+00:00",  // Z
            "2024-03-03T08:05:09-03:30",
            "2024-03-03T08:05:09-05:00",  // two-digit year, CDT
            nil,  // empty
            nil,  // 31 February
            "2024-03-03T08:05:09+00:00",  // military zone: RFC 2822 says read as +00:00
            "2024-03-03T08:05:09+01:00",  // an ISO date in pubDate
        ])
    }

    @Test func instantsHonourTheOffset() {
        // 2024-03-03T08:05:09-05:00 is 13:05:09Z: 19785 days * 86400 + 47109 s.
        #expect(FeedDate.parseRFC822("Sun, 03 Mar 2024 08:05:09 EST")?.secondsSince1970 == 1_709_471_109)
        #expect(FeedDate.parseRFC822("Sun, 03 Mar 2024 08:05:09 EST")?.utcOffsetSeconds == -18_000)
    }

    @Test func w3cForms() {
        #expect(FeedDate.parseW3C("2024-01-31T17:45+01:00")?.iso8601 == "2024-01-31T17:45:00+01:00")
        #expect(FeedDate.parseW3C("2024-01-31T17:45:12.345z")?.iso8601 == "2024-01-31T17:45:12+00:00")
        #expect(FeedDate.parseW3C("2024-01-31 17:45:12-0800")?.iso8601 == "2024-01-31T17:45:12-08:00")
        #expect(FeedDate.parseW3C("2024")?.iso8601 == "2024-01-01T00:00:00+00:00")
        #expect(FeedDate.parseW3C("2024-13-01") == nil)
        #expect(FeedDate.parseW3C("2024-01-31T25:00Z") == nil)
        #expect(FeedDate.parseW3C("yesterday") == nil)
        #expect(FeedDate.parseW3C("2024-01-31T10:00Zjunk") == nil)
        #expect(FeedDate.parseW3C("") == nil)
    }

    /// The clock part is read by one function for all three date families; each keeps its own
    /// strictness: W3C and slashed dates want two-digit minutes and seconds, RFC 822 in the wild
    /// does not, and only W3C seconds may carry a fraction.
    @Test func clockFieldsPerFamily() {
        #expect(FeedDate.parseRFC822("Sun, 3 Mar 2024 8:5 GMT")?.iso8601 == "2024-03-03T08:05:00+00:00")
        #expect(FeedDate.parseRFC822("Sun, 3 Mar 2024 8:05:7 GMT")?.iso8601 == "2024-03-03T08:05:07+00:00")
        #expect(FeedDate.parse("2020/1/10 14:33:00")?.iso8601 == "2020-01-10T14:33:00+00:00")
        #expect(FeedDate.parse("2020/1/10 14:3") == nil)
        #expect(FeedDate.parse("2020/1/10 14:33:0") == nil)
        #expect(FeedDate.parseW3C("2024-01-31T17:4Z") == nil)
        #expect(FeedDate.parseW3C("2024-01-31T17:45:1Z") == nil)
        #expect(FeedDate.parseW3C("2024-01-31T17:45.5Z") == nil)
        #expect(FeedDate.parseW3C("2024-01-31T17:45:12,5+02:00")?.iso8601 == "2024-01-31T17:45:12+02:00")
    }
}
