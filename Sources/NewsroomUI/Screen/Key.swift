/// A key press or mouse event as the terminal backend decoded it. The KeyMap turns keys into
/// named actions; screens never switch on keys.
public enum Key: Equatable, Hashable, Sendable {
    case character(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, tab, backTab, backspace, delete
    case function(Int)
    case resize(width: Int, height: Int)
    case mouseWheelUp, mouseWheelDown
    case mouseClick(x: Int, y: Int)
}
