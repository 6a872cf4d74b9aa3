import NewsroomCore
import Testing
@testable import NewsroomUI

@Suite("The headline list's date column follows ReaderSettings.dateFormat")
struct DateColumnTests {
    @Test("the standard column is 22.01.24; a configured one prints its own pattern at its own width")
    func configuredFormat() throws {
        var harness = Harness(FakeLibrary([Fixtures.heatNetwork]), width: 80, height: 10)
        func rows() -> [String] {
            let screen = harness.screen()
            return (0..<screen.height).map { screen.rowText($0) }
        }
        #expect(rows().contains { $0.contains("22.01.24") })
        harness.state.settings.dateFormat = try DateFormat("%a %e %b %Y")
        let row = try #require(rows().first { $0.contains("Mon 22 Jan 2024") })
        #expect(!row.contains("22.01.24"))
        #expect(row.contains("Mon 22 Jan 2024 "), "one space after the column")
    }

    @Test("patterns: fields, literal text, %% and refused fields")
    func patterns() throws {
        let date = Fixtures.date()  // Monday 22 January 2024, 15:32
        #expect(try DateFormat("%d.%m.%y").format(date) == DateFormat.standard.format(date))
        #expect(try DateFormat("%d.%m.%y") == DateFormat.standard)
        #expect(try DateFormat("%Y-%m-%d %H:%M").format(date) == "2024-01-22 15:32")
        #expect(try DateFormat("%e/%m 100%%").format(date) == "22/01 100%")
        #expect(try DateFormat("%Y-%m-%d %H:%M").width == 16)
        #expect(throws: DateFormatError.self) { try DateFormat("%s") }
        #expect(throws: DateFormatError.self) { try DateFormat("50%") }
        #expect(throws: DateFormatError.self) { try DateFormat("%d\u{1B}[31m") }
    }
}
