import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The library survives what real use throws at it: kill -9 mid-write, two writers at once.
/// Both use the hidden `bookmarks test-hook` of the binary to drive the store from a child.
@Suite(.serialized) struct StoreCrashTests {
    @Test func killedWriterLosesNoReportedBookmark() throws {
        let folder = try StoreTestFolder()
        let db = folder.database
        let seeded = try NewsroomBinary.run(["bookmarks", "test-hook", "seed", "1000", "--db", db])
        #expect(seeded.status == 0, "\(seeded.stderr)")

        let child = try NewsroomBinary.start(["bookmarks", "test-hook", "add-each", "0", "1000", "--db", db])
        let reader = child.standardOutputPipe.fileHandleForReading
        var received = Data()
        // Each id is printed after its transaction committed; kill once a fair number arrived.
        while received.split(separator: UInt8(ascii: "\n")).count < 150 {
            let chunk = reader.availableData
            if chunk.isEmpty { break }
            received.append(chunk)
        }
        kill(child.process.processIdentifier, SIGKILL)
        child.process.waitUntilExit()
        received.append(reader.readDataToEndOfFile())
        #expect(child.process.terminationReason == .uncaughtSignal, "the child finished before it was killed")

        // Only whole lines count as reported: a line cut by the kill was never fully printed.
        var text = String(decoding: received, as: UTF8.self)
        if !text.hasSuffix("\n"), let lastBreak = text.lastIndex(of: "\n") {
            text = String(text[...lastBreak])
        }
        let reported = text.split(separator: "\n").map(String.init)
        #expect(reported.count >= 150)
        #expect(reported.count < 1000)

        let listed = try NewsroomBinary.run(["bookmarks", "list", "--json", "--db", db])
        #expect(listed.status == 0, "\(listed.stderr)")
        let saved = Set(try bookmarkIDs(listed.stdout))
        let missing = reported.filter { !saved.contains($0) }
        #expect(missing.isEmpty, "reported but lost: \(missing.prefix(5))")

        let integrity = try NewsroomBinary.run(["bookmarks", "test-hook", "integrity", "--db", db])
        #expect(integrity.stdout == "ok\n", "\(integrity.stdout)\(integrity.stderr)")
    }

    @Test func twoWritersAtOnceBothSucceed() throws {
        let folder = try StoreTestFolder()
        let db = folder.database
        let seeded = try NewsroomBinary.run(["bookmarks", "test-hook", "seed", "1000", "--db", db])
        #expect(seeded.status == 0, "\(seeded.stderr)")

        let first = try NewsroomBinary.start(["bookmarks", "test-hook", "add-each", "0", "500", "--db", db])
        let second = try NewsroomBinary.start(["bookmarks", "test-hook", "add-each", "500", "500", "--db", db])
        var outputs: [(String, String, Int32)] = []
        for child in [first, second] {
            let out = child.standardOutputPipe.fileHandleForReading.readDataToEndOfFile()
            let err = child.standardErrorPipe.fileHandleForReading.readDataToEndOfFile()
            child.process.waitUntilExit()
            outputs.append((String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self), child.process.terminationStatus))
        }
        for (out, err, status) in outputs {
            #expect(status == 0, "\(err)")
            #expect(!err.contains("locked"))
            #expect(out.split(separator: "\n").count == 500)
        }
        let listed = try NewsroomBinary.run(["bookmarks", "list", "--json", "--db", db])
        let ids = try bookmarkIDs(listed.stdout)
        #expect(ids.count == 1000)
        #expect(Set(ids).count == 1000)
    }
}
