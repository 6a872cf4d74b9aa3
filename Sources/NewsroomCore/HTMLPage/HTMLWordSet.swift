/// A list of words to look for as substrings of a class/id hint, searched in one pass over
/// the hint: at each byte only the words that start with that byte are compared. It must
/// equal `words.contains { text.hasSubstring($0) }` (byte for byte in UTF-8); the chrome test
/// asked that of every element for a hundred words, a tenth of the extraction time.
struct HTMLWordSet {
    private let words: [[UInt8]]
    /// For each first byte, the indices of the words that start with it.
    private let byFirstByte: [[Int]]
    private let hasEmptyWord: Bool

    init(_ words: [String]) {
        self.words = words.map { Array($0.utf8) }
        var byFirstByte = [[Int]](repeating: [], count: 256)
        for (index, word) in self.words.enumerated() {
            if let first = word.first { byFirstByte[Int(first)].append(index) }
        }
        self.byFirstByte = byFirstByte
        hasEmptyWord = self.words.contains { $0.isEmpty }
    }

    /// True when one of the words occurs in `text`.
    func occurs(in text: String) -> Bool {
        if hasEmptyWord { return true }
        var text = text
        return text.withUTF8 { h in
            let n = h.count
            for i in 0..<n {
                for index in byFirstByte[Int(h[i])] {
                    let word = words[index]
                    guard word.count <= n - i else { continue }
                    var k = 1
                    while k < word.count, h[i + k] == word[k] { k += 1 }
                    if k == word.count { return true }
                }
            }
            return false
        }
    }
}
