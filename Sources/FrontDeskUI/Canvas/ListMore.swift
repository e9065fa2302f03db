import FrontDeskOutput
/// The row under a list that is longer than its window: how many rows are above and below, and
/// the keys that reach them, so nothing is out of sight without a word.
enum ListMore {
    static func put(above: Int, below: Int, row: Int, into canvas: inout Canvas) {
        let parts = (above > 0 ? ["↑ \(above) more above"] : []) + (below > 0 ? ["↓ \(below) more below"] : [])
        guard !parts.isEmpty else { return }
        let text = " " + parts.joined(separator: " · ") + " (PgUp/PgDn, Home/End) "
        canvas.put(text, row: row, column: max(0, canvas.width - TerminalText.width(of: text) - 1), role: .key)
    }
}
