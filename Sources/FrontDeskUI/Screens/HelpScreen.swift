import FrontDeskCore
import FrontDeskOutput
/// F1: every key, generated from the keymap, grouped by where it applies. It opens at the part
/// for the screen it was called from, and pages like a reader.
struct HelpScreen: Screen {
    let keymap: Keymap
    /// The part help opened at; kept at the top while the reader has not scrolled, whatever the size.
    private let opening: KeyContext
    private var scrolled = false
    private(set) var scroll = Scroll()
    private var size = ScreenSize()

    init(at context: KeyContext, keymap: Keymap) {
        self.keymap = keymap
        opening = context
        open()
    }

    var title: String { "Help" }
    var keyContext: KeyContext { .help }
    var staysWhenLeft: Bool { false }

    /// Rows of text between the title and the position line.
    static func pageHeight(_ size: ScreenSize) -> Int { max(1, size.height - 4) }

    /// Every binding, grouped by where it applies, each help text wrapped to the width beside its keys.
    static func lines(_ keymap: Keymap, width: Int) -> [(text: String, role: StyleRole, context: KeyContext?)] {
        var out: [(String, StyleRole, KeyContext?)] = []
        let keyColumn = 20
        for context in KeyContext.allCases {
            let bindings = keymap.bindings.filter { $0.context == context }
            guard !bindings.isEmpty else { continue }
            if !out.isEmpty { out.append(("", .normal, nil)) }
            out.append((context.rawValue, .header, context))
            for b in bindings {
                let keys = b.keys.map(\.description).joined(separator: ", ")
                for (i, part) in TerminalText.wrap(b.help, to: max(10, width - keyColumn - 2)).enumerated() {
                    let lead = i == 0 ? "  " + TerminalText.pad(keys, to: keyColumn - 4) + "  " : String(repeating: " ", count: keyColumn)
                    out.append((lead + part, .normal, nil))
                }
            }
        }
        out.append(("", .normal, nil))
        out.append(("Words on the screens", .header, nil))
        let words = ValueTier.allCases.map { ("\($0.label) (a value tier)", $0.meaning) } + [
            ("seen 1×", "observed once and not confirmed: not a rule yet"),
            ("! beside a guest", "an alert or a flag: read it before greeting them"),
            ("C beside a guest", "an open complaint: its owner follows it up"),
            ("✓ on a list", "done or reviewed, with who did it"),
            ("Confirm with guest", "not confirmed for a long time: ask at check-in"),
            ("Trace", "a to-do for a department about a guest, with a room and a time"),
            ("↓ more, ↑ more", "there is more than fits, never dropped: page to it or open it; a cut word ends in three dots"),
        ]
        for (term, meaning) in words {
            out += TerminalText.wrap("\(term): \(meaning)", to: width - 6).enumerated().map { ($0.offset == 0 ? "  " : "    ") + $0.element }
                .map { ($0, .normal, nil) }
        }
        out.append(("", .normal, nil))
        for note in ["In a choice field, a letter jumps to the first choice starting with it (y or n for Alert).",
                     "Esc then a digit works as F1–F10 on terminals without function keys (Esc 0 is F10); on a search with text typed, Esc clears it and the digit starts a room number.",
                     "Questions that would lose something (quit, leave typed text) take only y for yes; any other key, Enter too, keeps it."] {
            out += TerminalText.wrap(note, to: width - 2).map { ($0, .muted, nil) }
        }
        return out
    }

    private var count: Int { HelpScreen.lines(keymap, width: size.width).count }
    private var page: Int { HelpScreen.pageHeight(size) }

    /// The part for the screen help was called from, at the top.
    private mutating func open() {
        let all = HelpScreen.lines(keymap, width: size.width)
        let row = all.firstIndex { $0.context == opening } ?? 0
        scroll.start(at: row, count: all.count, height: page)
    }

    mutating func update(_ key: Key, keymap: Keymap) -> [Effect] {
        switch keymap.action(for: key, in: .help) {
        case .moveUp?: scroll.move(by: -1, count: count, height: page)
        case .moveDown?: scroll.move(by: 1, count: count, height: page)
        case .pageUp?: scroll.move(by: -page, count: count, height: page)
        case .pageDown?: scroll.move(by: page, count: count, height: page)
        case .first?: scroll.toTop()
        case .last?: scroll.toEnd(count: count, height: page)
        case .back?: return [.close]
        default: return []
        }
        scrolled = true
        return []
    }

    mutating func receive(_ message: Message) -> [Effect] {
        guard case .resized(let new) = message else { return report(message) }
        size = new
        if scrolled { scroll.move(by: 0, count: count, height: page) } else { open() }
        return []
    }

    func render(into canvas: inout Canvas, context: RenderContext) {
        let all = HelpScreen.lines(context.keymap, width: canvas.width)
        let height = HelpScreen.pageHeight(ScreenSize(width: canvas.width, height: canvas.height))
        var shown = scroll
        shown.move(by: 0, count: all.count, height: height)
        for (i, line) in all.dropFirst(shown.top).prefix(height).enumerated() {
            canvas.put(" " + line.text, row: 1 + i, column: 0, role: line.role, limit: canvas.width - 1)
        }
        let more = shown.top + height < all.count ? " · PgDn: next page" : shown.top > 0 ? " · Home: back to the start" : ""
        canvas.put(" " + shown.position(count: all.count, height: height) + more, row: canvas.height - 3, column: 0, role: .muted)
    }
}
