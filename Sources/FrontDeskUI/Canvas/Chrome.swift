import FrontDeskOutput
import Foundation

/// The parts every screen shares: the title bar, the message line and the key footer.
enum Chrome {
    static let minimumWidth = 60
    static let minimumHeight = 16

    static func title(_ title: String, right: String, into canvas: inout Canvas) {
        canvas.fill(row: 0, role: .title)
        canvas.put(" " + title, row: 0, column: 0, role: .title, limit: canvas.width - TerminalText.width(of: right) - 2)
        canvas.put(right + " ", row: 0, column: max(0, canvas.width - TerminalText.width(of: right) - 1), role: .title)
    }

    /// The keys of the screen, in order. When they do not all fit they close up; when they still do
    /// not, the essential ones (the way back, help) stay and the others are left to help (F1) from the end.
    static func footer(_ hints: [FooterHint], into canvas: inout Canvas) {
        let row = canvas.height - 1
        canvas.fill(row: row, role: .hint)
        let gap = hints.reduce(0) { $0 + $1.width } <= canvas.width - 1 ? "  " : " "
        let width = { (hint: FooterHint) in hint.width - 2 + gap.count }
        var room = canvas.width - 1 - hints.filter(\.essential).reduce(0) { $0 + width($1) }
        let shown = hints.filter { hint in
            if hint.essential { return true }
            guard width(hint) <= room else { room = -1; return false }
            room -= width(hint)
            return true
        }
        var col = 1
        for hint in shown where col + width(hint) <= canvas.width {
            col = canvas.put(hint.keys, row: row, column: col, role: .key)
            col = canvas.put(" " + hint.label + gap, row: row, column: col, role: .hint)
        }
    }

    /// The message line, above the footer. A message too long for it takes the line above as well,
    /// for as long as it is shown: what went wrong is read whole.
    static func message(_ message: StatusMessage?, into canvas: inout Canvas) {
        guard let message else { return }
        let lines = TerminalText.wrap(message.text, to: canvas.width - 1)
        let shown = lines.count <= 1 ? lines : [lines[0], TerminalText.truncate(lines.dropFirst().joined(separator: " "), to: canvas.width - 1)]
        for (i, line) in shown.enumerated() {
            let row = canvas.height - 1 - shown.count + i
            if shown.count > 1 { canvas.clear(row: row, role: .normal) }
            canvas.put(" " + line + " ", row: row, column: 0, role: message.role)
        }
    }

    static func tooSmall(into canvas: inout Canvas, asking question: String? = nil) {
        let lines = ["Terminal too small: \(canvas.width)×\(canvas.height).",
                     "frontdesk needs at least \(minimumWidth)×\(minimumHeight).",
                     question ?? "Enlarge the window, or press F10 to quit."]
        for (i, line) in lines.enumerated() {
            let row = canvas.height / 2 - 1 + i
            canvas.put(line, row: row, column: max(0, (canvas.width - TerminalText.width(of: line)) / 2), role: i == 0 ? .error : .normal)
        }
    }
}

/// A one-line message under the screen: what just happened, or what went wrong.
struct StatusMessage: Equatable {
    var text: String
    var role: StyleRole
}
