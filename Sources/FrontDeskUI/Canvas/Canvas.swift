import FrontDeskOutput
/// One terminal cell: a grapheme, its display width, and its style role.
/// The right half of a wide character is a continuation cell with an empty text.
public struct Cell: Sendable, Equatable {
    public var text: String
    public var width: Int
    public var role: StyleRole

    public static let blank = Cell(text: " ", width: 1, role: .normal)
    public var isContinuation: Bool { width == 0 }
}

/// The grid a screen renders into; the front end draws it, tests read it as text.
public struct Canvas: Sendable, Equatable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]
    /// Where the terminal cursor should stand (a text field's insertion point), if visible.
    public var cursor: (row: Int, column: Int)?

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public subscript(row: Int, column: Int) -> Cell {
        cells[row * width + column]
    }

    /// Writes sanitised text from a column, clipped at `limit` columns (the right edge by default).
    /// Returns the column after the last cell written. Text cut to fit ends with "…", so nobody takes
    /// a cut phone number or note for the whole of it; trailing spaces cut off are no loss.
    @discardableResult
    public mutating func put(_ text: String, row: Int, column: Int, role: StyleRole = .normal, limit: Int? = nil) -> Int {
        guard row >= 0, row < height else { return column }
        let end = min(width, column + (limit ?? width))
        var col = max(0, column)
        let clean = TerminalText.sanitize(text)
        for (index, ch) in zip(clean.indices, clean) {
            let w = TerminalText.width(of: ch)
            if w == 0 { continue }
            if col + w > end {
                if clean[index...].allSatisfy({ $0 == " " }) { return col }
                if col < end { set(row, col, Cell(text: " ", width: 1, role: role)) }
                ellipsis(row: row, before: end, from: max(0, column), role: role)
                return end
            }
            set(row, col, Cell(text: String(ch), width: w, role: role))
            if w == 2 { set(row, col + 1, Cell(text: "", width: 0, role: role)) }
            col += w
        }
        return col
    }

    /// The last cell before `end` becomes "…" (a wide character there gives up both its columns).
    private mutating func ellipsis(row: Int, before end: Int, from start: Int, role: StyleRole) {
        guard end - 1 >= start else { return }
        var col = end - 1
        if cells[row * width + col].isContinuation, col > start { col -= 1 }
        if cells[row * width + col].width == 2 { cells[row * width + col + 1] = Cell(text: " ", width: 1, role: role) }
        cells[row * width + col] = Cell(text: "…", width: 1, role: role)
    }

    /// Paints a role over a span without changing its text (a selection bar).
    public mutating func fill(row: Int, from column: Int = 0, to end: Int? = nil, role: StyleRole) {
        guard row >= 0, row < height else { return }
        for col in max(0, column)..<min(width, end ?? width) {
            cells[row * width + col].role = role
        }
    }

    /// Blanks a whole row in a role: a banner drawn over a list leaves nothing of the list behind.
    public mutating func clear(row: Int, role: StyleRole = .normal) {
        guard row >= 0, row < height else { return }
        for col in 0..<width { cells[row * width + col] = Cell(text: " ", width: 1, role: role) }
    }

    private mutating func set(_ row: Int, _ col: Int, _ cell: Cell) {
        let i = row * width + col
        // Overwriting half of a wide character blanks its other half, so no half-glyph stays on screen.
        if cells[i].width == 2, col + 1 < width, cell.width != 2 { cells[i + 1] = .blank }
        if cells[i].isContinuation, col > 0 { cells[i - 1] = Cell(text: " ", width: 1, role: cells[i - 1].role) }
        cells[i] = cell
    }

    /// The rows as plain text, trailing spaces removed: what tests compare.
    public var lines: [String] {
        (0..<height).map { row in
            var s = ""
            for col in 0..<width { s += self[row, col].text }
            while s.last == " " { s.removeLast() }
            return s
        }
    }

    public var text: String { lines.joined(separator: "\n") }

    public static func == (a: Canvas, b: Canvas) -> Bool {
        a.width == b.width && a.height == b.height && a.cells == b.cells
            && a.cursor?.row == b.cursor?.row && a.cursor?.column == b.cursor?.column
    }
}
