import Foundation

extension String {
    /// Without leading and trailing white space: what counts as typed.
    public var trimmingSpaces: String { trimmingCharacters(in: .whitespaces) }

    /// "Kids club" from "kids club".
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}

extension Optional where Wrapped == String {
    /// nil for a missing or blank string, the trimmed string otherwise.
    var nonBlank: String? {
        guard let s = self?.trimmingCharacters(in: .whitespacesAndNewlines), !s.isEmpty else { return nil }
        return s
    }
}
