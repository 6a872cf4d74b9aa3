#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Opens a link with the browser command (the configuration's `browser`, else `$BROWSER`; the
/// configuration loader decides which): the program is looked up on PATH and gets its own
/// arguments, then the URL as the last one (posix_spawnp, never a shell, so nothing in the
/// URL is interpreted).
public enum BrowserLauncher {
    public enum Failure: Equatable, CustomStringConvertible {
        case noBrowser
        case cannotStart(program: String, code: Int32)
        case failed(program: String, status: Int32)

        public var description: String {
            switch self {
            case .noBrowser: return "Set $BROWSER to open links (e.g. BROWSER=w3m), or browser in the configuration file."
            case .cannotStart(let program, let code): return "Cannot start \(program): \(String(cString: strerror(code)))."
            case .failed(let program, let status): return "\(program) ended with status \(status)."
            }
        }
    }

    /// Runs the browser and waits for it (a terminal browser needs the terminal until it ends);
    /// returns what went wrong, if anything.
    static func open(_ url: String, command: [String]) -> Failure? {
        guard let program = command.first else { return .noBrowser }
        let arguments = command + [url]
        let argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        // The child starts with default signal handling and no blocked signals, whatever the
        // reader installed.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        sigemptyset(&none)
        var all = sigset_t()
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let code = posix_spawnp(&pid, program, nil, &attributes, argv, environ)
        guard code == 0 else { return .cannotStart(program: program, code: code) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 {
            guard errno == EINTR else { return nil }
        }
        // WIFEXITED / WEXITSTATUS by hand: the macros are not imported.
        let exitStatus = status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return exitStatus == 0 ? nil : .failed(program: program, status: exitStatus)
    }
}
