import Foundation
import NewsroomCore
import NewsroomStore

/// A library in a fresh temporary folder, removed when the value goes away.
final class TestLibrary: Sendable {
    let folder: String
    let store: LibraryStore

    init() throws {
        folder = FileManager.default.temporaryDirectory.path + "/newsroom-app-test-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        store = try LibraryStore(path: folder + "/newsroom.sqlite")
    }

    deinit {
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// Adds page-dump articles titled `titles`, the first one newest (the list's order).
    func add(_ titles: [String], hoursBefore start: Int = 0) throws {
        for (index, title) in titles.enumerated() {
            let published = Timestamp(secondsSince1970: 1_705_933_920 - Int64(start + index) * 3600, utcOffsetSeconds: 3600)
            let article = Article(
                title: title, body: ["Ein Absatz über \(title)."], publication: "Haldenauer Rundschau",
                section: "Stadt", published: published, link: "https://rundschau.example/\(index)")
            _ = try store.importArticles([article], source: .file(folder + "/\(title).txt"))
        }
    }
}

/// Runs `body` on a thread of its own and waits for it without blocking a task's thread: the
/// reader blocks in its key waits, and a feed reload's tasks need the shared threads meanwhile.
func onOwnThread<T: Sendable>(_ body: @escaping @Sendable () -> T) async -> T {
    await withCheckedContinuation { continuation in
        let thread = Thread { continuation.resume(returning: body()) }
        thread.stackSize = 8 << 20
        thread.start()
    }
}
