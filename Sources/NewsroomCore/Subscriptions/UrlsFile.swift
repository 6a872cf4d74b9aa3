/// The plain urls file (`$XDG_CONFIG_HOME/newsroom/urls`), the source of truth for
/// subscriptions, in newsboat's format: one feed per line, the URL then optional tags,
/// a tag with spaces in double quotes (`https://x.example/feed news "long reads"`), `#`
/// starts a comment line, blank lines are ignored.
///
/// Edits keep every other line (comments, order, spacing) as the user wrote it. LF, CR LF and
/// CR line ends are read (`TextLines`); the file is written back with its own line end.
///
/// A line this type writes never carries a line break or another control character: newsboat
/// reads the same file and runs `exec:` lines, so a tag like "a\r\nexec:CMD" (from an OPML
/// `category`) must not become a line of its own. Control characters in tags become spaces
/// (`writableTag`), and a URL with whitespace or control characters is refused
/// (`Subscription.problem`).
public struct UrlsFile: Equatable, Sendable {
    /// The file's lines, without their line ends.
    public var lines: [String] { content.lines }
    /// The line end the file is written with: the first one it was read with.
    public var lineEnd: TextLines.LineEnd { content.lineEnd }
    private var content: TextLines
    /// The first line of each subscribed URL, so `add` finds a URL without reading every line
    /// again: importing an OPML file of n feeds was n² line parses (100,000 feeds: hours).
    private var lineOfURL: [String: Int] = [:]

    public init(text: String) {
        content = TextLines(text)
        indexLines()
    }

    public static func == (left: UrlsFile, right: UrlsFile) -> Bool {
        left.content == right.content
    }

    private mutating func indexLines() {
        lineOfURL.removeAll(keepingCapacity: true)
        for (index, line) in content.lines.enumerated() {
            guard let url = Self.subscription(in: line)?.url, lineOfURL[url] == nil else { continue }
            lineOfURL[url] = index
        }
    }

    public var text: String { content.text }

    /// Every subscription in file order; a URL listed twice counts once (its first line).
    public var subscriptions: [Subscription] {
        var seen = Set<String>()
        return lines.compactMap(Self.subscription(in:)).filter { seen.insert($0.url).inserted }
    }

    /// Adds a line for `subscription`, or replaces the tags of an existing one (merging).
    /// Returns false when it was already there with every tag. Throws, changing nothing, for a
    /// location `Subscription.problem` refuses (spaces, control characters, other schemes).
    @discardableResult
    public mutating func add(_ subscription: Subscription) throws(RefusedSubscription) -> Bool {
        if let problem = Subscription.problem(with: subscription.url) {
            throw RefusedSubscription(location: subscription.url, problem: problem)
        }
        var tags: [String] = []
        for tag in subscription.tags.compactMap(Self.writableTag) where !tags.contains(tag) { tags.append(tag) }
        if let index = lineOfURL[subscription.url], let existing = Self.subscription(in: lines[index]) {
            let merged = existing.tags + tags.filter { !existing.tags.contains($0) }
            guard merged != existing.tags else { return false }
            content.lines[index] = Self.line(for: Subscription(url: existing.url, tags: merged))
            return true
        }
        lineOfURL[subscription.url] = content.lines.count
        content.lines.append(Self.line(for: Subscription(url: subscription.url, tags: tags)))
        return true
    }

    /// Removes every line of `url`. Returns false when it was not subscribed.
    @discardableResult
    public mutating func remove(url: String) -> Bool {
        guard lineOfURL[url] != nil else { return false }
        content.lines.removeAll { Self.subscription(in: $0)?.url == url }
        indexLines()
        return true
    }

    /// A tag as the file can hold it: control characters and line or paragraph separators
    /// (C0, DEL, C1, U+2028, U+2029) become spaces, the ends are trimmed; nil when nothing is left.
    public static func writableTag(_ tag: String) -> String? {
        var scalars = String.UnicodeScalarView()
        for scalar in tag.unicodeScalars {
            let value = scalar.value
            let breaksALine = value < 0x20 || (0x7F...0x9F).contains(value) || value == 0x2028 || value == 0x2029
            scalars.append(breaksALine ? " " : scalar)
        }
        let cleaned = FeedText.trimmed(String(scalars))
        return cleaned.isEmpty ? nil : cleaned
    }

    /// The subscription a line holds, nil for blank and comment lines.
    static func subscription(in line: String) -> Subscription? {
        var words = Self.words(line)
        guard !words.isEmpty else { return nil }
        let url = words.removeFirst()
        if url.hasPrefix("#") { return nil }
        return Subscription(url: url, tags: words)
    }

    /// Splits at spaces and tabs; `"..."` is one word (quotes removed, `\"` and `\\` escaped).
    static func words(_ line: String) -> [String] {
        var words: [String] = []
        var current = ""
        var inQuotes = false
        var hasWord = false
        var escaped = false
        for character in line {
            if escaped {
                current.append(character)
                escaped = false
            } else if inQuotes, character == "\\" {
                escaped = true
            } else if character == "\"" {
                inQuotes.toggle()
                hasWord = true
            } else if !inQuotes, character == " " || character == "\t" {
                if hasWord { words.append(current) }
                current = ""
                hasWord = false
            } else {
                current.append(character)
                hasWord = true
            }
        }
        if hasWord { words.append(current) }
        return words
    }

    /// `URL tag "tag two"`: tags with spaces or quotes are quoted.
    static func line(for subscription: Subscription) -> String {
        ([subscription.url] + subscription.tags.map(quotedIfNeeded)).joined(separator: " ")
    }

    private static func quotedIfNeeded(_ tag: String) -> String {
        let plain = !tag.isEmpty && !tag.contains(where: { $0 == " " || $0 == "\t" || $0 == "\"" || $0 == "\\" })
        if plain { return tag }
        var out = "\""
        for character in tag {
            if character == "\"" || character == "\\" { out.append("\\") }
            out.append(character)
        }
        return out + "\""
    }
}

/// A location `UrlsFile.add` will not write: `problem` is `Subscription.problem`'s reason.
public struct RefusedSubscription: Error, Equatable, Sendable, CustomStringConvertible {
    public var location: String
    public var problem: String

    public var description: String { "\(location): \(problem)" }
}
