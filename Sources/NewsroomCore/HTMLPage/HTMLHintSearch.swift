extension String {
    /// True when `word` occurs in the string, compared byte for byte in UTF-8. The extractor
    /// asks this of every element's class/id for dozens of words; Foundation's `contains`
    /// goes through NSString and was most of the extraction time.
    func hasSubstring(_ word: String) -> Bool {
        var haystack = self, needle = word
        return haystack.withUTF8 { h in
            needle.withUTF8 { n in
                guard let first = n.first else { return true }
                guard n.count <= h.count else { return false }
                var i = 0
                let last = h.count - n.count
                while i <= last {
                    if h[i] == first {
                        var k = 1
                        while k < n.count, h[i + k] == n[k] { k += 1 }
                        if k == n.count { return true }
                    }
                    i += 1
                }
                return false
            }
        }
    }
}
