import Foundation
import NewsroomCore

/// JSON text for the store: the bookmark export, `--json` output and the JSON columns
/// (body, contacts, lists) of the articles table.
///
/// Escapes per the spec: `"` and `\`, every C0 control, DEL, C1 controls (U+0080-U+009F),
/// U+2028/U+2029 and the bidi controls (U+200E, U+200F, U+061C, U+202A-U+202E,
/// U+2066-U+2069) as `\uXXXX`, so hostile text can never act on a terminal that shows the
/// JSON. Other characters are written as they are (UTF-8), which keeps the full-text index
/// of the JSON body columns seeing whole words.
public enum JSONText {
    public static func quote(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count + 2)
        appendQuoted(text, to: &out)
        return out
    }

    /// Appends `text` quoted. Most text needs no escape at all: one pass over its contiguous
    /// bytes, then one copy (scanning through `String.UTF8View` instead was a quarter of an
    /// import's CPU time).
    static func appendQuoted(_ text: String, to out: inout String) {
        if needsEscape(text) {
            out.append(quoteEscaping(text))
        } else {
            out.append("\"")
            out.append(text)
            out.append("\"")
        }
    }

    /// Whether any byte sequence of `text` is one the exact path escapes: ASCII controls, `"`,
    /// `\\`, DEL, and the UTF-8 forms of C1 controls (C2 80-9F), U+061C (D8 9C), U+200E/F,
    /// U+2028-U+202E (E2 80 8E/8F/A8-AE) and U+2066-U+2069 (E2 81 A6-A9). Other C2/E2
    /// characters (no-break space, ©, „quotes“, dashes) are common in news text and stay fast.
    private static func needsEscape(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            let raw = UnsafeRawBufferPointer(bytes)
            var index = 0
            // Eight bytes at a time: only a word holding a byte that may start an escape is
            // looked at byte by byte (prose is mostly printable ASCII).
            while index + 8 <= bytes.count {
                if mayNeedEscape(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) {
                    for position in index..<index + 8 where escapes(bytes, at: position) { return true }
                }
                index += 8
            }
            while index < bytes.count {
                if escapes(bytes, at: index) { return true }
                index += 1
            }
            return false
        }
    }

    /// A filter (false positives allowed, no false negatives): some byte of `word` is
    /// non-ASCII, below 0x20, `"`, `\\` or DEL.
    private static func mayNeedEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        func hasZeroByte(_ value: UInt64) -> Bool { (value &- ones) & ~value & highs != 0 }
        return word & highs != 0
            || (word &- ones &* 0x20) & ~word & highs != 0
            || hasZeroByte(word ^ (ones &* 0x22))
            || hasZeroByte(word ^ (ones &* 0x5C))
            || hasZeroByte(word ^ (ones &* 0x7F))
    }

    /// Whether the byte at `index` starts a sequence the exact path escapes.
    private static func escapes(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        switch bytes[index] {
        case 0x00..<0x20, 0x22, 0x5C, 0x7F:
            return true
        case 0xC2:
            return index + 1 < bytes.count && bytes[index + 1] <= 0x9F
        case 0xD8:
            return index + 1 < bytes.count && bytes[index + 1] == 0x9C
        case 0xE2:
            guard index + 2 < bytes.count else { return false }
            let second = bytes[index + 1]
            let third = bytes[index + 2]
            if second == 0x80 { return third == 0x8E || third == 0x8F || (0xA8...0xAE).contains(third) }
            return second == 0x81 && (0xA6...0xA9).contains(third)
        default:
            return false
        }
    }

    /// The exact scalar-by-scalar quoting.
    private static func quoteEscaping(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        out.append("\"")
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x22: out.append(contentsOf: "\\\"".unicodeScalars)
            case 0x5C: out.append(contentsOf: "\\\\".unicodeScalars)
            case 0x0A: out.append(contentsOf: "\\n".unicodeScalars)
            case 0x09: out.append(contentsOf: "\\t".unicodeScalars)
            case 0x0D: out.append(contentsOf: "\\r".unicodeScalars)
            case 0x00...0x1F, 0x7F, 0x80...0x9F, 0x2028, 0x2029, 0x200E, 0x200F, 0x061C,
                0x202A...0x202E, 0x2066...0x2069:
                out.append(contentsOf: unicodeEscape(scalar.value).unicodeScalars)
            default: out.append(scalar)
            }
        }
        out.append("\"")
        return String(out)
    }

    public static func quote(_ text: String?) -> String {
        text.map { quote($0) } ?? "null"
    }

    public static func array(_ items: [String]) -> String {
        var out = "["
        out.reserveCapacity(items.reduce(2) { $0 + $1.utf8.count + 3 })
        for (index, item) in items.enumerated() {
            if index > 0 { out.append(",") }
            appendQuoted(item, to: &out)
        }
        out.append("]")
        return out
    }

    /// One object from ordered key/value pairs whose values are already JSON text.
    public static func object(_ pairs: [(String, String)]) -> String {
        "{" + pairs.map { quote($0.0) + ":" + $0.1 }.joined(separator: ",") + "}"
    }

    private static func unicodeEscape(_ value: UInt32) -> String {
        let hex = String(value, radix: 16)
        return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
    }
}

/// The JSON columns of the articles table. Lists and contacts are JSON text rather than child
/// tables: they are always read and written whole with their article, never queried on their
/// own, and one column is far cheaper to import (40,000 articles/s) than a row per paragraph.
enum StoredColumns {
    static func encode(_ items: [String]) -> String {
        JSONText.array(items)
    }

    static func encode(_ contacts: [Contact]) -> String {
        var out = "["
        for (index, contact) in contacts.enumerated() {
            if index > 0 { out.append(",") }
            out.append("{\"name\":")
            JSONText.appendQuoted(contact.name, to: &out)
            for (key, value) in [("role", contact.role), ("phone", contact.phone), ("fax", contact.fax), ("email", contact.email)] {
                out.append(",\"\(key)\":")
                if let value { JSONText.appendQuoted(value, to: &out) } else { out.append("null") }
            }
            out.append(",\"channels\":")
            out.append(JSONText.array(contact.channels))
            out.append("}")
        }
        out.append("]")
        return out
    }

    /// Editor names for the full-text index: one line each.
    static func editors(_ contacts: [Contact]) -> String {
        contacts.map(\.name).joined(separator: "\n")
    }

    static func decodeStrings(_ json: String) throws(StoreError) -> [String] {
        guard let list = try parse(json) as? [String] else {
            throw .database("a stored list is not a JSON array of strings")
        }
        return list
    }

    static func decodeContacts(_ json: String) throws(StoreError) -> [Contact] {
        guard let list = try parse(json) as? [[String: Any]] else {
            throw .database("stored contacts are not a JSON array of objects")
        }
        return list.map { object in
            Contact(
                name: object["name"] as? String ?? "",
                role: object["role"] as? String,
                phone: object["phone"] as? String,
                fax: object["fax"] as? String,
                email: object["email"] as? String,
                channels: object["channels"] as? [String] ?? [])
        }
    }

    private static func parse(_ json: String) throws(StoreError) -> Any {
        do {
            return try JSONSerialization.jsonObject(with: Data(json.utf8), options: [.fragmentsAllowed])
        } catch {
            throw .database("a stored JSON column cannot be read: \(error.localizedDescription)")
        }
    }
}
