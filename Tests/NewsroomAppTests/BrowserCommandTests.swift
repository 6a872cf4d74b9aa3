import Foundation
import NewsroomApp
import Testing

/// The browser command from the configuration: its own arguments, then the link, never
/// through a shell's reading of the link.
@Suite struct BrowserCommandTests {
    @Test func theCommandsArgumentsComeFirstAndTheLinkLast() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("browser-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: out) }
        // sh -c SCRIPT NAME LINK: $0 is NAME, $1 the link, as the browser would get them.
        let open = try #require(BrowserLauncher.opener(command: ["sh", "-c", "printf '%s|%s' \"$0\" \"$1\" > \(out)", "first"]))
        #expect(open("https://example.org/a?b=1;$(touch /tmp/x)") == nil)
        #expect(try String(contentsOfFile: out, encoding: .utf8) == "first|https://example.org/a?b=1;$(touch /tmp/x)")
    }

    @Test func noCommandMeansNoBrowser() {
        #expect(BrowserLauncher.opener(command: nil) == nil)
        #expect(BrowserLauncher.opener(command: []) == nil)
    }

    @Test func aFailingCommandSaysWhy() throws {
        let open = try #require(BrowserLauncher.opener(command: ["sh", "-c", "exit 3"]))
        #expect(open("https://example.org") == "sh ended with status 3.")
    }
}
