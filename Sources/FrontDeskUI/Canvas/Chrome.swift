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

    static func footer(_ hints: [(keys: String, label: String)], into canvas: inout Canvas) {
        let row = canvas.height - 1
        canvas.fill(row: row, role: .hint)
        var col = 1
        for hint in hints {
            let needed = TerminalText.width(of: hint.keys) + TerminalText.width(of: hint.label) + 3
            if col + needed > canvas.width { break }
            col = canvas.put(hint.keys, row: row, column: col, role: .key)
            col = canvas.put(" " + hint.label + "  ", row: row, column: col, role: .hint)
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
