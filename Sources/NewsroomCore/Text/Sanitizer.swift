/// The one gate between text from outside and a human's terminal.
///
/// `display(_:)` returns text that is safe to draw and that `DisplayWidth` measures the way the
/// terminal lays it out:
/// - C0 controls become their control pictures (U+2400 + code: ESC -> "␛", LF -> "␊",
///   CR -> "␍", NUL -> "␀"), DEL becomes "␡" (U+2421): one column each, so a stray control
///   in a headline is visible instead of moving the cursor.
/// - A tab becomes spaces up to the next multiple of `tabWidth` (4) columns, counted from the
///   start of the line (the string, or the last line break when they are kept).
/// - C1 controls (U+0080-U+009F) and noncharacters become U+FFFD "�": there is no picture for
///   them, and they are usually mis-decoded bytes.
/// - U+2028 LINE SEPARATOR and U+2029 PARAGRAPH SEPARATOR become "␤" (U+2424).
/// - Dropped, because they are invisible yet reorder, hide or shift text: bidi embeddings,
///   overrides, isolates and marks (U+202A-U+202E, U+2066-U+2069, U+200E, U+200F, U+061C),
///   zero-width space U+200B, word joiner and invisible operators (U+2060-U+206F), BOM/ZWNBSP
///   U+FEFF, interlinear annotation (U+FFF9-U+FFFB), Mongolian vowel separator U+180E, the
///   other format controls and unassigned default-ignorable code points.
/// - Kept: the soft hyphen U+00AD (`WordWrap` breaks there and drops the unused ones), ZWJ and
///   ZWNJ (emoji sequences, Indic and Persian spelling), emoji tag characters, and the Arabic
///   prepended number signs, all of which belong to a cluster.
/// - A combining mark that would start a grapheme cluster (at the start of the text, after a
///   soft hyphen or a kept line break) would land on the cell before it on the terminal: it is
///   shown on a no-break space U+00A0, as Unicode recommends for marks in isolation. An
///   invisible joiner or variation selector in that place is dropped.
/// `display(bytes:)` first decodes UTF-8, turning invalid sequences into U+FFFD.
///
/// The output is idempotent (sanitizing twice changes nothing), and text that needs no change
/// (the common case: printable ASCII, letters, CJK, emoji) is returned as is, without copying.
public enum Sanitizer {
    /// Tab stops every this many columns.
    public static let tabWidth = 4

    /// Text for one line on screen: no control of any kind survives, line breaks included.
    public static func display(_ text: String) -> String {
        sanitize(text, keepingLineBreaks: false)
    }

    /// Like `display(_:)`, but LF, CR LF, CR, NEL, U+2028 and U+2029 become "\n" (for
    /// `WordWrap.wrap`, which treats "\n" as a hard break). Every other control is handled as
    /// in `display(_:)`.
    public static func displayKeepingLineBreaks(_ text: String) -> String {
        sanitize(text, keepingLineBreaks: true)
    }

    /// Raw bytes for one line on screen: decoded as UTF-8 (invalid sequences -> U+FFFD),
    /// then sanitized like `display(_:)`.
    public static func display<Bytes: Collection>(bytes: Bytes) -> String where Bytes.Element == UInt8 {
        display(String(decoding: bytes, as: UTF8.self))
    }

    // MARK: - Implementation

    private static func sanitize(_ text: String, keepingLineBreaks: Bool) -> String {
        if isAlreadySafe(text, keepingLineBreaks: keepingLineBreaks) { return text }
        return rebuild(text, keepingLineBreaks: keepingLineBreaks)
    }

    /// What happens to one scalar.
    private enum Action {
        case keep
        case drop
        case replace(Unicode.Scalar)
        case tab
        case lineBreak
        /// CR: a line break, but one that swallows a following LF.
        case carriageReturn
    }

    private static let replacement: Unicode.Scalar = "\u{FFFD}"
    private static let noBreakSpace: Unicode.Scalar = "\u{A0}"

    private static func action(for scalar: Unicode.Scalar, keepingLineBreaks: Bool) -> Action {
        let value = scalar.value
        if keepingLineBreaks {
            switch value {
            case 0x0A, 0x85, 0x2028, 0x2029: return .lineBreak
            case 0x0D: return .carriageReturn
            default: break
            }
        }
        switch value {
        case 0x20...0x7E, 0xA0...0x2FF:
            return .keep
        case 0x09:
            return .tab
        case 0x00...0x1F:
            return .replace(Unicode.Scalar(0x2400 + value) ?? replacement)
        case 0x7F:
            return .replace("\u{2421}")
        case 0x80...0x9F:
            return .replace(replacement)
        case 0x2028, 0x2029:
            return .replace("\u{2424}")
        case 0x061C, 0x180E, 0x200B, 0x200E, 0x200F, 0x202A...0x202E, 0x2060...0x206F, 0xFEFF,
             0xFFF0...0xFFFB, 0x13430...0x1343F, 0x1BCA0...0x1BCA3, 0x1D173...0x1D17A,
             0xE0000...0xE001F, 0xE0080...0xE0FFF:
            return .drop
        case 0xFDD0...0xFDEF:
            return .replace(replacement)
        default:
            // The last two code points of every plane are noncharacters too.
            return value & 0xFFFE == 0xFFFE ? .replace(replacement) : .keep
        }
    }

    /// Scalars that extend the cluster before them (grapheme break Extend or SpacingMark).
    private enum Attachment {
        case none
        /// A visible mark: alone it needs a base to sit on.
        case visible
        /// A joiner, selector or tag: alone it shows nothing.
        case invisible
    }

    private static func attachment(of value: UInt32) -> Attachment {
        if value < 0x300 { return .none }
        switch value {
        case 0x200C, 0x200D, 0xFE00...0xFE0F, 0xE0020...0xE007F, 0xE0100...0xE01EF:
            return .invisible
        default:
            switch ScalarClass.of(value) {
            case .mark, .spacing: return .visible
            case .format, .wide, .normal: return .none
            }
        }
    }

    /// True when `rebuild` would return `text` unchanged. Runs over every string the screen
    /// draws, so plain ASCII costs one byte comparison per character and no allocation.
    private static func isAlreadySafe(_ text: String, keepingLineBreaks: Bool) -> Bool {
        let asciiVerdict = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            for byte in bytes where byte < 0x20 || byte >= 0x7F {
                return byte >= 0x80 ? nil : false  // non-ASCII needs the scalar scan below
            }
            return true
        }
        if let verdict = asciiVerdict ?? nil { return verdict }
        var atClusterStart = true
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value >= 0x20 && value < 0x7F {
                atClusterStart = false
                continue
            }
            if value == 0x0A && keepingLineBreaks {
                atClusterStart = true
                continue
            }
            guard case .keep = action(for: scalar, keepingLineBreaks: keepingLineBreaks) else { return false }
            if atClusterStart, attachment(of: value) != .none { return false }
            atClusterStart = value == 0xAD
        }
        return true
    }

    private static func rebuild(_ text: String, keepingLineBreaks: Bool) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        // Text since the line start or the last tab, measured only when a tab needs its column.
        var segment = String.UnicodeScalarView()
        var column = 0
        var atClusterStart = true
        var previousWasCarriageReturn = false

        func endSegment() {
            let piece = String(segment)
            column += DisplayWidth.of(piece)
            output += piece
            segment = String.UnicodeScalarView()
        }
        func breakLine() {
            endSegment()
            output += "\n"
            column = 0
            atClusterStart = true
        }

        for scalar in text.unicodeScalars {
            let action = action(for: scalar, keepingLineBreaks: keepingLineBreaks)
            if previousWasCarriageReturn {
                previousWasCarriageReturn = false
                if scalar == "\n" { continue }  // CR LF is one break
            }
            switch action {
            case .keep:
                if atClusterStart {
                    switch attachment(of: scalar.value) {
                    case .none: break
                    case .visible: segment.append(noBreakSpace)
                    case .invisible: continue
                    }
                }
                segment.append(scalar)
                atClusterStart = scalar.value == 0xAD
            case .drop:
                continue
            case .replace(let picture):
                segment.append(picture)
                atClusterStart = false
            case .tab:
                endSegment()
                let spaces = tabWidth - column % tabWidth
                output += String(repeating: " ", count: spaces)
                column += spaces
                atClusterStart = false
            case .lineBreak:
                breakLine()
            case .carriageReturn:
                breakLine()
                previousWasCarriageReturn = true
            }
        }
        endSegment()
        return output
    }
}
