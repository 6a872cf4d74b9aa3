import NewsroomUI
import Testing
@testable import NewsroomTerminal

@Suite("Key decoding")
struct KeyDecodingTests {
    @Test("control bytes become named keys", arguments: [
        (UInt32(10), Key.enter), (13, .enter), (27, .escape), (9, .tab), (8, .backspace), (127, .backspace),
    ])
    func controlBytes(value: UInt32, expected: Key) {
        #expect(KeyDecoding.decode(status: CursesKeyCode.ok, value: value) == .key(expected))
    }

    @Test("decoded scalars become characters", arguments: ["j", "G", " ", "/", "ü", "日", "😀"] as [Unicode.Scalar])
    func characters(scalar: Unicode.Scalar) {
        #expect(KeyDecoding.decode(status: CursesKeyCode.ok, value: scalar.value) == .key(.character(Character(scalar))))
    }

    @Test("values that are not Unicode scalars are ignored")
    func invalidScalars() {
        #expect(KeyDecoding.decode(status: CursesKeyCode.ok, value: 0xD800) == .ignored)
        #expect(KeyDecoding.decode(status: CursesKeyCode.ok, value: 0x110000) == .ignored)
    }

    @Test("a timeout or error reads as nothing")
    func errorStatus() {
        #expect(KeyDecoding.decode(status: CursesKeyCode.err, value: 0) == .ignored)
    }

    @Test("function keys", arguments: [
        (CursesKeyCode.up, Key.up), (CursesKeyCode.down, .down), (CursesKeyCode.left, .left), (CursesKeyCode.right, .right),
        (CursesKeyCode.pageUp, .pageUp), (CursesKeyCode.pageDown, .pageDown), (CursesKeyCode.home, .home), (CursesKeyCode.end, .end),
        (CursesKeyCode.keypadA1, .home), (CursesKeyCode.keypadA3, .pageUp), (CursesKeyCode.keypadC1, .end), (CursesKeyCode.keypadC3, .pageDown),
        (CursesKeyCode.enter, .enter), (CursesKeyCode.backTab, .backTab), (CursesKeyCode.backspace, .backspace), (CursesKeyCode.delete, .delete),
    ])
    func functionKeys(code: Int32, expected: Key) {
        #expect(KeyDecoding.decode(status: CursesKeyCode.codeYes, value: UInt32(code)) == .key(expected))
    }

    @Test("F1 to F12 carry their number")
    func numberedFunctionKeys() {
        for n in 1...12 {
            let code = UInt32(CursesKeyCode.function(Int32(n)))
            #expect(KeyDecoding.decode(status: CursesKeyCode.codeYes, value: code) == .key(.function(n)))
        }
    }

    @Test("a function key code is not confused with the character of the same value")
    func codeVersusCharacter() {
        // CursesKeyCode.up is 0403 = U+0103 "ă": the status decides which one it is.
        #expect(KeyDecoding.decode(status: CursesKeyCode.ok, value: UInt32(CursesKeyCode.up)) == .key(.character("ă")))
        #expect(KeyDecoding.decode(status: CursesKeyCode.codeYes, value: UInt32(CursesKeyCode.up)) == .key(.up))
    }

    @Test("resize and mouse need a follow-up call; unknown keys are ignored")
    func followUps() {
        #expect(KeyDecoding.decode(status: CursesKeyCode.codeYes, value: UInt32(CursesKeyCode.resize)) == .resize)
        #expect(KeyDecoding.decode(status: CursesKeyCode.codeYes, value: UInt32(CursesKeyCode.mouse)) == .mouse)
        #expect(KeyDecoding.decode(status: CursesKeyCode.codeYes, value: UInt32(CursesKeyCode.scrollForward)) == .ignored)
    }

    @Test("wheel and left button; other mouse events are ignored")
    func mouse() {
        #expect(KeyDecoding.decodeMouse(buttonState: CursesKeyCode.button4Pressed, x: 3, y: 4) == .mouseWheelUp)
        #expect(KeyDecoding.decodeMouse(buttonState: CursesKeyCode.button5Pressed, x: 3, y: 4) == .mouseWheelDown)
        #expect(KeyDecoding.decodeMouse(buttonState: CursesKeyCode.button1Pressed, x: 7, y: 2) == .mouseClick(x: 7, y: 2))
        #expect(KeyDecoding.decodeMouse(buttonState: CursesKeyCode.button1Clicked, x: 0, y: 9) == .mouseClick(x: 0, y: 9))
        #expect(KeyDecoding.decodeMouse(buttonState: CursesKeyCode.button1Released, x: 7, y: 2) == nil)
    }

    @Test("the mouse mask asks for exactly the events the decoder understands")
    func mouseMask() {
        let mask = KeyDecoding.mouseMask
        for event in [CursesKeyCode.button1Pressed, CursesKeyCode.button1Clicked, CursesKeyCode.button4Pressed, CursesKeyCode.button5Pressed] {
            #expect(mask & event == event)
        }
        #expect(mask & CursesKeyCode.button1Released == 0)
    }
}
