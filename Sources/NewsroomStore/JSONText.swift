import Foundation
import NewsroomCore

/// JSON text for the store: the bookmark export, `--json` output and the JSON columns
/// (body, contacts, lists) of the articles table.
///
/// Strings are escaped by the one JSON writer (`JSONWriter.quoted`, the spec's rule: `"` and
/// `\`, every C0 control, DEL, C1 controls, U+2028/U+2029 and the bidi controls as `\uXXXX`),
/// so hostile text can never act on a terminal that shows the JSON. Other characters are
/// written as they are (UTF-8), which keeps the full-text index of the JSON body columns
/// seeing whole words.
public enum JSONText {
    public static func quote(_ text: String) -> String {
        JSONWriter.quoted(text)
    }

    public static func quote(_ text: String?) -> String {
        text.map { quote($0) } ?? "null"
    }

    public static func array(_ items: [String]) -> String {
        "[" + items.map { quote($0) }.joined(separator: ",") + "]"
    }

    /// One object from ordered key/value pairs whose values are already JSON text.
    public static func object(_ pairs: [(String, String)]) -> String {
        "{" + pairs.map { quote($0.0) + ":" + $0.1 }.joined(separator: ",") + "}"
    }
}

/// The JSON columns of the articles table. Lists and contacts are JSON text rather than child
/// tables: they are always read and written whole with their article, never queried on their
/// own, and one column is far cheaper to import (40,000 articles/s) than a row per paragraph.
enum StoredColumns {
    /// A list as a JSON array, in UTF-8: imports bind these bytes to the column as they are.
    static func jsonBytes(_ items: [String]) -> [UInt8] {
        var json = JSONWriter(reservingCapacity: items.reduce(2) { $0 + $1.utf8.count + 3 })
        json.stringArray(items)
        return json.bytes
    }

    static func jsonBytes(_ contacts: [Contact]) -> [UInt8] {
        var json = JSONWriter(reservingCapacity: contacts.isEmpty ? 2 : 256)
        json.beginArray()
        // The same object as `--json` output's contacts.
        for contact in contacts { ArticleJSON.write(contact, to: &json) }
        json.endArray()
        return json.bytes
    }

    /// The document for the `blocks` column, or nil when every block is a plain paragraph
    /// (then `body` alone gives it back).
    static func blocksBytes(_ blocks: [ArticleBlock]) -> [UInt8]? {
        blocks.allSatisfy(\.isPlainParagraph) ? nil : ArticleBlockJSON.bytes(blocks)
    }

    /// The article's blocks: the `blocks` column when there is one, else `body`'s paragraphs.
    static func decodeBlocks(_ json: String?, body: String) throws(StoreError) -> [ArticleBlock] {
        guard let json else { return try decodeStrings(body).map { ArticleBlock(text: $0) } }
        do {
            return try ArticleBlockJSON.decode(Array(json.utf8))
        } catch {
            throw .database("a stored article document cannot be read: \(error.description)")
        }
    }

    static func encode(_ items: [String]) -> String {
        String(decoding: jsonBytes(items), as: UTF8.self)
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
