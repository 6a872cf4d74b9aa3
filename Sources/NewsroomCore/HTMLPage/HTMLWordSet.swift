/// A fixed list of words, asked whether any of them occurs in a string (byte for byte in
/// UTF-8, anywhere: `hasSubstring` for each word, in one pass). The boilerplate rules ask
/// this of every element's class/id for a hundred words; one `hasSubstring` per word was a
/// fifth of the extraction benchmark's instructions.
struct HTMLWordSet {
    let words: [String]
    /// The words by their first byte, as bytes.
    private var byFirstByte: [[[UInt8]]] = Array(repeating: [], count: 256)
    private let hasEmptyWord: Bool

    init(_ words: [String]) {
        self.words = words
        hasEmptyWord = words.contains("")
        for word in words where !word.isEmpty {
            let bytes = Array(word.utf8)
            byFirstByte[Int(bytes[0])].append(bytes)
        }
    }

    /// True when some word occurs in `text`: the same answer as
    /// `words.contains { text.hasSubstring($0) }`.
    func occurs(in text: String) -> Bool {
        if hasEmptyWord { return true }
        var text = text
        return text.withUTF8 { h in
            let n = h.count
            for i in 0..<n {
                let candidates = byFirstByte[Int(h[i])]
                if candidates.isEmpty { continue }
                for word in candidates where word.count <= n - i {
                    var k = 1
                    while k < word.count, h[i + k] == word[k] { k += 1 }
                    if k == word.count { return true }
                }
            }
            return false
        }
    }
}
