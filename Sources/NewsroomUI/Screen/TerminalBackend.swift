/// What the reader needs from a terminal: its size, a way to show a frame, the next key, and
/// a way to give the screen to another program for a while. The ncurses terminal is the real
/// one; tests use one that scripts keys and records frames.
public protocol TerminalBackend {
    var size: (width: Int, height: Int) { get }
    /// Shows `buffer` (a backend may write only the cells that changed since the last frame).
    func draw(_ buffer: ScreenBuffer)
    /// Waits up to `timeoutMilliseconds` (nil: until something arrives) for a key, mouse or
    /// resize event; nil on timeout.
    func readKey(timeoutMilliseconds: Int?) -> Key?
    /// Gives the screen back for the duration of `body` (a browser run from the reader) and
    /// takes it over again afterwards, redrawing everything with the next frame.
    func suspended<T>(_ body: () throws -> T) rethrows -> T
}
