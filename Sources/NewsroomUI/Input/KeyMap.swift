import NewsroomCore

/// Keys to named commands. Screens switch on actions, never on keys; this is the one table.
public struct KeyMap: Equatable, Sendable {
    public var bindings: [Key: Command] {
        didSet { keyNames = Self.keyNamesByCommand(bindings) }
    }
    /// `keys(for:)` of every bound command, kept beside `bindings`: the status line asks for
    /// ten of them at every frame, and filtering and sorting all bindings each time cost a
    /// fifth of a frame's status line (callgrind). A list, not a dictionary keyed by
    /// `Command`: the first dictionary of a key type costs a scan of the binary's 9,000
    /// protocol conformance records at start-up (0.5 M instructions).
    private var keyNames: [(command: Command, names: [String])]

    /// Two key maps are the same when they bind the same keys (the names follow from them).
    public static func == (lhs: KeyMap, rhs: KeyMap) -> Bool { lhs.bindings == rhs.bindings }

    public init(bindings: [Key: Command]) {
        self.bindings = bindings
        self.keyNames = Self.keyNamesByCommand(bindings)
    }

    /// The bindings of the issue: arrows and vi keys, PgUp/PgDn/Space, Home/End/g/G, ...
    public static let standard = KeyMap(bindings: [
        .up: .moveUp, .character("k"): .moveUp,
        .down: .moveDown, .character("j"): .moveDown,
        .pageUp: .pageUp, .pageDown: .pageDown, .character(" "): .pageDown,
        .home: .top, .character("g"): .top,
        .end: .bottom, .character("G"): .bottom,
        .enter: .open, .right: .open, .character("l"): .open,
        .escape: .back, .left: .back, .character("h"): .back,
        .tab: .switchPane, .backTab: .switchPane,
        .character("n"): .nextArticle, .character("p"): .previousArticle,
        .character("b"): .toggleBookmark,
        .character("/"): .startFilter,
        .character("o"): .openLink,
        .character("f"): .loadFullArticle,
        .character("]"): .nextLink, .character("["): .previousLink,
        .character("B"): .showBookmarks,
        .character("?"): .toggleHelp,
        .character("q"): .quit,
        .character("r"): .reload,
        // Issue 14, near newsboat's keys: N toggles read, A marks the list read, s the sources.
        .character("v"): .cycleLayout,
        .character("N"): .toggleRead,
        .character("A"): .markAllRead,
        .character("u"): .toggleUnreadOnly,
        .character("s"): .showSources,
    ])

    /// What a key does in `state`: while the filter line is being edited, characters are text.
    public func action(for key: Key, in state: AppState) -> Action? {
        switch key {
        case .resize(let width, let height): return .resize(width: width, height: height)
        case .mouseWheelUp: return .scrollWheel(down: false)
        case .mouseWheelDown: return .scrollWheel(down: true)
        case .mouseClick(let x, let y): return .click(x: x, y: y)
        default: break
        }
        if state.confirmation != nil {
            // The status line asks y/n: `y` (or Y) says yes, every other key no.
            return .confirm(key == .character("y") || key == .character("Y"))
        }
        if state.filter.isEditing {
            switch key {
            case .character(let character): return .filterInput(.insert(character))
            case .backspace, .delete: return .filterInput(.deleteBackward)
            case .enter: return .applyFilter
            case .escape: return .cancelFilter
            default: return nil
            }
        }
        return bindings[key].map(Action.command)
    }

    /// The keys bound to `command`, named as in configuration lines, for the help overlay.
    public func keys(for command: Command) -> [String] {
        keyNames.first { $0.command == command }?.names ?? []
    }

    private static func keyNamesByCommand(_ bindings: [Key: Command]) -> [(command: Command, names: [String])] {
        var list: [(command: Command, names: [String])] = []
        for (key, command) in bindings {
            let name = KeyName.name(of: key)
            if let index = list.firstIndex(where: { $0.command == command }) {
                list[index].names.append(name)
            } else {
                list.append((command, [name]))
            }
        }
        return list.map { entry in
            (entry.command, entry.names.sorted { a, b in a.count != b.count ? a.count > b.count : a < b })
        }
    }
}

/// A line of a key-map configuration that could not be understood.
public struct KeyMapError: Error, Equatable, Sendable, CustomStringConvertible {
    public var line: Int
    public var message: String

    public var description: String { "key map line \(line): \(message)" }
}

extension KeyMap {
    /// The standard map with overrides from `text`: one `key = command` per line, `#` starts a
    /// comment, `key = none` removes a binding. Keys are a single character or a name
    /// (Up, Down, Left, Right, PgUp, PgDn, Home, End, Enter, Esc, Tab, BackTab, Backspace,
    /// Delete, Space, Hash, Equals, F1...F12); commands are `Command` names (`moveDown`).
    public static func parse(_ text: String, base: KeyMap = .standard) throws(KeyMapError) -> KeyMap {
        var map = base
        // LF, CR LF or CR: a key map saved on Windows reads the same (TextLines).
        for (number, rawLine) in TextLines(text).lines.enumerated() {
            var line = Substring(rawLine)
            if let hash = line.firstIndex(of: "#") { line = line[..<hash] }
            let trimmed = line.trimmingCharacters(" \t\r")
            if trimmed.isEmpty { continue }
            let parts = trimmed.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.count == 2 else {
                throw KeyMapError(line: number + 1, message: "expected `key = command`")
            }
            let keyName = parts[0].trimmingCharacters(" \t")
            let commandName = parts[1].trimmingCharacters(" \t")
            guard let key = KeyName.key(named: keyName) else {
                throw KeyMapError(line: number + 1, message: "unknown key `\(keyName)`")
            }
            if commandName == "none" {
                map.bindings[key] = nil
                continue
            }
            guard let command = Command(rawValue: commandName) else {
                throw KeyMapError(line: number + 1, message: "unknown command `\(commandName)`")
            }
            map.bindings[key] = command
        }
        return map
    }
}

/// Names of keys in configuration lines and in the help overlay.
public enum KeyName {
    static let named: [(String, Key)] = [
        ("Up", .up), ("Down", .down), ("Left", .left), ("Right", .right),
        ("PgUp", .pageUp), ("PgDn", .pageDown), ("Home", .home), ("End", .end),
        ("Enter", .enter), ("Esc", .escape), ("Tab", .tab), ("BackTab", .backTab),
        ("Backspace", .backspace), ("Delete", .delete), ("Space", .character(" ")),
        ("Hash", .character("#")), ("Equals", .character("=")),
    ]

    public static func key(named name: String) -> Key? {
        if let match = named.first(where: { $0.0.lowercased() == name.lowercased() }) { return match.1 }
        if name.count == 1, let character = name.first { return .character(character) }
        if name.count >= 2, name.first == "F" || name.first == "f", let number = Int(name.dropFirst()), (1...24).contains(number) {
            return .function(number)
        }
        return nil
    }

    public static func name(of key: Key) -> String {
        if let match = named.first(where: { $0.1 == key }) { return match.0 }
        switch key {
        case .character(let character): return String(character)
        case .function(let number): return "F\(number)"
        default: return "?"
        }
    }
}

extension StringProtocol {
    fileprivate func trimmingCharacters(_ set: String) -> String {
        var text = Substring(self)
        while let first = text.first, set.contains(first) { text.removeFirst() }
        while let last = text.last, set.contains(last) { text.removeLast() }
        return String(text)
    }
}
