/// Why the reader could not take over the terminal. Each case has a one-line user message.
public enum TerminalError: Error, Equatable, Sendable, CustomStringConvertible {
    case notATerminal
    case noUTF8Locale
    case cannotInitialize(term: String)

    public var description: String {
        switch self {
        case .notATerminal:
            "the reader needs a terminal: standard input and output must be a TTY"
        case .noUTF8Locale:
            "the reader needs a UTF-8 locale (for example LANG=C.UTF-8)"
        case .cannotInitialize(let term):
            "cannot open the terminal (TERM=\(term.isEmpty ? "unset" : term)); try TERM=xterm-256color"
        }
    }
}
