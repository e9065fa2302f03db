import Foundation

extension String {
    /// Without leading and trailing spaces and tabs: what counts as typed.
    public var trimmingSpaces: String { trimmed { $0.isWhitespace && !$0.isNewline } }

    /// Without leading and trailing white space, line breaks included.
    public var trimmingWhitespace: String { trimmed(\.isWhitespace) }

    /// Character by character, and the text itself when nothing is to go, which is nearly always:
    /// an import trims every field of a million rows.
    private func trimmed(_ drops: (Character) -> Bool) -> String {
        guard let first, let last, drops(first) || drops(last) else { return self }
        guard let start = firstIndex(where: { !drops($0) }), let end = lastIndex(where: { !drops($0) }) else { return "" }
        return String(self[start...end])
    }

    /// "Kids club" from "kids club".
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}

extension Optional where Wrapped == String {
    /// nil for a missing or blank string, the trimmed string otherwise.
    var nonBlank: String? {
        guard let s = self?.trimmingWhitespace, !s.isEmpty else { return nil }
        return s
    }
}
