import CNCursesW
import FrontDeskUI

/// Draws Canvas frames into a curses window, writing only the cells that changed since the
/// previous frame (everything only on the first frame and after a size change), then places
/// or hides the cursor and updates the terminal once. Curses sends the terminal only the
/// difference, so a keystroke costs tens of bytes, which matters over SSH.
final class CanvasPainter {
    private let window: UnsafeMutablePointer<WINDOW>
    private let pens: RolePens
    private var previous: Canvas?
    private var cursorVisible: Bool?
    private var cchar = cchar_t()
    private var buffer = [wchar_t](repeating: 0, count: CellGlyph.cursesCharacterLimit)

    init(window: UnsafeMutablePointer<WINDOW>, pens: RolePens) {
        self.window = window
        self.pens = pens
    }

    /// The next frame is drawn in full, on a cleared terminal (after a resize, or when the
    /// screen may have been disturbed).
    func invalidate() {
        previous = nil
        wclear(window)
    }

    func paint(_ canvas: Canvas) {
        if let previous, previous.width != canvas.width || previous.height != canvas.height {
            invalidate()
        }
        let rows = min(canvas.height, Int(getmaxy(window)))
        let columns = min(canvas.width, Int(getmaxx(window)))
        let old = previous
        for row in 0..<max(0, rows) {
            paintRow(row, of: canvas, old: old, columns: columns)
        }
        previous = canvas

        if let cursor = canvas.cursor, (0..<rows).contains(cursor.row), (0..<columns).contains(cursor.column) {
            leaveok(window, false)
            wmove(window, Int32(cursor.row), Int32(cursor.column))
            wnoutrefresh(window)
            doupdate()
            showCursor(true)
        } else {
            leaveok(window, true)
            showCursor(false)
            wnoutrefresh(window)
            doupdate()
        }
    }

    private func paintRow(_ row: Int, of canvas: Canvas, old: Canvas?, columns: Int) {
        var drewLeft = false  // whether the cell to the left was drawn in this frame
        for column in 0..<max(0, columns) {
            let cell = canvas[row, column]
            let changed = old.map { $0[row, column] != cell } ?? true
            if cell.isContinuation {
                // The wide character to the left covers this cell; draw it if only this half changed.
                if column > 0, canvas[row, column - 1].width == 2 {
                    if changed && !drewLeft { draw(canvas[row, column - 1], row: row, column: column - 1, columns: columns) }
                } else if changed {
                    var blank = Cell.blank
                    blank.role = cell.role
                    draw(blank, row: row, column: column, columns: columns)
                }
                drewLeft = false
                continue
            }
            if changed { draw(cell, row: row, column: column, columns: columns) }
            drewLeft = changed
        }
    }

    private func draw(_ cell: Cell, row: Int, column: Int, columns: Int) {
        let fits = cell.width != 2 || column + 1 < columns
        let glyph = fits ? CellGlyph(text: cell.text, width: cell.width) : CellGlyph(text: " ", width: 1)
        let pen = pens[cell.role]
        put(glyph.characters, pen: pen, row: row, column: column)
        if glyph.padsRight {
            put([0x20], pen: pen, row: row, column: column + 1)
        }
    }

    private func put(_ characters: [wchar_t], pen: RolePens.Pen, row: Int, column: Int) {
        for i in buffer.indices { buffer[i] = i < characters.count ? characters[i] : 0 }
        setcchar(&cchar, buffer, pen.attributes, pen.pair, nil)
        mvwadd_wch(window, Int32(row), Int32(column), &cchar)
    }

    private func showCursor(_ visible: Bool) {
        guard cursorVisible != visible else { return }
        cursorVisible = visible
        curs_set(visible ? 1 : 0)
    }
}
