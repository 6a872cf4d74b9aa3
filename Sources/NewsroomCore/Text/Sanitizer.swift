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
///   Arabic prepended number signs, the other format controls and unassigned
///   default-ignorable code points.
/// - Kept: the soft hyphen U+00AD (`WordWrap` breaks there and drops the unused ones), ZWJ and
///   ZWNJ (emoji sequences, Indic and Persian spelling) and emoji tag characters inside a
///   cluster.
/// - Every grapheme cluster of the output starts with a base, so the terminal and
///   `DisplayWidth` put it in the same cell: a combining mark at the start of a line (text
///   start or a kept line break) is shown on a no-break space U+00A0, as Unicode recommends
///   for marks in isolation; an invisible joiner, selector or tag there is dropped; soft
///   hyphens between two pieces that would form one cluster without them (a mark, a flag's
///   second half, the next part of a ZWJ sequence or conjunct) are dropped, so removing the
///   unused ones while wrapping never merges clusters; Hangul vowel/final jamo that do not
///   continue a syllable are dropped (they have no width alone).
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

    private static func action(for value: UInt32, keepingLineBreaks: Bool) -> Action {
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
        case 0x0600...0x0605, 0x061C, 0x06DD, 0x070F, 0x0890...0x0891, 0x08E2, 0x180E, 0x200B,
             0x200E, 0x200F, 0x202A...0x202E, 0x2060...0x206F, 0xFEFF, 0x110BD, 0x110CD,
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

    /// Where a kept scalar goes, given what came before it on the line. This is what keeps every
    /// grapheme cluster of the output visible and starting with a base character.
    private enum Placement {
        case keep
        /// It attaches to the cluster before the soft hyphens between them: drop those (a
        /// break there would tear the cluster apart, so they could never be used).
        case keepAfterDroppingSoftHyphens
        /// A visible mark with nothing to sit on: put it on a no-break space.
        case giveBase
        case drop
    }

    /// - Parameters:
    ///   - base: the last kept scalar of the line other than soft hyphens (nil at line start).
    ///   - softHyphensBetween: soft hyphens were kept after `base`.
    ///   - loneRegionalIndicator: `base` is a regional indicator still waiting for its pair.
    private static func placement(
        of value: UInt32, after base: UInt32?, softHyphensBetween: Bool, loneRegionalIndicator: Bool
    ) -> Placement {
        if value < 0x300 { return .keep }
        if HangulJamo.isMedialOrFinal(value) {
            // Hangul vowel and final jamo only continue a syllable; alone they have no width.
            guard let base, HangulJamo.accepts(value, after: base) else { return .drop }
        }
        if let base {
            guard softHyphensBetween else { return .keep }
            if DisplayWidth.isRegionalIndicator(value) && DisplayWidth.isRegionalIndicator(base) {
                return loneRegionalIndicator ? .keepAfterDroppingSoftHyphens : .keep  // a flag's halves
            }
            return GraphemeJoin.joins(value, after: base) ? .keepAfterDroppingSoftHyphens : .keep
        }
        guard GraphemeJoin.joins(value, after: 0x61) else { return .keep }  // attaches even to a letter "a"
        switch value {
        case 0x180B...0x180D, 0x180F, 0xFE00...0xFE0F, 0xE0100...0xE01EF:
            return .drop  // variation selectors select nothing here
        default:
            switch ScalarClass.of(value) {
            case .format: return .drop  // ZWJ, ZWNJ, tags: invisible on their own
            case .mark, .spacing: return .giveBase
            case .wide, .normal: return .keep  // a skin-tone swatch shows as itself
            }
        }
    }

    /// True when `rebuild` would return `text` unchanged. Runs over every string the screen
    /// draws, so plain ASCII costs one byte comparison per character and no allocation.
    private static func isAlreadySafe(_ text: String, keepingLineBreaks: Bool) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var base: UInt32?
            var softHyphensBetween = false
            var loneRegionalIndicator = false
            var offset = 0
            while offset < bytes.count {
                let byte = bytes[offset]
                if byte >= 0x20 && byte < 0x7F {
                    base = UInt32(byte)
                    softHyphensBetween = false
                    loneRegionalIndicator = false
                    offset += 1
                    continue
                }
                let (value, length) = UTF8Decoding.scalar(in: bytes, at: offset)
                offset += length
                if value == 0x0A && keepingLineBreaks {
                    base = nil
                    softHyphensBetween = false
                    loneRegionalIndicator = false
                    continue
                }
                guard case .keep = action(for: value, keepingLineBreaks: keepingLineBreaks) else { return false }
                if value == 0xAD {
                    softHyphensBetween = true
                    continue
                }
                let place = placement(
                    of: value, after: base, softHyphensBetween: softHyphensBetween,
                    loneRegionalIndicator: loneRegionalIndicator)
                guard case .keep = place else { return false }
                base = value
                softHyphensBetween = false
                loneRegionalIndicator = DisplayWidth.isRegionalIndicator(value) && !loneRegionalIndicator
            }
            return true
        }
    }

    private static func rebuild(_ text: String, keepingLineBreaks: Bool) -> String {
        var input = text
        var output = SanitizedOutput(capacity: text.utf8.count)
        var previousWasCarriageReturn = false
        input.withUTF8 { bytes in
            var offset = 0
            while offset < bytes.count {
                let (value, length) = UTF8Decoding.scalar(in: bytes, at: offset)
                offset += length
                if previousWasCarriageReturn {
                    previousWasCarriageReturn = false
                    if value == 0x0A { continue }  // CR LF is one break
                }
                let kept: UInt32
                switch action(for: value, keepingLineBreaks: keepingLineBreaks) {
                case .keep where value == 0xAD:
                    output.appendSoftHyphen()
                    continue
                case .keep:
                    kept = value
                case .replace(let picture):
                    kept = picture.value
                case .drop:
                    continue
                case .tab:
                    output.appendTab()
                    continue
                case .lineBreak:
                    output.breakLine()
                    continue
                case .carriageReturn:
                    output.breakLine()
                    previousWasCarriageReturn = true
                    continue
                }
                let place = placement(
                    of: kept, after: output.base, softHyphensBetween: output.softHyphensBetween,
                    loneRegionalIndicator: output.loneRegionalIndicator)
                switch place {
                case .keep:
                    output.append(kept)
                case .keepAfterDroppingSoftHyphens:
                    output.dropTrailingSoftHyphens()
                    output.append(kept)
                case .giveBase:
                    output.append(noBreakSpace.value)
                    output.append(kept)
                case .drop:
                    continue
                }
            }
        }
        return output.finish()
    }
}
