import NewsroomNet

extension HTTPFetchResult {
    /// The failure line, or nil for a fetched or 304 answer.
    var failure: String? {
        if case .failed(let line) = self { return line }
        return nil
    }

    var response: HTTPResponse? {
        if case .fetched(let response) = self { return response }
        return nil
    }

    var isNotModified: Bool {
        if case .notModified = self { return true }
        return false
    }
}

/// A small feed body, the same bytes every time.
let sampleFeed = Array("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title><item><title>A</title></item></channel></rss>".utf8)

/// Small caps, so a test reaches them after a few MB.
let smallLimits = FetchLimits(maximumWireBytes: 1 << 20, maximumBodyBytes: 2 << 20)
