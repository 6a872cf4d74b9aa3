import Foundation
@testable import NewsroomCore

/// Builds page dumps block by block so a test can drop or change exactly one block.
/// The text is the project's own (never the spec's seed sentences).
struct DumpFixture {
    static let separator = "\u{00A0} "

    var headlines: [String] = ["Netzbetreiber erhöhen Entgelte", "Speicher werden knapp"]
    var breadcrumb: String? = "Testblatt Energie > Netze - Umspannwerk Nord geht in Betrieb"
    var credit: String? = "Quelle: Testblatt / Anna Beispiel"
    var kicker: String? = "NETZE:"
    var title: String? = "Umspannwerk Nord geht in Betrieb"
    var teaser: String? = "Der Netzbetreiber hat das neue Umspannwerk nach zwei Jahren Bauzeit eingeweiht."
    var openingSeparator = true
    /// Paragraph texts; "\n" inside one is a line break within the paragraph.
    var body: [String] = ["Das Umspannwerk verbindet das 110-kV-Netz mit dem Höchstspannungsnetz.", "Es kostete 48 Millionen Euro\nund versorgt 90.000 Haushalte."]
    var closingSeparator = true
    /// One array of lines per editor.
    var contacts: [[String]] = [["Paula Prüfer", "Redakteurin Netze", "+49 (0) 40 5550123", "eMail", "LinkedIn"]]
    var copyright: String? = "© 2025 Testblatt Verlag"
    var date: String? = "Montag, 22.01.2024, 15:32 Uhr"
    var related: [String]? = ["Netzausbau kommt voran", "Neue Regeln für Speicher"]
    var lineEnding = "\n"

    var lines: [String] {
        var out: [String] = []
        for (i, h) in headlines.enumerated() { out.append(i == 0 ? "• \(h)" : "  • \(h)") }
        if let breadcrumb { out.append(breadcrumb) }
        if let credit { out.append(credit) }
        if let kicker { out.append(kicker) }
        if let title { out.append(title) }
        if let teaser { out.append(teaser) }
        if openingSeparator { out.append(Self.separator) }
        for (i, paragraph) in body.enumerated() {
            if i > 0 { out.append("") }
            out.append(contentsOf: paragraph.split(separator: "\n").map(String.init))
        }
        if closingSeparator { out.append(Self.separator); out.append("") }
        for (i, group) in contacts.enumerated() {
            if i > 0 { out.append("") }
            out.append(contentsOf: group)
        }
        if let copyright { out.append(copyright) }
        if let date { out.append(date) }
        if let related {
            out.append("")
            out.append("Mehr zum Thema")
            out.append(contentsOf: related)
        }
        return out
    }

    var text: String { lines.joined(separator: lineEnding) + lineEnding }
    var bytes: [UInt8] { Array(text.utf8) }

    func parse() throws -> Article { try DumpParser.parse(bytes) }
}

/// Paths of files outside the test bundle, found from this source file's location.
enum TestPaths {
    /// The package root: this file is `<root>/Tests/NewsroomCoreTests/DumpFixture.swift`.
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `shared/spec` beside the package root (`<root>/../shared/spec`), or for a git worktree
    /// one level further up; NEWSROOM_SPEC overrides.
    static var specDirectory: URL? {
        var candidates: [URL] = []
        if let env = ProcessInfo.processInfo.environment["NEWSROOM_SPEC"] { candidates.append(URL(fileURLWithPath: env)) }
        candidates.append(packageRoot.appendingPathComponent("../shared/spec").standardized)
        candidates.append(packageRoot.appendingPathComponent("../../shared/spec").standardized)
        return candidates.first { FileManager.default.fileExists(atPath: $0.appendingPathComponent("seed-article.txt").path) }
    }

    static var samplesDirectory: URL {
        if let env = ProcessInfo.processInfo.environment["NEWSROOM_SAMPLES"] { return URL(fileURLWithPath: env) }
        return packageRoot.appendingPathComponent("Samples")
    }

    static func fixture(_ name: String) throws -> [UInt8] {
        let url = packageRoot.appendingPathComponent("Tests/NewsroomCoreTests/Fixtures/dump").appendingPathComponent(name)
        return Array(try Data(contentsOf: url))
    }
}

/// Parses JSON text into Foundation objects so two documents compare regardless of key order.
func jsonObject(_ text: String) throws -> NSObject {
    try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed]) as! NSObject
}

/// Scalars that must never reach a terminal (spec "Human-readable output").
func rawControlScalars(in text: String, allowingNewline: Bool = true) -> [Unicode.Scalar] {
    text.unicodeScalars.filter { s in
        let v = s.value
        if v == 0x0A && allowingNewline { return false }
        return v < 0x20 || (0x7F...0x9F).contains(v) || v == 0x2028 || v == 0x2029 || v == 0x200E || v == 0x200F
            || v == 0x061C || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
    }
}
