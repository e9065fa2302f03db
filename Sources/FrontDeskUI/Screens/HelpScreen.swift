import FrontDeskOutput
/// F1: every key, generated from the keymap, grouped by where it applies.
struct HelpScreen: Screen {
    var top = 0

    var title: String { "Help" }
    var keyContext: KeyContext { .help }
    var staysWhenLeft: Bool { false }

    /// Every binding, grouped by where it applies, each help text wrapped to the width beside its keys.
    static func lines(_ keymap: Keymap, width: Int) -> [(text: String, role: StyleRole)] {
        var out: [(String, StyleRole)] = []
        let keyColumn = 20
        for context in KeyContext.allCases {
            let bindings = keymap.bindings.filter { $0.context == context }
            guard !bindings.isEmpty else { continue }
            if !out.isEmpty { out.append(("", .normal)) }
            out.append((context.rawValue, .header))
            for b in bindings {
                let keys = b.keys.map(\.description).joined(separator: ", ")
                for (i, part) in TerminalText.wrap(b.help, to: max(10, width - keyColumn - 2)).enumerated() {
                    let lead = i == 0 ? "  " + TerminalText.pad(keys, to: keyColumn - 4) + "  " : String(repeating: " ", count: keyColumn)
                    out.append((lead + part, .normal))
                }
            }
        }
        out.append(("", .normal))
        for note in ["In a choice field, a letter jumps to the first choice starting with it (y or n for Alert).",
                     "Esc then a digit works as F1–F10 on terminals without function keys (Esc 0 is F10)."] {
            out += TerminalText.wrap(note, to: width - 2).map { ($0, .muted) }
        }
        return out
    }

    mutating func update(_ key: Key, keymap: Keymap) -> [Effect] {
        switch keymap.action(for: key, in: .help) {
        case .moveUp?: top = max(0, top - 1)
        case .moveDown?: top = min(max(0, HelpScreen.lines(keymap, width: Chrome.minimumWidth).count - 1), top + 1)
        case .back?: return [.close]
        default: break
        }
        return []
    }

    mutating func receive(_ message: Message) -> [Effect] { report(message) }

    func render(into canvas: inout Canvas, context: RenderContext) {
        let all = HelpScreen.lines(context.keymap, width: canvas.width)
        let height = canvas.height - 3
        let first = min(top, max(0, all.count - height))
        for (i, line) in all.dropFirst(first).prefix(height).enumerated() {
            canvas.put(" " + line.text, row: 1 + i, column: 0, role: line.role)
        }
    }
}
