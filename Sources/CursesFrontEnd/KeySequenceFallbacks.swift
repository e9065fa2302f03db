import CNCursesW

/// Escape sequences terminals commonly send for keys whose terminfo entry names another
/// (a TERM copied from elsewhere, tmux and screen, PuTTY, rxvt). Each is taught to curses only
/// when the terminal description binds neither it nor a longer sequence starting with it.
enum KeySequenceFallbacks {
    static var all: [(sequence: String, code: Int32)] {
        var list: [(String, Int32)] = [
            ("\u{1B}[A", KEY_UP), ("\u{1B}[B", KEY_DOWN), ("\u{1B}[C", KEY_RIGHT), ("\u{1B}[D", KEY_LEFT),
            ("\u{1B}OA", KEY_UP), ("\u{1B}OB", KEY_DOWN), ("\u{1B}OC", KEY_RIGHT), ("\u{1B}OD", KEY_LEFT),
            ("\u{1B}[H", KEY_HOME), ("\u{1B}OH", KEY_HOME), ("\u{1B}[1~", KEY_HOME), ("\u{1B}[7~", KEY_HOME),
            ("\u{1B}[F", KEY_END), ("\u{1B}OF", KEY_END), ("\u{1B}[4~", KEY_END), ("\u{1B}[8~", KEY_END),
            ("\u{1B}[3~", KEY_DC), ("\u{1B}[5~", KEY_PPAGE), ("\u{1B}[6~", KEY_NPAGE), ("\u{1B}[Z", KEY_BTAB),
            ("\u{1B}OM", KEY_ENTER),
            ("\u{1B}OP", fd_key_f(1)), ("\u{1B}OQ", fd_key_f(2)), ("\u{1B}OR", fd_key_f(3)), ("\u{1B}OS", fd_key_f(4)),
            ("\u{1B}[11~", fd_key_f(1)), ("\u{1B}[12~", fd_key_f(2)), ("\u{1B}[13~", fd_key_f(3)), ("\u{1B}[14~", fd_key_f(4)),
        ]
        let higher: [(Int32, Int32)] = [(15, 5), (17, 6), (18, 7), (19, 8), (20, 9), (21, 10), (23, 11), (24, 12)]
        for (number, function) in higher {
            list.append(("\u{1B}[\(number)~", fd_key_f(function)))
        }
        return list
    }

    /// Teaches the current curses screen every fallback its terminal description leaves free.
    static func install() {
        for (sequence, code) in all where key_defined(sequence) == 0 {
            define_key(sequence, code)
        }
    }
}
