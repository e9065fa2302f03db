/// Columns aligned for people, in terminal columns (a wide name takes two), every cell terminal-safe.
public enum Table {
    public static func text(_ header: [String], _ rows: [[String]]) -> String {
        let clean = rows.map { $0.map { TerminalText.sanitize($0) } }
        var widths = header.map(TerminalText.width(of:))
        for row in clean {
            for (i, cell) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], TerminalText.width(of: cell)) }
        }
        func line(_ cells: [String]) -> String {
            var s = ""
            for (i, cell) in cells.enumerated() {
                let pad = i == cells.count - 1 ? 0 : widths[i] - TerminalText.width(of: cell) + 2
                s += cell + String(repeating: " ", count: max(0, pad))
            }
            while s.last == " " { s.removeLast() }
            return s
        }
        return ([line(header)] + clean.map(line)).joined(separator: "\n")
    }
}
