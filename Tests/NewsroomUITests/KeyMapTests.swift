import Testing
@testable import NewsroomUI

@Suite struct KeyMapTests {
    let state = AppState(width: 80, height: 24)

    @Test(arguments: [
        (Key.up, Command.moveUp), (.character("k"), .moveUp), (.down, .moveDown), (.character("j"), .moveDown),
        (.pageUp, .pageUp), (.pageDown, .pageDown), (.character(" "), .pageDown),
        (.home, .top), (.character("g"), .top), (.end, .bottom), (.character("G"), .bottom),
        (.enter, .open), (.right, .open), (.character("l"), .open),
        (.escape, .back), (.left, .back), (.character("h"), .back), (.tab, .switchPane),
        (.character("n"), .nextArticle), (.character("p"), .previousArticle), (.character("b"), .toggleBookmark),
        (.character("/"), .startFilter), (.character("o"), .openLink), (.character("B"), .showBookmarks),
        (.character("?"), .toggleHelp), (.character("q"), .quit), (.character("r"), .reload),
    ])
    func standardBindings(key: Key, command: Command) {
        #expect(KeyMap.standard.action(for: key, in: state) == .command(command))
    }

    @Test func filterModeTurnsKeysIntoText() {
        var editing = state
        editing.filter.isEditing = true
        let map = KeyMap.standard
        #expect(map.action(for: .character("q"), in: editing) == .filterInput(.insert("q")))
        #expect(map.action(for: .backspace, in: editing) == .filterInput(.deleteBackward))
        #expect(map.action(for: .enter, in: editing) == .applyFilter)
        #expect(map.action(for: .escape, in: editing) == .cancelFilter)
        #expect(map.action(for: .down, in: editing) == nil)
    }

    @Test func eventsBecomeActionsWhateverTheMode() {
        #expect(KeyMap.standard.action(for: .resize(width: 3, height: 4), in: state) == .resize(width: 3, height: 4))
        #expect(KeyMap.standard.action(for: .mouseWheelDown, in: state) == .scrollWheel(down: true))
        #expect(KeyMap.standard.action(for: .mouseClick(x: 1, y: 2), in: state) == .click(x: 1, y: 2))
        #expect(KeyMap.standard.action(for: .character("Z"), in: state) == nil)
    }

    @Test func overridesFromConfigurationLines() throws {
        let map = try KeyMap.parse("""
            # my keys
            x = quit
            q = none   # no accidental quits
            F5 = reload
            Space = moveDown
            Hash = toggleHelp
            """)
        #expect(map.action(for: .character("x"), in: state) == .quit)
        #expect(map.action(for: .character("q"), in: state) == nil)
        #expect(map.action(for: .function(5), in: state) == .reload)
        #expect(map.action(for: .character(" "), in: state) == .moveDown)
        #expect(map.action(for: .character("#"), in: state) == .toggleHelp)
        #expect(map.action(for: .character("j"), in: state) == .moveDown)
        #expect(map.keys(for: .quit) == ["x"])
    }

    @Test func badConfigurationLinesNameTheLine() {
        #expect(throws: KeyMapError(line: 2, message: "unknown command `fly`")) { try KeyMap.parse("j = moveDown\nk = fly") }
        #expect(throws: KeyMapError(line: 1, message: "unknown key `Hyper`")) { try KeyMap.parse("Hyper = quit") }
        #expect(throws: KeyMapError(line: 1, message: "expected `key = command`")) { try KeyMap.parse("just words") }
    }

    /// A key map saved on Windows (CR LF) or an old Mac (CR) is read line by line, not as one
    /// line (Swift's "\r\n" is a single Character, so splitting at "\n" never split it).
    @Test(arguments: ["\r\n", "\r", "\n"])
    func everyLineEndSeparatesLines(_ end: String) throws {
        let map = try KeyMap.parse(["# mine", "x = moveDown", "", "y = quit"].joined(separator: end) + end)
        #expect(map.bindings[.character("x")] == .moveDown)
        #expect(map.bindings[.character("y")] == .quit)
        #expect(throws: KeyMapError(line: 2, message: "unknown command `fly`")) {
            try KeyMap.parse("j = moveDown" + end + "k = fly" + end)
        }
    }
}
