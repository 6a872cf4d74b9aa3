/// Word wrapping to a column width, for sanitized text (`Sanitizer.display` or
/// `Sanitizer.displayKeepingLineBreaks`: no tabs or controls).
///
/// - Every line is at most `width` columns (`DisplayWidth.of`), and no grapheme is split.
/// - Lines break at runs of spaces (U+0020); the run is dropped at the break, inner runs stay.
///   Leading and trailing spaces of each line are trimmed. A no-break space does not break.
/// - "\n" is a hard break; an empty paragraph gives an empty line, but no empty lines are
///   returned at the end.
/// - A word that fits on an empty line moves to the next line whole. A word wider than the
///   whole width is broken greedily, filling the current line first: at the last soft hyphen
///   (U+00AD) that fits, showing "-" there, or after the last hard hyphen ("-", U+2010) that
///   fits; with neither, it is cut after as many clusters as fit. Soft hyphens where no break
///   happens are dropped from the output.
/// - A cluster wider than the width (only a wide glyph at width 1) cannot be shown: it becomes
///   "\u{FFFD}" (one column), so the line still marks where text was.
/// - `width <= 0` gives no lines.
///
/// Linear time: each scalar is looked at a bounded number of times; only words that have to
/// be broken are split into grapheme clusters.
public enum WordWrap {
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var builder = LineBuilder(width: width)
        var storage = text
        // Scanned by scalars, not Characters (grapheme breaking is ten times slower): words
        // are runs between spaces and line breaks, which are cluster boundaries, except for a
        // space that a following mark attaches to, which stays inside the word.
        storage.withUTF8 { bytes in
            var word = WordScan()
            var offset = 0
            while offset < bytes.count {
                let (value, length) = UTF8Decoding.scalar(in: bytes, at: offset)
                let next = offset + length
                if value == 0x0A {
                    builder.place(word.finish(bytes, upTo: offset))
                    builder.endParagraph()
                } else if value == 0x20, !(next < bytes.count && spaceJoins(bytes, at: next)) {
                    builder.place(word.finish(bytes, upTo: offset))
                    builder.pendingSpaces += 1
                } else {
                    word.add(value, at: offset)
                }
                offset = next
            }
            builder.place(word.finish(bytes, upTo: offset))
            builder.endParagraph()
        }
        return builder.finish()
    }

    private static func spaceJoins(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
        let value = UTF8Decoding.scalar(in: bytes, at: offset).value
        return GraphemeJoin.mayExtend(value) && GraphemeJoin.joins(value, after: 0x20)
    }
}

/// One grapheme cluster of the word being placed.
private struct Cluster {
    enum Kind {
        case plain
        case softHyphen
        case hardHyphen
    }

    var character: Character
    var width: Int
    var kind: Kind

    init(_ character: Character) {
        self.character = character
        switch character {
        case "\u{AD}":
            kind = .softHyphen
            width = 0
        case "-", "\u{2010}":
            kind = .hardHyphen
            width = 1
        default:
            kind = .plain
            width = DisplayWidth.of(character)
        }
    }
}

/// A place to break a long word: the piece is clusters[start..<end] (plus "-" if
/// `addsHyphen`), the word goes on at `next`, and the piece consumed `consumedWidth` columns
/// of the word.
private struct WordBreak {
    var end: Int
    var next: Int
    var addsHyphen: Bool
    var consumedWidth: Int
}

private struct LineBuilder {
    let width: Int
    var lines: [String] = []
    /// The UTF-8 of the line being filled; a String is made once per finished line.
    var line: [UInt8] = []
    var lineWidth = 0
    /// Spaces seen since the last word; they separate it from the next word on the same line.
    var pendingSpaces = 0
    /// The clusters of a long word being broken (reused between words).
    var word: [Cluster] = []
    var wordWidth = 0

    init(width: Int) {
        self.width = width
    }

    mutating func endParagraph() {
        endLine()
        pendingSpaces = 0
    }

    mutating func finish() -> [String] {
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines
    }

    // MARK: Placing words

    mutating func place(_ scanned: ScannedWord?) {
        guard let scanned else { return }
        let columns = scanned.simpleWidth ?? DisplayWidth.of(scanned.text)
        if columns == 0, scanned.hasSoftHyphen, scanned.text.unicodeScalars.allSatisfy({ $0 == "\u{AD}" }) {
            return  // only soft hyphens: shows nothing, its spaces join the next gap
        }
        if lineWidth + gap + columns <= width {
            appendGap()
        } else if columns <= width {
            endLine()
        } else {
            placeLongWord(scanned.text)
            pendingSpaces = 0
            return
        }
        if scanned.hasSoftHyphen {
            appendDroppingSoftHyphens(scanned.bytes)
        } else {
            line.append(contentsOf: scanned.bytes)
        }
        lineWidth += columns
        pendingSpaces = 0
    }

    /// Breaks a word wider than the whole width into pieces, filling the current line first.
    private mutating func placeLongWord(_ text: String) {
        word.removeAll(keepingCapacity: true)
        wordWidth = 0
        for character in text {
            let cluster = Cluster(character)
            word.append(cluster)
            wordWidth += cluster.width
        }
        var start = 0
        var remaining = wordWidth
        while start < word.count {
            let available = width - lineWidth - gap
            if remaining <= available {
                appendGap()
                append(start..<word.count)
                return
            }
            if let wordBreak = lastBreak(from: start, available: available) {
                appendGap()
                append(start..<wordBreak.end)
                if wordBreak.addsHyphen { line.append(UInt8(ascii: "-")) }
                endLine()
                remaining -= wordBreak.consumedWidth
                start = wordBreak.next
                continue
            }
            if !line.isEmpty {
                endLine()  // no break fits here: try again on an empty line
                continue
            }
            let (end, used) = cut(from: start)
            remaining -= used
            start = end
            endLine()
        }
    }
    /// The last soft or hard hyphen break whose piece fits into `available` columns.
    private func lastBreak(from start: Int, available: Int) -> WordBreak? {
        var best: WordBreak?
        var used = 0
        var index = start
        while index < word.count {
            let cluster = word[index]
            let hasFollower = index + 1 < word.count
            if cluster.kind == .softHyphen, used > 0, hasFollower, used + 1 <= available {
                best = WordBreak(end: index, next: index + 1, addsHyphen: true, consumedWidth: used)
            }
            if used + cluster.width > available { break }
            used += cluster.width
            if cluster.kind == .hardHyphen, index > 0, hasFollower {
                best = WordBreak(end: index + 1, next: index + 1, addsHyphen: false, consumedWidth: used)
            }
            index += 1
        }
        return best
    }

    /// Puts as many clusters as fit on the (empty) line; a single cluster wider than the whole
    /// width becomes U+FFFD. Returns where the word goes on and the columns consumed.
    private mutating func cut(from start: Int) -> (end: Int, used: Int) {
        var used = 0
        var end = start
        while end < word.count, used + word[end].width <= width {
            used += word[end].width
            end += 1
        }
        if end == start {
            line.append(contentsOf: "\u{FFFD}".utf8)
            lineWidth = 1
            return (start + 1, word[start].width)
        }
        append(start..<end)
        return (end, used)
    }

    // MARK: Lines

    private var gap: Int { line.isEmpty ? 0 : pendingSpaces }

    private mutating func appendGap() {
        let spaces = gap
        if spaces > 0 {
            line.append(contentsOf: repeatElement(UInt8(ascii: " "), count: spaces))
            lineWidth += spaces
        }
        pendingSpaces = 0
    }

    /// Appends word clusters, dropping soft hyphens (a break that uses one adds "-" itself).
    private mutating func append(_ range: Range<Int>) {
        for index in range where word[index].kind != .softHyphen {
            line.append(contentsOf: word[index].character.utf8)
            lineWidth += word[index].width
        }
    }

    /// Appends UTF-8 without its soft hyphens (C2 AD: 0xC2 is never a continuation byte).
    private mutating func appendDroppingSoftHyphens(_ bytes: UnsafeBufferPointer<UInt8>) {
        var offset = 0
        while offset < bytes.count {
            if bytes[offset] == 0xC2, offset + 1 < bytes.count, bytes[offset + 1] == 0xAD {
                offset += 2
                continue
            }
            line.append(bytes[offset])
            offset += 1
        }
    }

    private mutating func endLine() {
        lines.append(String(decoding: line, as: UTF8.self))
        line.removeAll(keepingCapacity: true)
        lineWidth = 0
    }
}
