import Foundation

/// `newsroom-bench opml`: `newsroom import-opml` end to end on generated OPML files (folders,
/// categories), into an empty urls file. Adding a feed used to look for its URL by parsing
/// every line already in the file: 2,000 outlines took 4.4 s, 8,000 took 71 s. Target: 100,000
/// outlines in under 2 s.
func runOPMLImportBenchmark() throws {
    let binary = newsroomBinary()
    guard FileManager.default.isExecutableFile(atPath: binary) else {
        print("opml: skipped, no newsroom binary at \(binary) (swift build -c release --product newsroom)")
        return
    }
    let folder = FileManager.default.temporaryDirectory.path + "/newsroom-bench-opml-\(getpid())"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    for count in [2_000, 8_000, 100_000] {
        let opml = folder + "/feeds-\(count).opml"
        try Data(OPMLBenchInput.document(outlines: count).utf8).write(to: URL(fileURLWithPath: opml))
        let urls = folder + "/urls-\(count)"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["import-opml", opml, "--urls", urls]
        let output = Pipe()
        process.standardOutput = output
        let start = DispatchTime.now().uptimeNanoseconds
        try process.run()
        let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let wall = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        guard process.terminationStatus == 0 else {
            print("opml: import-opml exited \(process.terminationStatus): \(printed)")
            return
        }
        let target = count == 100_000 ? " (target < 2 s)" : ""
        print(String(
            format: "opml: import-opml, %d outlines: %.2f s wall%@ -> %@",
            count, wall, target, printed.trimmingCharacters(in: .newlines)))
    }
}

/// An OPML 2.0 file shaped like a large reader's export: feeds in folders of 50, a category
/// on every third feed, every hundredth URL listed twice (merged, not added again).
enum OPMLBenchInput {
    static func document(outlines count: Int) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"2.0\"><head><title>bench</title></head><body>\n"
        var index = 0
        while index < count {
            out += "<outline text=\"Folder \(index / 50)\">\n"
            for _ in 0..<50 where index < count {
                let url = index % 100 == 99 ? "https://feeds\(index - 1).example/rss" : "https://feeds\(index).example/rss"
                let category = index % 3 == 0 ? " category=\"/news/local,tech\"" : ""
                out += "  <outline type=\"rss\" text=\"Feed \(index)\" xmlUrl=\"\(url)\"\(category)/>\n"
                index += 1
            }
            out += "</outline>\n"
        }
        return out + "</body></opml>\n"
    }
}
