import CNCursesW
import FrontDeskUI

/// The wide characters curses draws for one canvas cell. Curses (and the terminal) measure a
/// glyph with the C library's `wcwidth`, so where that disagrees with the canvas the glyph is
/// adjusted rather than letting every later cell on the row shift:
/// - a control or a character this locale cannot print becomes "?";
/// - a narrow glyph in a wide cell is followed by a blank (`padsRight`);
/// - a wide glyph in a narrow cell becomes "?".
/// A grapheme keeps its combining marks, up to CCHARW_MAX - 1 scalars in all.
struct CellGlyph: Equatable {
    /// CCHARW_MAX in curses.h: the wide characters a cchar_t holds.
    static let cursesCharacterLimit = 5

    private(set) var characters: [wchar_t]
    private(set) var padsRight = false

    init(text: String, width: Int) {
        let scalars = text.unicodeScalars
        guard let first = scalars.first else {
            characters = [0x20]
            return
        }
        if Self.isControl(first.value) {
            characters = [0x3F]
            padsRight = width == 2
            return
        }
        let base = wchar_t(bitPattern: first.value)
        switch (Int(fd_wcwidth(base)), width) {
        case (..<0, _):
            characters = [0x3F]
            padsRight = width == 2
            return
        case (0, _):
            characters = [0x20]  // a lone zero-width character has nothing to stand on
            padsRight = width == 2
            return
        case (2, 1):
            characters = [0x3F]
            return
        case (1, 2):
            padsRight = true
        default:
            break
        }
        characters = [base]
        for scalar in scalars.dropFirst() {
            guard characters.count < Self.cursesCharacterLimit - 1 else { break }
            guard Self.joinsPrevious(scalar), fd_wcwidth(wchar_t(bitPattern: scalar.value)) >= 0 else { continue }
            characters.append(wchar_t(bitPattern: scalar.value))
        }
    }

    private static func isControl(_ value: UInt32) -> Bool {
        value < 0x20 || (0x7F..<0xA0).contains(value)
    }

    /// Combining marks and variation selectors ride on the base character; anything else
    /// (a zero-width joiner's second emoji, say) would make the terminal and curses disagree.
    private static func joinsPrevious(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return (0xFE00...0xFE0F).contains(scalar.value)
        }
    }
}
