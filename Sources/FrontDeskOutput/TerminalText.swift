/// Text from the data (guest names, notes, imported files) made safe for a terminal,
/// and measured in terminal columns.
public enum TerminalText {
    /// The one terminal-safe sanitiser, for the console and for command output alike: drops C0/C1
    /// controls, ESC, DEL, bidi overrides and other format characters, and marks that have no base
    /// letter. Tabs and line breaks become spaces (or, `keepingLineBreaks`, one "\n" each, for CSV
    /// fields that hold several lines). Nothing else changes.
    public static func sanitize(_ text: String, keepingLineBreaks: Bool = false) -> String {
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text }
        var out = String.UnicodeScalarView()
        var lastWasReturn = false
        for scalar in text.unicodeScalars {
            defer { lastWasReturn = scalar.value == 0x0D }
            switch scalar.value {
            case 0x0A where keepingLineBreaks: if !lastWasReturn { out.append("\n") }
            case 0x0D where keepingLineBreaks: out.append("\n")
            case 0x09, 0x0A, 0x0D: out.append(" ")
            case 0x00..<0x20, 0x7F..<0xA0: continue
            default:
                let props = scalar.properties
                if props.generalCategory == .format || props.generalCategory == .lineSeparator
                    || props.generalCategory == .paragraphSeparator || props.generalCategory == .surrogate
                    || props.generalCategory == .unassigned || props.generalCategory == .privateUse {
                    continue
                }
                if isMark(scalar) && (out.isEmpty || out.last == " ") { continue }
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// What typing or pasting may put into a field: everything but controls and bidi overrides.
    /// Marks and joiners stay, so Thai, Hindi and Persian are kept as the guest said them;
    /// the canvas sanitises again when drawing.
    public static func cleanInput(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x09, 0x0A, 0x0D: out.append(" ")
            case 0x00..<0x20, 0x7F..<0xA0, 0x202A...0x202E, 0x2066...0x2069, 0xFFF9...0xFFFB: continue
            default: out.append(scalar)
            }
        }
        return String(out)
    }

    /// Columns a grapheme takes: 2 for East Asian wide and emoji, 0 for a lone mark, else 1.
    public static func width(of ch: Character) -> Int {
        guard let first = ch.unicodeScalars.first else { return 0 }
        if ch.unicodeScalars.count == 1 && first.isASCII { return first.value < 0x20 ? 0 : 1 }
        if isMark(first) { return 0 }
        if isWide(first.value) { return 2 }
        if first.properties.isEmojiPresentation { return 2 }
        if ch.unicodeScalars.contains(where: { $0.value == 0xFE0F }) && first.properties.isEmoji { return 2 }
        return 1
    }

    public static func width(of text: String) -> Int {
        text.reduce(0) { $0 + width(of: $1) }
    }

    /// Cuts sanitised text to fit `columns`, ending with "…" when something was cut.
    public static func truncate(_ text: String, to columns: Int) -> String {
        let clean = sanitize(text)
        guard columns > 0 else { return "" }
        if width(of: clean) <= columns { return clean }
        var out = ""
        var used = 0
        for ch in clean {
            let w = width(of: ch)
            if used + w > columns - 1 { break }
            out.append(ch)
            used += w
        }
        return out + "…"
    }

    /// Breaks sanitised text into lines of at most `columns`, at spaces where it can;
    /// a word longer than a line is cut where it must be.
    public static func wrap(_ text: String, to columns: Int) -> [String] {
        guard columns > 0 else { return [] }
        var lines: [String] = []
        var line = "", used = 0
        for word in sanitize(text).split(separator: " ") {
            var rest = String(word)
            let w = width(of: rest)
            if used > 0 && used + 1 + w <= columns {
                line += " " + rest
                used += 1 + w
                continue
            }
            if used > 0 { lines.append(line) }
            while width(of: rest) > columns {
                var head = "", headWidth = 0
                for ch in rest {
                    if headWidth + width(of: ch) > columns { break }
                    head.append(ch)
                    headWidth += width(of: ch)
                }
                if head.isEmpty { head = String(rest.first!) } // a wide letter in one column: it goes alone
                lines.append(head)
                rest = String(rest.dropFirst(head.count))
            }
            (line, used) = (rest, width(of: rest))
        }
        if used > 0 || lines.isEmpty { lines.append(line) }
        return lines
    }

    /// Pads with spaces on the right to exactly `columns` (truncating when longer).
    public static func pad(_ text: String, to columns: Int) -> String {
        let t = truncate(text, to: columns)
        return t + String(repeating: " ", count: max(0, columns - width(of: t)))
    }

    /// DEL, C1 controls and invisible format characters: what JSON output writes as \uXXXX.
    static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return scalar.value == 0x7F }
        if scalar.value < 0xA0 { return true }
        switch scalar.properties.generalCategory {
        case .format, .lineSeparator, .paragraphSeparator: return true
        default: return false
        }
    }

    static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// East Asian Wide and Fullwidth ranges (Unicode 15, the parts that occur in names).
    static func isWide(_ v: UInt32) -> Bool {
        switch v {
        case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF,
             0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3,
             0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
             0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}
