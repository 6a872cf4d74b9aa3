import CZlib
import Foundation

/// Decodes a `Content-Encoding: gzip` or `deflate` body as it streams in, one chunk at a time,
/// never holding more than the caller's cap: inflating ourselves (rather than letting the HTTP
/// client do it) lets the fetch count bytes both on the wire and after decoding.
final class BodyInflater {
    enum Format {
        case gzip
        /// RFC 9110's `deflate` is a zlib stream, but servers also send raw deflate: the first
        /// two bytes tell which.
        case deflate
    }

    struct Failure: Error {
        var line: String
    }

    private let format: Format
    /// zlib keeps a pointer back to its stream, so the stream lives at one address.
    private let stream: UnsafeMutablePointer<z_stream>
    private var started = false
    private(set) var ended = false
    private static let chunk = 64 * 1024

    /// nil for an encoding that needs no decoding (`identity`, none); throws for one newsroom
    /// does not decode (it asks for gzip and deflate only).
    static func forEncoding(_ header: String?) throws(Failure) -> BodyInflater? {
        let coding = (header ?? "").trimmingCharacters(in: .whitespaces).lowercased()
        switch coding {
        case "", "identity": return nil
        case "gzip", "x-gzip": return BodyInflater(.gzip)
        case "deflate": return BodyInflater(.deflate)
        default: throw Failure(line: "the server sent an unsupported Content-Encoding (\(coding.prefix(40)))")
        }
    }

    private init(_ format: Format) {
        self.format = format
        stream = .allocate(capacity: 1)
        stream.initialize(to: z_stream())
    }

    deinit {
        if started { inflateEnd(stream) }
        stream.deinitialize(count: 1)
        stream.deallocate()
    }

    /// Decodes `input`, appending to `output`; stops once `output` passes `limit` (checked every
    /// 64 KB, so `output` never holds more than `limit` plus one chunk): the caller checks.
    func inflate(_ input: UnsafeRawBufferPointer, into output: inout [UInt8], limit: Int) throws(Failure) {
        guard !ended, let base = input.baseAddress, input.count > 0 else { return }
        if !started { try start(first: input) }
        stream.pointee.next_in = UnsafeMutablePointer(mutating: base.assumingMemoryBound(to: Bytef.self))
        stream.pointee.avail_in = uInt(input.count)
        var scratch = [UInt8](repeating: 0, count: Self.chunk)
        while stream.pointee.avail_in > 0, !ended {
            let (status, produced) = scratch.withUnsafeMutableBufferPointer { buffer -> (Int32, Int) in
                stream.pointee.next_out = buffer.baseAddress
                stream.pointee.avail_out = uInt(buffer.count)
                let status = CZlib.inflate(stream, Z_NO_FLUSH)
                return (status, buffer.count - Int(stream.pointee.avail_out))
            }
            output += scratch[0..<produced]
            if output.count > limit { return }
            switch status {
            case Z_STREAM_END: ended = true  // bytes after the end (a second gzip member) are ignored
            case Z_OK: continue
            case Z_BUF_ERROR where produced > 0: continue
            default: throw Failure(line: "the server sent a corrupt \(format == .gzip ? "gzip" : "deflate") body")
            }
        }
    }

    private func start(first input: UnsafeRawBufferPointer) throws(Failure) {
        let windowBits: Int32
        switch format {
        case .gzip: windowBits = 15 + 16
        case .deflate:
            // A zlib header: compression method 8 and a check making the first two bytes a
            // multiple of 31. Anything else is raw deflate (negative window bits).
            let isZlib = input.count >= 2 && input[0] & 0x0F == 8 && (UInt16(input[0]) << 8 | UInt16(input[1])) % 31 == 0
            windowBits = isZlib ? 15 : -15
        }
        guard inflateInit2_(stream, windowBits, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw Failure(line: "cannot start decoding the body (zlib)")
        }
        started = true
    }
}
