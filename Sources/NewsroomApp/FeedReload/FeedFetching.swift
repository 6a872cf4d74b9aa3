import NewsroomStore

/// Fetches one feed location, conditionally when the stored `state` has validators. The
/// reloader works over any of them: `FeedFetcher` goes to the network and the disk; tests
/// answer from memory.
public protocol FeedFetching: Sendable {
    func fetch(_ location: String, state: FeedState?) async -> FetchResult
}

extension FeedFetcher: FeedFetching {}
