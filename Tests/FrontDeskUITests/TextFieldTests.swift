import Testing
@testable import FrontDeskUI

@Suite struct TextFieldTests {
    func typed(_ scalars: [String]) -> TextField {
        var field = TextField()
        for s in scalars { _ = field.handle(.paste(s)) }
        return field
    }

    @Test func keysThatJoinThePreviousCharacterKeepTheCursorInside() {
        // A flag typed as two regional indicators, a thumb and its skin tone, a Thai vowel sign.
        for parts in [["🇩", "🇪"], ["👍", "🏽"], ["ก", "\u{0E34}"], ["e", "\u{0301}"]] {
            var field = typed(parts)
            #expect(field.text == parts.joined())
            #expect(field.cursor == field.text.count)
            var canvas = Canvas(width: 20, height: 1)
            field.render(into: &canvas, row: 0, column: 0, columns: 20, focused: true)
            _ = field.handle(.backspace)
            #expect(field.text.isEmpty)
        }
    }

    @Test func controlsAndBidiOverridesAreDroppedButMarksAndJoinersStay() {
        let field = typed(["a\u{1B}[31mb\u{202E}c", "\u{200C}", "\u{0301}"])
        #expect(field.text == "a[31mbc\u{200C}\u{0301}")
    }

    @Test func editingKeys() {
        var field = TextField("feather pillow")
        _ = field.handle(.control("w"))
        #expect(field.text == "feather ")
        _ = field.handle(.home)
        _ = field.handle(.delete)
        #expect(field.text == "eather ")
        _ = field.handle(.end)
        _ = field.handle(.character("x"))
        #expect(field.text == "eather x")
        _ = field.handle(.control("u"))
        #expect(field.text.isEmpty && field.cursor == 0)
    }

    @Test func aLongTextScrollsSoTheCursorStaysVisible() {
        let field = TextField(String(repeating: "a", count: 30) + "张伟")
        var canvas = Canvas(width: 12, height: 1)
        field.render(into: &canvas, row: 0, column: 0, columns: 12, focused: true)
        #expect(canvas.lines[0].hasSuffix("张伟"))
        #expect(canvas.cursor?.column == 11)
    }

    @Test func theLengthLimitHolds() {
        var field = TextField(maxLength: 5)
        _ = field.handle(.paste("abcdefgh"))
        #expect(field.text == "abcde")
    }

    /// A note over two rows wraps at spaces and keeps the rows around the cursor in sight, so its
    /// start is not scrolled away while the end is typed.
    @Test func aLongNoteWrapsOverItsRows() {
        var field = TextField("Prefers a late checkout at 2pm and a quiet room away from the lift")
        var canvas = Canvas(width: 30, height: 3)
        field.render(into: &canvas, row: 0, column: 0, columns: 30, rows: 2, focused: true)
        // Three lines' worth, the cursor at the end: the window shows the last two.
        #expect(canvas.lines[0] == "2pm and a quiet room away")
        #expect(canvas.lines[1] == "from the lift")
        #expect(canvas.cursor?.row == 1 && canvas.cursor?.column == 13)
        for _ in 0..<70 { _ = field.handle(.left) }
        canvas = Canvas(width: 30, height: 3)
        field.render(into: &canvas, row: 0, column: 0, columns: 30, rows: 2, focused: true)
        #expect(canvas.lines[0] == "Prefers a late checkout at" && canvas.lines[1] == "2pm and a quiet room away")
        #expect(canvas.cursor?.row == 0 && canvas.cursor?.column == 0, "back at the start, the window follows")
        #expect(TextField.wrapRanges(Array("abcdefghij"), columns: 4) == [0..<4, 4..<8, 8..<10], "a word longer than a line is cut")
    }
}
