import CNcursesw
import NewsroomUI
import Testing
@testable import NewsroomTerminal

@Suite("Key decoding")
struct KeyDecodingTests {
    @Test("control bytes become named keys", arguments: [
        (UInt32(10), Key.enter), (13, .enter), (27, .escape), (9, .tab), (8, .backspace), (127, .backspace),
    ])
    func controlBytes(value: UInt32, expected: Key) {
        #expect(KeyDecoding.decode(status: OK, value: value) == .key(expected))
    }

    @Test("decoded scalars become characters", arguments: ["j", "G", " ", "/", "ü", "日", "😀"] as [Unicode.Scalar])
    func characters(scalar: Unicode.Scalar) {
        #expect(KeyDecoding.decode(status: OK, value: scalar.value) == .key(.character(Character(scalar))))
    }

    @Test("values that are not Unicode scalars are ignored")
    func invalidScalars() {
        #expect(KeyDecoding.decode(status: OK, value: 0xD800) == .ignored)
        #expect(KeyDecoding.decode(status: OK, value: 0x110000) == .ignored)
    }

    @Test("a timeout or error reads as nothing")
    func errorStatus() {
        #expect(KeyDecoding.decode(status: ERR, value: 0) == .ignored)
    }

    @Test("function keys", arguments: [
        (KEY_UP, Key.up), (KEY_DOWN, .down), (KEY_LEFT, .left), (KEY_RIGHT, .right),
        (KEY_PPAGE, .pageUp), (KEY_NPAGE, .pageDown), (KEY_HOME, .home), (KEY_END, .end),
        (KEY_A1, .home), (KEY_A3, .pageUp), (KEY_C1, .end), (KEY_C3, .pageDown),
        (KEY_ENTER, .enter), (KEY_BTAB, .backTab), (KEY_BACKSPACE, .backspace), (KEY_DC, .delete),
    ])
    func functionKeys(code: Int32, expected: Key) {
        #expect(KeyDecoding.decode(status: KEY_CODE_YES, value: UInt32(code)) == .key(expected))
    }

    @Test("F1 to F12 carry their number")
    func numberedFunctionKeys() {
        for n in 1...12 {
            let code = UInt32(nr_key_f(Int32(n)))
            #expect(KeyDecoding.decode(status: KEY_CODE_YES, value: code) == .key(.function(n)))
        }
    }

    @Test("a function key code is not confused with the character of the same value")
    func codeVersusCharacter() {
        // KEY_UP is 0403 = U+0103 "ă": the status decides which one it is.
        #expect(KeyDecoding.decode(status: OK, value: UInt32(KEY_UP)) == .key(.character("ă")))
        #expect(KeyDecoding.decode(status: KEY_CODE_YES, value: UInt32(KEY_UP)) == .key(.up))
    }

    @Test("resize and mouse need a follow-up call; unknown keys are ignored")
    func followUps() {
        #expect(KeyDecoding.decode(status: KEY_CODE_YES, value: UInt32(KEY_RESIZE)) == .resize)
        #expect(KeyDecoding.decode(status: KEY_CODE_YES, value: UInt32(KEY_MOUSE)) == .mouse)
        #expect(KeyDecoding.decode(status: KEY_CODE_YES, value: UInt32(KEY_SF)) == .ignored)
    }

    @Test("wheel and left button; other mouse events are ignored")
    func mouse() {
        #expect(KeyDecoding.decodeMouse(buttonState: nr_button4_pressed(), x: 3, y: 4) == .mouseWheelUp)
        #expect(KeyDecoding.decodeMouse(buttonState: nr_button5_pressed(), x: 3, y: 4) == .mouseWheelDown)
        #expect(KeyDecoding.decodeMouse(buttonState: nr_button1_pressed(), x: 7, y: 2) == .mouseClick(x: 7, y: 2))
        #expect(KeyDecoding.decodeMouse(buttonState: nr_button1_clicked(), x: 0, y: 9) == .mouseClick(x: 0, y: 9))
        #expect(KeyDecoding.decodeMouse(buttonState: nr_button1_released(), x: 7, y: 2) == nil)
    }

    @Test("the mouse mask asks for exactly the events the decoder understands")
    func mouseMask() {
        let mask = KeyDecoding.mouseMask
        for event in [nr_button1_pressed(), nr_button1_clicked(), nr_button4_pressed(), nr_button5_pressed()] {
            #expect(mask & event == event)
        }
        #expect(mask & nr_button1_released() == 0)
    }
}
