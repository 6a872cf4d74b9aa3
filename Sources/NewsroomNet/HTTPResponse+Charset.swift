import Foundation

extension HTTPResponse {
    /// The `charset` parameter of `Content-Type` (`text/html; charset="windows-1251"` gives
    /// `windows-1251`), nil when there is none: what the one decoder, `Charset`, takes as the
    /// transport's label.
    public var charset: String? {
        guard let contentType else { return nil }
        for parameter in contentType.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces).lowercased() == "charset" else { continue }
            let value = pair[1].trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
            return value.isEmpty ? nil : value
        }
        return nil
    }
}
