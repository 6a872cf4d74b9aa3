import NewsroomCore
import Testing
@testable import NewsroomStore

/// Pages read from the oldest end (for the reader's End key) are the pages read from the top.
@Suite struct DeepPageTests {
    @Test func pagesFromEitherEndAreTheSame() throws {
        let directory = try TemporaryDirectory()
        let store = try directory.openStore()
        _ = try SampleArticles.fill(store, count: 37)
        // Two undated articles sort last; they must come out in the same order both ways.
        var undated = SampleArticles.article(100)
        undated.published = nil
        var undated2 = SampleArticles.article(101)
        undated2.published = nil
        _ = try store.importBatch([(article: undated, source: SampleArticles.file(100)),
                                  (article: undated2, source: SampleArticles.file(101))])
        for filter in [HeadlineFilter.all, HeadlineFilter(section: "Politik")] {
            let total = try store.headlineCount(filter: filter)
            let whole = try store.headlines(filter: filter, offset: 0, limit: total)
            #expect(whole.count == total)
            for limit in [1, 5, 10] {
                for offset in 0..<(total + 2) {
                    let fromEnd = try store.headlines(filter: filter, offset: offset, limit: limit, total: total)
                    let expected = offset < total ? Array(whole[offset..<min(total, offset + limit)]) : []
                    #expect(fromEnd.map(\.id) == expected.map(\.id), "offset \(offset) limit \(limit)")
                }
            }
        }
    }
}
