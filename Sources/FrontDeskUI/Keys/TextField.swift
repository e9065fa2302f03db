import FrontDeskOutput
/// A one-line text field: the text, the insertion point, and the editing keys.
public struct TextField: Sendable, Equatable {
    public private(set) var text: String
    /// Insertion point, in characters from the start.
    public private(set) var cursor: Int
    public var maxLength: Int

    public init(_ text: String = "", maxLength: Int = 500) {
        self.text = String(text.prefix(maxLength))
        self.maxLength = maxLength
        cursor = self.text.count
    }

    public var isEmpty: Bool { text.isEmpty }

    /// Applies a typed character, a paste, or an editing key of the keymap's "Any text field";
    /// returns false for any other key.
    public mutating func handle(_ key: Key, keymap: Keymap = .standard) -> Bool {
        if case .character(let c) = key { insert(String(c)); return true }
        if case .paste(let s) = key { insert(s); return true }
        switch keymap.bindings.first(where: { $0.context == .typing && $0.keys.contains(key) })?.action {
        case .deleteBackward?:
            if cursor > 0 { remove(at: cursor - 1); cursor -= 1 }
        case .deleteForward?:
            if cursor < text.count { remove(at: cursor) }
        case .cursorLeft?: cursor = max(0, cursor - 1)
        case .cursorRight?: cursor = min(text.count, cursor + 1)
        case .lineStart?: cursor = 0
        case .lineEnd?: cursor = text.count
        case .clearField?: text = ""; cursor = 0
        case .deleteWord?: deleteWordBeforeCursor()
        default: return false
        }
        return true
    }

    public mutating func set(_ newText: String) {
        text = String(newText.prefix(maxLength))
        cursor = text.count
    }

    /// Pasted or typed text is literal, but a one-line field holds no line breaks or controls.
    /// A key may join the character before it (a vowel sign, a skin tone, a flag's second half),
    /// so the cursor is counted again from the text rather than moved by the piece's length.
    private mutating func insert(_ s: String) {
        let clean = TerminalText.cleanInput(s)
        let room = maxLength - text.count
        guard room > 0, !clean.isEmpty else { return }
        let piece = String(clean.prefix(room))
        let before = String(text.prefix(cursor)) + piece
        text = before + String(text.dropFirst(cursor))
        cursor = min(text.count, before.count)
    }

    private mutating func remove(at offset: Int) {
        text.remove(at: text.index(text.startIndex, offsetBy: offset))
    }

    private mutating func deleteWordBeforeCursor() {
        var chars = Array(text)
        var i = cursor
        while i > 0 && chars[i - 1] == " " { i -= 1 }
        while i > 0 && chars[i - 1] != " " { i -= 1 }
        chars.removeSubrange(i..<cursor)
        text = String(chars)
        cursor = i
    }

    /// Draws the field in `columns` cells, scrolled so the insertion point is visible,
    /// and returns the cursor column when `focused`.
    @discardableResult
    public func render(into canvas: inout Canvas, row: Int, column: Int, columns: Int,
                       focused: Bool, role: StyleRole = .input) -> Int? {
        canvas.put(String(repeating: " ", count: max(0, columns)), row: row, column: column, role: role, limit: columns)
        let chars = Array(text)
        let cursor = min(self.cursor, chars.count)
        // Scroll left far enough that the text before the cursor fits with one cell to spare.
        var start = 0
        while start < cursor && TerminalText.width(of: String(chars[start..<cursor])) > columns - 1 { start += 1 }
        let visible = String(chars[start...])
        canvas.put(visible, row: row, column: column, role: role, limit: columns)
        guard focused else { return nil }
        let col = column + TerminalText.width(of: String(chars[start..<cursor]))
        canvas.cursor = (row, min(col, column + columns - 1))
        return col
    }

    /// Draws the field over `rows` rows of `columns` cells, the words wrapped at spaces, showing
    /// the rows around the insertion point: a long note is read whole while it is typed.
    @discardableResult
    public func render(into canvas: inout Canvas, row: Int, column: Int, columns: Int, rows: Int,
                       focused: Bool, role: StyleRole = .input) -> Int? {
        guard rows > 1 else { return render(into: &canvas, row: row, column: column, columns: columns, focused: focused, role: role) }
        let chars = Array(text)
        let lines = TextField.wrapRanges(chars, columns: max(2, columns - 1))
        let cursor = min(self.cursor, chars.count)
        let cursorLine = lines.lastIndex { $0.lowerBound <= cursor } ?? 0
        let first = max(0, min(cursorLine - rows + 1, lines.count - rows))
        for i in 0..<rows {
            canvas.put(String(repeating: " ", count: max(0, columns)), row: row + i, column: column, role: role, limit: columns)
            let index = first + i
            guard lines.indices.contains(index) else { continue }
            canvas.put(String(chars[lines[index]]), row: row + i, column: column, role: role, limit: columns)
        }
        guard focused else { return nil }
        let col = column + TerminalText.width(of: String(chars[lines[cursorLine].lowerBound..<cursor]))
        canvas.cursor = (row + cursorLine - first, min(col, column + columns - 1))
        return col
    }

    /// The text's lines at a width, as ranges of characters: broken after a space where one is
    /// near, inside a word only when it is longer than a line. The last is where typing goes on.
    static func wrapRanges(_ chars: [Character], columns: Int) -> [Range<Int>] {
        var lines: [Range<Int>] = []
        var start = 0, width = 0, lastSpace: Int?
        var i = 0
        while i < chars.count {
            let w = TerminalText.width(of: String(chars[i]))
            if width + w > columns && i > start {
                let end = lastSpace.map { $0 + 1 } ?? i
                lines.append(start..<end)
                start = end
                width = TerminalText.width(of: String(chars[start..<i]))
                lastSpace = nil
                continue
            }
            if chars[i] == " " { lastSpace = i }
            width += w
            i += 1
        }
        lines.append(start..<chars.count)
        return lines
    }
}
