/// What a server said last time, sent back so an unchanged resource costs a 304.
public struct HTTPValidators: Sendable, Equatable {
    public var etag: String?
    public var lastModified: String?

    public init(etag: String? = nil, lastModified: String? = nil) {
        self.etag = etag
        self.lastModified = lastModified
    }

    var isEmpty: Bool { etag == nil && lastModified == nil }
}

/// How much of a body one fetch may take. The caps are hard: past one of them the fetch stops
/// reading and fails, so whatever a server sends, memory stays bounded.
public struct FetchLimits: Sendable, Equatable {
    /// Bytes read from the connection (after chunked framing, before decompression). A
    /// `Content-Length` above it is refused before the body is read.
    public var maximumWireBytes: Int
    /// Bytes after gzip/deflate decoding: what the caller is handed.
    public var maximumBodyBytes: Int
    /// Decoded bytes per wire byte, past which a compressed body is taken for a bomb (text
    /// compresses 5–20 times; a bomb 1000 times).
    public var maximumRatio: Int

    public init(maximumWireBytes: Int, maximumBodyBytes: Int, maximumRatio: Int = 100) {
        self.maximumWireBytes = maximumWireBytes
        self.maximumBodyBytes = maximumBodyBytes
        self.maximumRatio = maximumRatio
    }

    /// A feed: 16 MB (the largest feeds published are a few MB).
    public static let feed = FetchLimits(maximumWireBytes: 16 << 20, maximumBodyBytes: 16 << 20)
    /// A web page for the full-article text: 10 MB of HTML.
    public static let page = FetchLimits(maximumWireBytes: 10 << 20, maximumBodyBytes: 10 << 20)
}

/// A 2xx answer, its body decoded and whole.
public struct HTTPResponse: Sendable {
    /// Where the body came from, after redirects: what relative links resolve against.
    public var finalURL: String
    public var status: Int
    public var body: [UInt8]
    /// The validators to send next time.
    public var validators: HTTPValidators
    public var contentType: String?

    public init(finalURL: String, status: Int, body: [UInt8], validators: HTTPValidators, contentType: String?) {
        self.finalURL = finalURL
        self.status = status
        self.body = body
        self.validators = validators
        self.contentType = contentType
    }
}

public enum HTTPFetchResult: Sendable {
    case fetched(HTTPResponse)
    /// 304: the copy the caller has is current.
    case notModified
    /// One line a user understands (`HTTP 404`, `timed out`, `redirect to file: refused`).
    case failed(String)
}
