import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix
import NIOSSL

/// The one line a user sees for a fetch that failed: what happened, in words, never a type
/// name or a multi-line dump.
enum HTTPFailureLine {
    static func `for`(status: Int) -> String {
        switch status {
        case 401: return "the server requires a password (HTTP 401); newsroom does not send credentials"
        case 407: return "a proxy requires a password (HTTP 407); newsroom does not send credentials"
        default: return "HTTP \(status)"
        }
    }

    static func `for`(_ error: any Error) -> String {
        switch error {
        case let failure as FetchFailure: return failure.line
        case let head as HeadOnly: return self.for(status: Int(head.head.status.code))
        case let client as HTTPClientError: return line(client)
        case let parser as HTTPParserError: return line(parser)
        case let connection as NIOConnectionError:
            if connection.connectionErrors.isEmpty, connection.dnsAError != nil || connection.dnsAAAAError != nil {
                return "unknown host"
            }
            return "cannot connect to the server"
        case is SocketAddressError, is SocketAddressError.UnknownHost: return "unknown host"
        case is NIOSSLError, is BoringSSLError, is NIOSSLExtraError: return "the TLS (https) handshake failed"
        case let io as IOError:
            if [ECONNREFUSED, EHOSTUNREACH, ENETUNREACH].contains(io.errnoCode) { return "cannot connect to the server" }
            return "network error: \(io.description.prefix(120))"
        case is ChannelError: return "the connection failed"
        default:
            return "network error: " + String(describing: error).split(whereSeparator: \.isNewline).joined(separator: " ").prefix(120)
        }
    }

    private static func line(_ error: HTTPClientError) -> String {
        switch error {
        case .deadlineExceeded, .readTimeout, .writeTimeout, .getConnectionFromPoolTimeout: return "timed out"
        case .connectTimeout: return "cannot connect to the server (timed out)"
        case .tlsHandshakeTimeout: return "timed out during the TLS (https) handshake"
        case .remoteConnectionClosed: return "the server closed the connection before the response was complete"
        case .invalidURL, .emptyHost, .emptyScheme: return "not a valid URL"
        case .cancelled: return "cancelled"
        case .uncleanShutdown: return "the TLS (https) connection ended uncleanly"
        default: return "network error: \(error.description.prefix(120))"
        }
    }

    private static func line(_ error: HTTPParserError) -> String {
        switch error {
        case .headerOverflow: return "the response headers are too large (over 80 KB)"
        case .invalidEOFState: return "the server closed the connection before the response was complete"
        default: return "the server sent a malformed HTTP response"
        }
    }
}
