/// The line each key of a TOML document is on. TOMLKit gives a line for syntax errors but
/// not for keys, and an error about a key or its value must name its line, so this reads the
/// text again: `[table]` headers set the prefix, `key =` / `a.b =` / `"quoted" =` start a key.
/// Lines inside multi-line strings are skipped. A key of an inline table
/// (`colors = { title = "red" }`) is found by its table's line.
struct KeyLines {
    private var lines: [String: Int] = [:]

    init(_ text: String) {
        var table: [String] = []
        var inMultiline: String? = nil
        var number = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            let line = rawLine.trimmingSpaces()
            if let delimiter = inMultiline {
                if line.contains(delimiter) { inMultiline = nil }
                continue
            }
            if line.hasPrefix("[") {
                let inner = line.drop(while: { $0 == "[" }).prefix(while: { $0 != "]" })
                table = KeyLines.keyPath(Substring(inner))
                if lines[table.joined(separator: ".")] == nil { lines[table.joined(separator: ".")] = number }
                continue
            }
            guard let equals = KeyLines.equalsOutsideQuotes(line) else { continue }
            let key = KeyLines.keyPath(line[line.startIndex..<equals])
            guard !key.isEmpty else { continue }
            let full = (table + key).joined(separator: ".")
            if lines[full] == nil { lines[full] = number }
            let value = line[line.index(after: equals)...]
            // An opening delimiter without its closing one on the same line.
            for delimiter in ["\"\"\"", "'''"] where KeyLines.count(delimiter, in: value) % 2 == 1 {
                inMultiline = delimiter
            }
        }
    }

    /// The line of `path` (dotted), else of the nearest table or key that holds it.
    func line(of path: [String]) -> Int {
        var path = path
        while !path.isEmpty {
            if let line = lines[path.joined(separator: ".")] { return line }
            path.removeLast()
        }
        return 1
    }

    static func count(_ needle: String, in text: Substring) -> Int {
        var count = 0
        var rest = text
        while let range = rest.firstRange(of: needle) {
            count += 1
            rest = rest[range.upperBound...]
        }
        return count
    }

    static func keyPath(_ text: Substring) -> [String] {
        var parts: [String] = []
        var current = ""
        var quote: Character? = nil
        for character in text {
            if let open = quote {
                if character == open { quote = nil } else { current.append(character) }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == "." {
                parts.append(current)
                current = ""
            } else if character != " " && character != "\t" {
                current.append(character)
            }
        }
        parts.append(current)
        return parts.allSatisfy(\.isEmpty) ? [] : parts
    }

    static func equalsOutsideQuotes(_ line: Substring) -> Substring.Index? {
        var quote: Character? = nil
        var index = line.startIndex
        while index < line.endIndex {
            let character = line[index]
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == "#" {
                return nil
            } else if character == "=" {
                return index
            }
            index = line.index(after: index)
        }
        return nil
    }
}

extension Substring {
    fileprivate func trimmingSpaces() -> Substring {
        var text = self
        while let first = text.first, first == " " || first == "\t" || first == "\r" { text.removeFirst() }
        while let last = text.last, last == " " || last == "\t" || last == "\r" { text.removeLast() }
        return text
    }
}
