/// One web page as the server sent it.
public struct FetchedPage: Sendable {
    public var bytes: [UInt8]
    /// Where the page was found, after redirects: links in it resolve against this.
    public var url: String
    /// The charset the HTTP `Content-Type` named, if any (the page's own `<meta>` comes after it).
    public var charset: String?

    public init(bytes: [UInt8], url: String, charset: String? = nil) {
        self.bytes = bytes
        self.url = url
        self.charset = charset
    }
}

/// Why a page could not be had, in one line a reader understands ("HTTP 404", "timed out").
public struct PageFailure: Error, Equatable, Sendable, CustomStringConvertible {
    public var line: String
    public init(_ line: String) { self.line = line }
    public var description: String { line }
}

/// Fetches article pages: `WebPages` over the HTTP client, fakes in tests.
public protocol PageFetching: Sendable {
    func fetchPage(_ url: String) async -> Result<FetchedPage, PageFailure>
}
