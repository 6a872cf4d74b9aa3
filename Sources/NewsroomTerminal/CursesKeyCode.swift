import CNcursesw

/// The curses status, key and mouse-button codes `KeyDecoding` reads, by name: tests check the decoder
/// against the real values without importing ncurses themselves (the terminal backend stays
/// the only folder that does).
enum CursesKeyCode {
    static let ok = OK
    static let err = ERR
    static let codeYes = KEY_CODE_YES
    static let up = KEY_UP, down = KEY_DOWN, left = KEY_LEFT, right = KEY_RIGHT
    static let pageUp = KEY_PPAGE, pageDown = KEY_NPAGE, home = KEY_HOME, end = KEY_END
    static let keypadA1 = KEY_A1, keypadA3 = KEY_A3, keypadC1 = KEY_C1, keypadC3 = KEY_C3
    static let enter = KEY_ENTER, backTab = KEY_BTAB, backspace = KEY_BACKSPACE, delete = KEY_DC
    static let resize = KEY_RESIZE, mouse = KEY_MOUSE, scrollForward = KEY_SF

    static let button1Pressed = nr_button1_pressed(), button1Clicked = nr_button1_clicked()
    static let button1Released = nr_button1_released()
    static let button4Pressed = nr_button4_pressed(), button5Pressed = nr_button5_pressed()

    static func function(_ n: Int32) -> Int32 { nr_key_f(n) }
}
