import CNcursesw
import NewsroomUI

/// What one `wget_wch` result means, before any follow-up call to ncurses: a finished key,
/// or a mouse / resize event whose details the backend still has to fetch.
public enum RawKeyEvent: Equatable, Sendable {
    case key(Key)
    case mouse
    case resize
    case ignored
}

/// Turns `wget_wch` results into `Key`s. Pure (no terminal needed), so the table is unit tested.
public enum KeyDecoding {
    /// `status` is what `wget_wch` returned (`OK`, `KEY_CODE_YES` or `ERR`), `value` the wint_t
    /// it stored: a Unicode scalar for `OK`, a `KEY_*` code for `KEY_CODE_YES`.
    public static func decode(status: Int32, value: UInt32) -> RawKeyEvent {
        switch status {
        case OK: return decodeCharacter(value)
        case KEY_CODE_YES: return decodeFunctionKey(Int32(truncatingIfNeeded: value))
        default: return .ignored
        }
    }

    /// A decoded character: the control bytes a terminal sends for Enter, Esc, Tab and
    /// Backspace become named keys; other scalars become `.character`.
    public static func decodeCharacter(_ value: UInt32) -> RawKeyEvent {
        switch value {
        case 10, 13: return .key(.enter)
        case 27: return .key(.escape)
        case 9: return .key(.tab)
        case 8, 127: return .key(.backspace)
        default:
            guard let scalar = Unicode.Scalar(value) else { return .ignored }  // surrogates, > U+10FFFF
            return .key(.character(Character(scalar)))
        }
    }

    public static func decodeFunctionKey(_ code: Int32) -> RawKeyEvent {
        switch code {
        case KEY_UP: return .key(.up)
        case KEY_DOWN: return .key(.down)
        case KEY_LEFT: return .key(.left)
        case KEY_RIGHT: return .key(.right)
        case KEY_PPAGE, KEY_A3: return .key(.pageUp)
        case KEY_NPAGE, KEY_C3: return .key(.pageDown)
        case KEY_HOME, KEY_A1: return .key(.home)
        case KEY_END, KEY_C1, KEY_LL: return .key(.end)
        case KEY_ENTER: return .key(.enter)
        case KEY_BTAB: return .key(.backTab)
        case KEY_BACKSPACE: return .key(.backspace)
        case KEY_DC: return .key(.delete)
        case KEY_RESIZE: return .resize
        case KEY_MOUSE: return .mouse
        default:
            let f0 = nr_key_f(0)
            if code > f0, code <= f0 + 63 { return .key(.function(Int(code - f0))) }
            return .ignored
        }
    }

    /// The mouse buttons the backend asks ncurses for: left press/click, wheel up and down.
    public static var mouseMask: mmask_t {
        nr_button1_pressed() | nr_button1_clicked() | nr_button4_pressed() | nr_button5_pressed()
    }

    /// A mouse event from `getmouse`: wheel up/down or a left click at a cell; other buttons
    /// and releases are ignored.
    public static func decodeMouse(buttonState: mmask_t, x: Int32, y: Int32) -> Key? {
        if buttonState & nr_button4_pressed() != 0 { return .mouseWheelUp }
        if buttonState & nr_button5_pressed() != 0 { return .mouseWheelDown }
        if buttonState & (nr_button1_pressed() | nr_button1_clicked()) != 0 {
            return .mouseClick(x: Int(x), y: Int(y))
        }
        return nil
    }
}
