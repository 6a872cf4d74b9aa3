import Foundation
import NewsroomCore
import NewsroomNet
import NewsroomStore

/// What one fetch of a feed location gave.
public enum FetchResult: Sendable {
    /// New bytes, with the validators to send next time.
    case body([UInt8], etag: String?, lastModified: String?)
    /// 304: the copy we have is current.
    case notModified
    case failed(String)
}

/// Fetches feed locations: `http(s)://` with the one HTTP client (`HTTPFetcher`: conditional
/// GET from the stored validators, the feed's size caps, one total timeout per fetch),
/// `file://` URLs and plain paths from disk.
final class FeedFetcher: Sendable {
    private let http: HTTPFetcher

    /// `timeout`: seconds for the whole fetch (connect, redirects, body).
    init(timeout: Double) {
        http = HTTPFetcher(timeout: timeout)
    }

    func fetch(_ location: String, state: FeedState?) async -> FetchResult {
        if location.hasPrefix("/") { return readFile(location) }
        let url = URLScheme.lowercased(location)
        switch URLScheme.of(url) {
        case "file":
            guard let path = URL(string: url)?.path, !path.isEmpty else { return .failed("not a valid file URL") }
            return readFile(path)
        case "http", "https":
            let validators = HTTPValidators(etag: state?.etag, lastModified: state?.lastModified)
            switch await http.fetch(url, validators: validators, limits: .feed) {
            case .fetched(let response):
                return .body(response.body, etag: response.validators.etag, lastModified: response.validators.lastModified)
            case .notModified: return .notModified
            case .failed(let line): return .failed(line)
            }
        case let scheme?: return .failed("unsupported URL scheme \(scheme)")
        case nil: return .failed("not a valid URL")
        }
    }

    private func readFile(_ path: String) -> FetchResult {
        do {
            return .body(try FileBytes.read(path: path), etag: nil, lastModified: nil)
        } catch {
            return .failed(error.description)
        }
    }
}
