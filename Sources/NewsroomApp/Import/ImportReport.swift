import NewsroomUI

extension ArticleImport.Summary {
    /// Why the reader does not open after importing its paths: every file was skipped, so
    /// there is nothing to read (say, a mistyped folder). nil when something went in.
    public var nothingToRead: String? {
        let imported = counts.added + counts.updated + counts.unchanged
        guard imported == 0, !failures.isEmpty else { return nil }
        return failures.count == 1
            ? "nothing to read: the file was skipped"
            : "nothing to read: all \(failures.count) files were skipped"
    }

    /// The reader's first status line about the import (`Imported: 3 new, 1 file skipped
    /// ...`); nil when nothing changed. Skipped files make it an error line.
    public var readerStartMessage: StatusMessage? {
        var parts: [String] = []
        if counts.added > 0 { parts.append("\(counts.added) new") }
        if counts.updated > 0 { parts.append("\(counts.updated) updated") }
        if !failures.isEmpty {
            let files = failures.count == 1 ? "1 file" : "\(failures.count) files"
            parts.append("\(files) skipped (listed on stderr after you quit)")
        }
        guard !parts.isEmpty else { return nil }
        return StatusMessage("Imported: " + parts.joined(separator: ", ") + ".", isError: !failures.isEmpty)
    }
}
