import AsyncHTTPClient
import NIOCore
import NIOHTTP1

/// One response as the collector hands it over: a 2xx head and its decoded body.
struct CollectedResponse: Sendable {
    var head: HTTPResponseHead
    var body: [UInt8]
}

/// Why a fetch stopped early, as the line the user sees.
struct FetchFailure: Error {
    var line: String
}

/// A head that is not 2xx (a redirect, 304, 401, 404): its body is never read, the fetcher
/// decides from the head alone.
struct HeadOnly: Error {
    var head: HTTPResponseHead
}

/// Reads one response against hard caps. AsyncHTTPClient calls it on the request's event
/// loop, one call at a time, so the counting here happens as bytes arrive and needs no free
/// Swift-concurrency thread; a cap passed fails the returned future, which ends the request
/// and closes the connection at once.
final class BodyCollector: HTTPClientResponseDelegate, @unchecked Sendable {
    // @unchecked: all state is touched only from the task's event loop (AHC's contract for
    // a delegate: calls are serial, none after the request ends).
    typealias Response = CollectedResponse

    private let limits: FetchLimits
    private var head: HTTPResponseHead?
    private var inflater: BodyInflater?
    private var body: [UInt8] = []
    private var wireBytes = 0

    init(limits: FetchLimits) {
        self.limits = limits
    }

    func didReceiveHead(task: HTTPClient.Task<Response>, _ head: HTTPResponseHead) -> EventLoopFuture<Void> {
        let loop = task.eventLoop
        guard (200..<300).contains(Int(head.status.code)) else { return loop.makeFailedFuture(HeadOnly(head: head)) }
        if let declared = head.headers.first(name: "Content-Length").flatMap({ Int($0) }), declared > limits.maximumWireBytes {
            return loop.makeFailedFuture(FetchFailure(line: tooLarge(limits.maximumWireBytes) + " (Content-Length \(declared))"))
        }
        do {
            inflater = try BodyInflater.forEncoding(head.headers.first(name: "Content-Encoding"))
        } catch {
            return loop.makeFailedFuture(FetchFailure(line: error.line))
        }
        self.head = head
        body.reserveCapacity(min(limits.maximumBodyBytes, 256 * 1024))
        return loop.makeSucceededVoidFuture()
    }

    func didReceiveBodyPart(task: HTTPClient.Task<Response>, _ buffer: ByteBuffer) -> EventLoopFuture<Void> {
        let loop = task.eventLoop
        wireBytes += buffer.readableBytes
        guard wireBytes <= limits.maximumWireBytes else {
            return loop.makeFailedFuture(FetchFailure(line: tooLarge(limits.maximumWireBytes)))
        }
        // Small bodies may compress very well (a page of one repeated word), so the ratio is
        // held only past 1 MB; a bomb (1000 times) is stopped there, long before the absolute cap.
        let ratioCap = inflater == nil ? Int.max : max(1 << 20, wireBytes.multipliedReportingOverflow(by: limits.maximumRatio).partialValue)
        let failure = buffer.withUnsafeReadableBytes { bytes -> BodyInflater.Failure? in
            guard let inflater else {
                body += bytes
                return nil
            }
            do throws(BodyInflater.Failure) {
                try inflater.inflate(bytes, into: &body, limit: min(limits.maximumBodyBytes, ratioCap))
                return nil
            } catch {
                return error
            }
        }
        if let failure { return loop.makeFailedFuture(FetchFailure(line: failure.line)) }
        if body.count > limits.maximumBodyBytes {
            return loop.makeFailedFuture(FetchFailure(line: tooLarge(limits.maximumBodyBytes) + (inflater == nil ? "" : " decompressed")))
        }
        if body.count > ratioCap {
            return loop.makeFailedFuture(FetchFailure(line: "the body decompresses more than \(limits.maximumRatio) times (a compression bomb?)"))
        }
        return loop.makeSucceededVoidFuture()
    }

    func didFinishRequest(task: HTTPClient.Task<Response>) throws -> Response {
        guard let head else { throw FetchFailure(line: "no response from the server") }
        if let inflater, !inflater.ended, wireBytes > 0 {
            throw FetchFailure(line: "the compressed body is cut short")
        }
        return CollectedResponse(head: head, body: body)
    }

    private func tooLarge(_ cap: Int) -> String { "the body is larger than \(cap / (1 << 20)) MB" }
}
