import NewsroomUI
import Testing
@testable import NewsroomTerminal

@Suite("Theme and colour mode")
struct ThemeTests {
    @Test("NO_COLOR with any value, even empty, turns colours off")
    func noColor() {
        #expect(ColorMode.decide(noColorVariable: "", terminalHasColors: true, colorCount: 256) == .monochrome)
        #expect(ColorMode.decide(noColorVariable: "1", terminalHasColors: true, colorCount: 256) == .monochrome)
        #expect(ColorMode.decide(noColorVariable: nil, terminalHasColors: true, colorCount: 256) == .color)
    }

    @Test("terminals without (enough) colours are monochrome")
    func monochromeTerminals() {
        #expect(ColorMode.decide(noColorVariable: nil, terminalHasColors: false, colorCount: 0) == .monochrome)
        #expect(ColorMode.decide(noColorVariable: nil, terminalHasColors: true, colorCount: 2) == .monochrome)
        #expect(ColorMode.decide(noColorVariable: nil, terminalHasColors: true, colorCount: 8) == .color)
    }

    @Test("monochrome uses attributes only and colour pair 0")
    func monochromeHasNoColours() {
        let theme = Theme.standard(.monochrome)
        for role in StyleRole.allCases {
            #expect(theme.look(for: role).foreground == .terminalDefault)
            #expect(theme.look(for: role).background == .terminalDefault)
            #expect(theme.colorPair(for: role) == 0)
        }
    }

    @Test("colour mode gives each role its own pair")
    func pairsAreDistinct() {
        let theme = Theme.standard(.color)
        let pairs = StyleRole.allCases.map { theme.colorPair(for: $0) }
        #expect(Set(pairs).count == StyleRole.allCases.count)
        #expect(pairs.allSatisfy { $0 >= 1 })
    }

    @Test("the roles a reader must tell apart look different in both modes",
          arguments: [ColorMode.color, .monochrome])
    func distinguishable(mode: ColorMode) {
        let theme = Theme.standard(mode)
        let normal = theme.look(for: .normal)
        for role in [StyleRole.selection, .selectionInactive, .statusBar, .title, .unread, .error, .dim] {
            #expect(theme.look(for: role) != normal, "\(role) looks like normal text in \(mode)")
        }
        #expect(theme.look(for: .selection) != theme.look(for: .selectionInactive))
    }

    @Test("no role draws text in its own background colour")
    func readable() {
        let theme = Theme.standard(.color)
        for role in StyleRole.allCases {
            let look = theme.look(for: role)
            #expect(look.foreground == .terminalDefault || look.foreground != look.background, "\(role)")
        }
    }

    @Test("a style's own flags add to its role's attributes")
    func styleFlags() {
        let theme = Theme.standard(.monochrome)
        #expect(theme.attributes(for: Style(.normal)) == [])
        #expect(theme.attributes(for: Style(.normal, bold: true, underline: true)) == [.bold, .underline])
        #expect(theme.attributes(for: Style(.statusBar, bold: true)) == [.reverse, .bold])
    }
}
