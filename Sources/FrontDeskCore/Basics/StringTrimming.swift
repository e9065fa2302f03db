import Foundation

extension String {
    /// Without leading and trailing white space: what counts as typed.
    public var trimmingSpaces: String { trimmingCharacters(in: .whitespaces) }
}
