import NewsroomCore
import NewsroomNet

/// Article pages from the web, through the one HTTP client at the page limits (10 MB,
/// five redirects, http(s) only, two connections per host, one deadline per page).
///
/// No validators are sent: a page whose article is stored is not fetched again (the store's
/// `page_fetched_at`), and a feed item that changes is refetched in full on purpose.
public struct WebPages: PageFetching {
    let http: HTTPFetcher

    /// `timeout`: seconds for the whole fetch of one page (connect, redirects, body).
    public init(timeout: Double) {
        http = HTTPFetcher(timeout: timeout)
    }

    public func fetchPage(_ url: String) async -> Result<FetchedPage, PageFailure> {
        switch await http.fetch(url, validators: nil, limits: .page) {
        case .fetched(let response):
            return .success(FetchedPage(bytes: response.body, url: response.finalURL, charset: response.contentType.flatMap(Charset.label(inContentType:))))
        case .notModified:
            return .failure(PageFailure("HTTP 304 Not Modified to a request without validators"))
        case .failed(let line):
            return .failure(PageFailure(line))
        }
    }
}
