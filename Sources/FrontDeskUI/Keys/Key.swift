/// A key press, decoded by the front end; screens and the keymap speak only this.
public enum Key: Sendable, Hashable, CustomStringConvertible {
    case character(Character)
    case control(Character)      // Ctrl-S is .control("s")
    case function(Int)           // F1...F12
    /// Esc then a digit, for terminals without function keys: F1–F10 (0 is F10), unless the screen
    /// takes it as Esc and the digit typed (clearing the search, then a room number).
    case escapeDigit(Int)
    case enter, escape, tab, backTab, backspace, delete
    case up, down, left, right, home, end, pageUp, pageDown
    /// Pasted text arrives whole and literal: a pasted newline never submits a form.
    case paste(String)
    case resize(width: Int, height: Int)

    public var description: String {
        switch self {
        case .character(" "): return "Space"
        case .character(let c): return String(c)
        case .control(let c): return "Ctrl-" + c.uppercased()
        case .function(let n): return "F\(n)"
        case .escapeDigit(let n): return "Esc \(n)"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .backspace: return "Backspace"
        case .delete: return "Delete"
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .home: return "Home"
        case .end: return "End"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .paste: return "Paste"
        case .resize: return "Resize"
        }
    }
}
