/// The one gate between text from outside and a human's terminal.
///
/// CONTRACT (implemented by the text-foundations work; this is a placeholder body):
/// `display(_:)` returns a string with no C0 control (U+0000-U+001F, tab and newline included),
/// no DEL, no C1 control (U+0080-U+009F), no bidi override/isolate/embedding/mark
/// (U+202A-U+202E, U+2066-U+2069, U+200E, U+200F, U+061C), no U+2028/U+2029.
/// Controls become visible placeholders (ESC -> U+241B), tabs become spaces.
public enum Sanitizer {
    public static func display(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x09: out.append(" ")
            case 0x00...0x1F: out.append(Unicode.Scalar(0x2400 + scalar.value)!)
            case 0x7F: out.append("\u{2421}")
            case 0x80...0x9F, 0x200E, 0x200F, 0x061C, 0x202A...0x202E, 0x2066...0x2069, 0x2028, 0x2029:
                out.append("\u{FFFD}")
            default: out.append(scalar)
            }
        }
        return String(out)
    }
}
