import Foundation
import Testing
@testable import NewsroomCore

/// Loads `Fixtures/feeds/NAME` from the test bundle.
func feedFixture(_ name: String) throws -> [UInt8] {
    let base = try #require(Bundle.module.resourceURL)
    let url = base.appendingPathComponent("Fixtures/feeds/\(name)")
    return Array(try Data(contentsOf: url))
}

func parsedFeed(_ name: String) throws -> ParsedFeed {
    try InputParser.parseFeed(bytes: feedFixture(name))
}

func feed(_ xml: String) throws -> ParsedFeed {
    try InputParser.parseFeed(bytes: Array(xml.utf8))
}
