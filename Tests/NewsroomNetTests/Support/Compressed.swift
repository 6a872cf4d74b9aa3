import CZlib

/// Compressed bodies for the tests, made with zlib: a real feed gzipped, and a bomb (a long
/// run of zeros, about 1000 times smaller on the wire) built without holding it whole.
enum Compressed {
    enum Wrapper: Int32 {
        case gzip = 31  // 15 + 16
        case zlib = 15
        case raw = -15
    }

    static func compress(_ input: [UInt8], _ wrapper: Wrapper = .gzip) -> [UInt8] {
        compress(chunks: [input], wrapper)
    }

    /// `count` zero bytes, compressed 1 MB at a time.
    static func zeros(_ count: Int, _ wrapper: Wrapper = .gzip) -> [UInt8] {
        let megabyte = [UInt8](repeating: 0, count: 1 << 20)
        return compress(chunks: Array(repeating: megabyte, count: count >> 20), wrapper)
    }

    private static func compress(chunks: [[UInt8]], _ wrapper: Wrapper) -> [UInt8] {
        // zlib checks that a stream stays at one address.
        let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
        stream.initialize(to: z_stream())
        precondition(deflateInit2_(stream, 9, Z_DEFLATED, wrapper.rawValue, 9, Z_DEFAULT_STRATEGY, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK)
        defer {
            deflateEnd(stream)
            stream.deallocate()
        }
        var output: [UInt8] = []
        var scratch = [UInt8](repeating: 0, count: 64 * 1024)
        for (index, chunk) in chunks.enumerated() {
            let flush = index == chunks.count - 1 ? Z_FINISH : Z_NO_FLUSH
            chunk.withUnsafeBufferPointer { input in
                stream.pointee.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
                stream.pointee.avail_in = uInt(input.count)
                repeat {
                    let produced = scratch.withUnsafeMutableBufferPointer { out -> Int in
                        stream.pointee.next_out = out.baseAddress
                        stream.pointee.avail_out = uInt(out.count)
                        _ = deflate(stream, flush)
                        return out.count - Int(stream.pointee.avail_out)
                    }
                    output += scratch[0..<produced]
                } while stream.pointee.avail_out == 0 || stream.pointee.avail_in > 0
            }
        }
        return output
    }
}
