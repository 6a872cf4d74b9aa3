/// Finds escape sequences and control characters that a program leaked to the terminal.
///
/// Two views, because a terminal emulator consumes what it understands:
/// - `leaks(inCapture:)` reads `tmux capture-pane -e`. tmux writes the screen as text plus SGR
///   sequences (`ESC [ params m`) for attributes and nothing else, so any other ESC, any
///   C0/C1 control or bidi control in there came from the program. It cannot see sequences
///   tmux acted on (a title change, a clipboard write): check `TmuxSession.title()` and
///   `pasteBuffers()` for those.
/// - `leaks(inRawOutput:)` reads the program's bytes (`pipe-pane -O`). ncurses legitimately
///   sends CSI sequences, charset designations and keypad modes; a reader never needs OSC
///   (title, clipboard, hyperlinks), DCS, APC, PM, SOS, a terminal reset, BEL, 8-bit C1 or a
///   bidi control. A hostile CSI (say ESC[2J) cannot be told from ncurses' own, so tests of
///   hostile samples also check that its text shows as harmless placeholders (␛[2J).
enum TerminalSafety {
    static func leaks(inCapture capture: String) -> [String] {
        var findings: [String] = []
        let scalars = Array(capture.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\u{1B}" {
                var end = index + 1
                if end < scalars.count, scalars[end] == "[" {
                    end += 1
                    while end < scalars.count, "0123456789;:".unicodeScalars.contains(scalars[end]) { end += 1 }
                    if end < scalars.count, scalars[end] == "m" {
                        index = end + 1
                        continue
                    }
                }
                findings.append("escape sequence other than SGR at scalar \(index): \(visible(scalars[index..<min(index + 16, scalars.count)]))")
                index += 1
                continue
            }
            if let problem = forbiddenScalar(scalar, allowedControls: ["\n"]) {
                findings.append("\(problem) at scalar \(index)")
            }
            index += 1
        }
        return findings
    }

    static func leaks(inRawOutput bytes: [UInt8]) -> [String] {
        var findings: [String] = []
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x1B {
                let (length, problem) = escapeSequence(in: bytes, at: index)
                if let problem {
                    findings.append("\(problem) at byte \(index): \(visible(bytes[index..<min(index + 16, bytes.count)]))")
                }
                index += max(length, 1)
                continue
            }
            if byte < 0x80 {
                // Text, and the controls ncurses moves the cursor with: TAB, LF, CR, BS, SO/SI.
                if byte < 0x20 && ![0x09, 0x0A, 0x0D, 0x08, 0x0E, 0x0F].contains(byte) || byte == 0x7F {
                    findings.append("control byte 0x\(String(byte, radix: 16)) at byte \(index)")
                }
                index += 1
                continue
            }
            guard let (scalar, length) = decodeUTF8(bytes, at: index) else {
                findings.append("invalid UTF-8 (an 8-bit control?) 0x\(String(byte, radix: 16)) at byte \(index)")
                index += 1
                continue
            }
            if let problem = forbiddenScalar(scalar, allowedControls: []) {
                findings.append("\(problem) at byte \(index)")
            }
            index += length
        }
        return findings
    }

    /// The length of the escape sequence at `start` and, when it is not one ncurses uses, why.
    private static func escapeSequence(in bytes: [UInt8], at start: Int) -> (Int, String?) {
        guard start + 1 < bytes.count else { return (1, "lone ESC at the end") }
        switch bytes[start + 1] {
        case UInt8(ascii: "["):
            var end = start + 2
            while end < bytes.count, (0x20...0x3F).contains(bytes[end]) { end += 1 }
            guard end < bytes.count, (0x40...0x7E).contains(bytes[end]) else { return (end - start, "unterminated CSI") }
            return (end + 1 - start, nil)
        case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "*"), UInt8(ascii: "+"):
            return (min(3, bytes.count - start), nil)  // character set designation
        case UInt8(ascii: "="), UInt8(ascii: ">"), UInt8(ascii: "7"), UInt8(ascii: "8"),
             UInt8(ascii: "M"), UInt8(ascii: "D"), UInt8(ascii: "E"):
            return (2, nil)  // keypad modes, save/restore cursor, index/reverse index
        case UInt8(ascii: "]"): return (controlString(in: bytes, at: start), "OSC (title, clipboard, hyperlink, palette)")
        case UInt8(ascii: "P"): return (controlString(in: bytes, at: start), "DCS")
        case UInt8(ascii: "_"): return (controlString(in: bytes, at: start), "APC")
        case UInt8(ascii: "^"): return (controlString(in: bytes, at: start), "PM")
        case UInt8(ascii: "X"): return (controlString(in: bytes, at: start), "SOS")
        case UInt8(ascii: "c"): return (2, "terminal reset (RIS)")
        default: return (2, "unexpected escape sequence")
        }
    }

    /// The length of a control string (OSC, DCS, ...) up to and including its terminator,
    /// BEL or ESC \, so one leaked sequence is reported once.
    private static func controlString(in bytes: [UInt8], at start: Int) -> Int {
        var end = start + 2
        while end < bytes.count {
            if bytes[end] == 0x07 { return end + 1 - start }
            if bytes[end] == 0x1B, end + 1 < bytes.count, bytes[end + 1] == UInt8(ascii: "\\") { return end + 2 - start }
            end += 1
        }
        return end - start
    }

    private static func forbiddenScalar(_ scalar: Unicode.Scalar, allowedControls: Set<Unicode.Scalar>) -> String? {
        if allowedControls.contains(scalar) { return nil }
        switch scalar.value {
        case 0x00...0x1F, 0x7F: return "control character U+\(hex(scalar))"
        case 0x80...0x9F: return "C1 control U+\(hex(scalar))"
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return "bidi control U+\(hex(scalar))"
        default: return nil
        }
    }

    private static func decodeUTF8(_ bytes: [UInt8], at start: Int) -> (Unicode.Scalar, Int)? {
        let lead = bytes[start]
        let (length, initial): (Int, UInt32) = switch lead {
        case 0xC2...0xDF: (2, UInt32(lead & 0x1F))
        case 0xE0...0xEF: (3, UInt32(lead & 0x0F))
        case 0xF0...0xF4: (4, UInt32(lead & 0x07))
        default: (0, 0)
        }
        guard length > 0, start + length <= bytes.count else { return nil }
        var value = initial
        for offset in 1..<length {
            let byte = bytes[start + offset]
            guard byte & 0xC0 == 0x80 else { return nil }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        guard let scalar = Unicode.Scalar(value), String(scalar).utf8.count == length else { return nil }  // no overlongs
        return (scalar, length)
    }

    private static func hex(_ scalar: Unicode.Scalar) -> String {
        let digits = String(scalar.value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    private static func visible<S: Sequence>(_ scalars: S) -> String where S.Element == Unicode.Scalar {
        scalars.map { $0.value < 0x20 || $0.value == 0x7F ? "^" + String(Unicode.Scalar(UInt8(($0.value + 0x40) & 0x7F))) : String($0) }.joined()
    }

    private static func visible<S: Sequence>(_ bytes: S) -> String where S.Element == UInt8 {
        visible(bytes.map { Unicode.Scalar($0) })
    }
}
