import AsyncHTTPClient
import Foundation
import NewsroomCore
import NIOCore
import NIOHTTP1

/// The one HTTP client of newsroom, for feeds and web pages: a GET with our User-Agent and
/// the caller's validators, redirects followed here (at most `maximumRedirects`, http(s)
/// only), one deadline for the whole fetch, the body read against `FetchLimits`, and every
/// failure turned into one line (`HTTPFailureLine`). It never asks for or sends credentials.
public struct HTTPFetcher: Sendable {
    public static let maximumRedirects = 5
    /// Seconds for the whole fetch: connecting, every redirect, headers and body together.
    public let timeout: Double

    public init(timeout: Double) {
        self.timeout = timeout
    }

    public func fetch(_ url: String, validators: HTTPValidators?, limits: FetchLimits) async -> HTTPFetchResult {
        // The deadline is AsyncHTTPClient's own: a task scheduled on the event loop fails the
        // request when it passes, whether or not a Swift-concurrency thread is free.
        let deadline = NIODeadline.now() + .nanoseconds(Int64(max(timeout, 0.001) * 1e9))
        var location = URLScheme.lowercased(url)
        for redirects in 0...Self.maximumRedirects {
            switch await exchange(location, validators: validators, limits: limits, deadline: deadline) {
            case .success(let response):
                return .fetched(HTTPResponse(
                    finalURL: location, status: Int(response.head.status.code), body: response.body,
                    validators: HTTPValidators(
                        etag: response.head.headers.first(name: "ETag"),
                        lastModified: response.head.headers.first(name: "Last-Modified")),
                    contentType: response.head.headers.first(name: "Content-Type")))
            case .failure(let failure):
                guard let head = (failure as? HeadOnly)?.head else { return .failed(HTTPFailureLine.for(failure)) }
                let status = Int(head.status.code)
                switch status {
                case 304:
                    return .notModified
                case 301, 302, 303, 307, 308:
                    guard redirects < Self.maximumRedirects else {
                        return .failed("too many redirects (more than \(Self.maximumRedirects))")
                    }
                    switch Self.redirectTarget(head, from: location) {
                    case .success(let next): location = next
                    case .failure(let refusal): return .failed(refusal.line)
                    }
                default:
                    return .failed(HTTPFailureLine.for(status: status))
                }
            }
        }
        return .failed("too many redirects (more than \(Self.maximumRedirects))")
    }

    /// One request and its response, no redirect followed.
    private func exchange(
        _ url: String, validators: HTTPValidators?, limits: FetchLimits, deadline: NIODeadline
    ) async -> Result<CollectedResponse, any Error> {
        let request: HTTPClient.Request
        do {
            request = try HTTPClient.Request(url: url, method: .GET, headers: Self.headers(validators))
        } catch {
            return .failure(error)
        }
        let task = SharedHTTPClient.client.execute(request: request, delegate: BodyCollector(limits: limits), deadline: deadline)
        return await withTaskCancellationHandler {
            do {
                return .success(try await task.futureResult.get())
            } catch {
                return .failure(error)
            }
        } onCancel: {
            task.cancel()
        }
    }

    static func headers(_ validators: HTTPValidators?) -> HTTPHeaders {
        var headers = HTTPHeaders()
        headers.add(name: "User-Agent", value: "newsroom/\(NewsroomVersion.string)")
        headers.add(name: "Accept-Encoding", value: "gzip, deflate")
        if let etag = validators?.etag { headers.add(name: "If-None-Match", value: etag) }
        if let modified = validators?.lastModified { headers.add(name: "If-Modified-Since", value: modified) }
        return headers
    }

    /// Where a redirect leads, resolved against the URL that answered it; only http(s).
    static func redirectTarget(_ head: HTTPResponseHead, from current: String) -> Result<String, FetchFailure> {
        let code = head.status.code
        guard let location = head.headers.first(name: "Location")?.trimmingCharacters(in: .whitespaces), !location.isEmpty else {
            return .failure(FetchFailure(line: "redirect (HTTP \(code)) without a Location header"))
        }
        guard let resolved = URL(string: location, relativeTo: URL(string: current))?.absoluteString else {
            return .failure(FetchFailure(line: "redirect (HTTP \(code)) to an invalid Location"))
        }
        let target = URLScheme.lowercased(resolved)
        guard let scheme = URLScheme.of(target) else {
            return .failure(FetchFailure(line: "redirect (HTTP \(code)) to an invalid Location"))
        }
        guard scheme == "http" || scheme == "https" else {
            return .failure(FetchFailure(line: "redirect to \(scheme.prefix(20)): refused"))
        }
        return .success(target)
    }
}

/// The process's one AsyncHTTPClient: its connection pool is shared by every fetch (at most
/// two connections per host, kind to small servers). It lives as long as the process, so it
/// is never shut down (AHC insists on a shutdown before a client is released).
enum SharedHTTPClient {
    static let client: HTTPClient = {
        var configuration = HTTPClient.Configuration(
            redirectConfiguration: .disallow,
            timeout: .init(connect: .seconds(30)),
            connectionPool: .init(idleTimeout: .seconds(30), concurrentHTTP1ConnectionsPerHostSoftLimit: 2),
            decompression: .disabled)
        // A refused connection is an answer: fail at once instead of retrying until the
        // connect timeout.
        configuration.connectionPool.retryConnectionEstablishment = false
        return HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: configuration)
    }()
}
