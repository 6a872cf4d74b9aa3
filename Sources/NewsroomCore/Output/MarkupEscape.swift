/// The one escaper for text written into XML or HTML (OPML, the Netscape bookmark file):
/// the five markup characters as character references, valid in text and in double- or
/// single-quoted attributes alike. Callers decide first what to do with control characters.
public enum MarkupEscape {
    public static func text(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out.append(contentsOf: "&amp;".unicodeScalars)
            case "<": out.append(contentsOf: "&lt;".unicodeScalars)
            case ">": out.append(contentsOf: "&gt;".unicodeScalars)
            case "\"": out.append(contentsOf: "&quot;".unicodeScalars)
            case "'": out.append(contentsOf: "&#39;".unicodeScalars)  // &apos; is not HTML 4
            default: out.append(scalar)
            }
        }
        return String(out)
    }
}
