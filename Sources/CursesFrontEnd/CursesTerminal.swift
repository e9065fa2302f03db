import CNCursesW
import FrontDeskUI
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One curses session, started in the modes the console needs and ended exactly once.
/// `interactive` is the console on the user's terminal; `offscreen` draws into any file
/// at a fixed size (for measuring what a frame costs), reading no keys.
final class CursesTerminal {
    enum Mode {
        case interactive
        case offscreen(width: Int, height: Int)
    }

    /// Key codes given to the bracketed-paste markers with `define_key` (beyond curses' own, KEY_MAX).
    static let pasteBeginCode: Int32 = 0x7F01
    static let pasteEndCode: Int32 = 0x7F02
    /// The escape delay when the user has not set ESCDELAY: long enough for a slow link to deliver
    /// a whole key sequence, short enough that Esc feels immediate.
    static let escapeDelayMilliseconds: Int32 = 50

    let window: UnsafeMutablePointer<WINDOW>
    let pens: RolePens
    let inputDescriptor: Int32
    private let outputDescriptor: Int32
    private let screen: OpaquePointer
    private let bracketedPaste: Bool
    private(set) var isEnded = false

    init(terminalType: String?, output: UnsafeMutablePointer<FILE>, input: UnsafeMutablePointer<FILE>,
         theme: Theme, mode: Mode) throws {
        setlocale(LC_ALL, "")
        if !Self.localeIsUTF8, Self.mayChooseUTF8(offscreen: { if case .offscreen = mode { true } else { false } }()) {
            setlocale(LC_CTYPE, "C.UTF-8")
        }
        let started: OpaquePointer? = if let terminalType {
            terminalType.withCString { newterm($0, output, input) }
        } else {
            newterm(nil, output, input)
        }
        guard let started else {
            let name = terminalType ?? getenv("TERM").map { String(cString: $0) } ?? ""
            throw CursesError(name.isEmpty
                ? "cannot start the terminal: TERM is not set"
                : "cannot start the terminal: no terminal description for TERM '\(name)'")
        }
        screen = started
        guard let window = fd_stdscr() else {
            endwin()
            delscreen(started)
            throw CursesError("cannot start the terminal: curses has no screen")
        }
        self.window = window
        inputDescriptor = fileno(input)
        outputDescriptor = fileno(output)

        raw()
        noecho()
        nonl()
        keypad(window, true)
        if getenv("ESCDELAY") == nil {
            _ = fd_set_escdelay(Self.escapeDelayMilliseconds)
        }
        pens = RolePens.install(theme: theme)

        switch mode {
        case .interactive:
            bracketedPaste = true
            KeySequenceFallbacks.install()
            define_key("\u{1B}[200~", Self.pasteBeginCode)
            define_key("\u{1B}[201~", Self.pasteEndCode)
            writeToTerminal("\u{1B}[?2004h")
        case .offscreen(let width, let height):
            bracketedPaste = false
            typeahead(-1)  // never hold back output because "input" (a file) looks readable
            if resizeterm(Int32(max(1, height)), Int32(max(1, width))) != OK {
                end()
                throw CursesError("cannot set the screen size to \(width)×\(height)")
            }
        }
    }

    deinit { end() }

    var width: Int { Int(fd_cols()) }
    var height: Int { Int(fd_lines()) }

    /// Makes this session the one curses calls go to (matters only when a process has several).
    func makeCurrent() {
        if !isEnded { set_term(screen) }
    }

    /// Restores the terminal. Safe to call more than once, and on a terminal that has gone away:
    /// writes to a hung-up terminal fail at once, so this neither blocks nor crashes.
    func end() {
        guard !isEnded else { return }
        isEnded = true
        set_term(screen)
        if bracketedPaste {
            writeToTerminal("\u{1B}[?2004l")
        }
        endwin()
        delscreen(screen)
    }

    /// A mode switch curses knows nothing about, written straight to the terminal; curses has
    /// flushed its own output by now (after a frame, or before the first). A failed write is ignored.
    private func writeToTerminal(_ sequence: String) {
        let bytes = Array(sequence.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { write(outputDescriptor, $0.baseAddress! + offset, $0.count - offset) }
            if written > 0 { offset += written } else if written < 0 && errno == EINTR { continue } else { return }
        }
    }

    /// Whether to read and write UTF-8 although the locale says otherwise: measuring off screen
    /// (figures should not depend on the shell that ran them), or a session with no locale of its
    /// own, only C or POSIX, as an SSH login gets from an sshd without PAM. Names would show as
    /// "Zo? ?ngstr?m"; every terminal a desk uses today reads UTF-8. A locale named in LC_ALL or
    /// LC_CTYPE is the user's word and is kept.
    private static func mayChooseUTF8(offscreen: Bool) -> Bool {
        if offscreen { return true }
        let named = ["LC_ALL", "LC_CTYPE"].contains { (name: String) in
            guard let value = getenv(name) else { return false }
            return value.pointee != 0
        }
        let current = setlocale(LC_CTYPE, nil).map { String(cString: $0) } ?? "C"
        return !named && (current == "C" || current == "POSIX")
    }

    private static var localeIsUTF8: Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: codeset).uppercased()
        return name == "UTF-8" || name == "UTF8"
    }
}
