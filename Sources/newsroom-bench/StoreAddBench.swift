import Foundation

/// Part of `newsroom-bench store`: `newsroom add` end to end on a folder of generated page
/// dumps (SampleCorpus, ~2 KB each): walking the folder, one read per file, parsing, importing
/// in batches, then the full-text index catch-up. Runs the release `newsroom` binary
/// (NEWSROOM_BIN, set by `make bench`; else the one next to this executable).
func benchmarkAddFromDisk(count: Int, folder: String) throws {
    let binary = newsroomBinary()
    guard FileManager.default.isExecutableFile(atPath: binary) else {
        print("store: add from disk: skipped, no newsroom binary at \(binary) (swift build -c release --product newsroom)")
        return
    }
    let dumps = URL(fileURLWithPath: folder + "/dumps")
    let files = try SampleCorpus.write(count: count, to: dumps)
    let bytes = files.reduce(0) { total, url in
        total + (((try? FileManager.default.attributesOfItem(atPath: url.path))?[.size] as? Int) ?? 0)
    }
    let database = folder + "/newsroom.sqlite"
    let process = Process()
    process.executableURL = URL(fileURLWithPath: binary)
    process.arguments = ["add", dumps.path, "--db", database]
    let output = Pipe()
    process.standardOutput = output
    let cpuBefore = childrenCPUSeconds()
    let start = DispatchTime.now().uptimeNanoseconds
    try process.run()
    let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    let wall = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    let cpu = childrenCPUSeconds() - cpuBefore
    guard process.terminationStatus == 0 else {
        print("store: add from disk: newsroom add exited \(process.terminationStatus): \(printed)")
        return
    }
    let lines = printed.split(separator: "\n")
    print("store: newsroom add, \(count) dump files (\(bytes / 1_000_000) MB) -> \(lines.joined(separator: "; "))")
    print(String(
        format: "store: newsroom add end to end (walk + read + parse + import + index): %.0f articles/s wall (%.2f s), %.0f articles/s of CPU time",
        Double(count) / wall, wall, Double(count) / cpu))
    // `add` prints "indexed N articles in S s" for its full-text pass; the rest of its time
    // is the import itself (walk, read, parse and write, on two threads).
    if let indexLine = lines.first(where: { $0.hasPrefix("indexed ") }),
       let seconds = indexLine.split(separator: " ").dropLast().last.flatMap({ Double($0) }) {
        let importWall = wall - seconds
        print(String(
            format: "store: newsroom add, import without the index pass: %.0f articles/s wall (%.2f s) (target >= 40,000); index pass %.2f s",
            Double(count) / importWall, importWall, seconds))
    }
}

/// The `newsroom` binary the end-to-end benchmarks run: NEWSROOM_BIN, else the one beside this
/// executable.
func newsroomBinary() -> String {
    ProcessInfo.processInfo.environment["NEWSROOM_BIN"].flatMap { $0.isEmpty ? nil : $0 }
        ?? URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("newsroom").path
}

/// User + system CPU seconds of the waited-for children of this process.
private func childrenCPUSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_CHILDREN.rawValue, &usage)
    return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
}
