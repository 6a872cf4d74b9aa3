#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CNcursesw
import NewsroomUI

extension Terminal {
    /// Gives the terminal back for the duration of `body` (e.g. a terminal web browser run
    /// from the reader) and takes it over again afterwards, repainting everything.
    ///
    /// Ctrl-C typed while `body` runs is meant for the program `body` started, which shares
    /// our process group: it is dropped here instead of ending the reader. SIGTERM and SIGHUP
    /// still end the reader at its next key read.
    public func suspended<T>(_ body: () throws -> T) rethrows -> T {
        def_prog_mode()
        endwin()
        defer {
            let pending = nr_signal_take()
            if pending != 0, pending != SIGINT { nr_signal_record(pending) }
            reset_prog_mode()
            invalidate()
        }
        return try body()
    }
}

extension Terminal: TerminalBackend {}
