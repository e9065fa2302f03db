import Foundation

/// Times as commands print and read them: ISO 8601 in UTC ("2026-11-22T10:00:00Z").
enum ISOTime {
    static func string(_ date: Date) -> String {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime]
        return f.string(from: date)
    }

    /// `--as-of 2026-11-22T10:00:00Z` (fractional seconds and offsets allowed).
    static func parse(_ text: String) -> Date? {
        let plain = ISO8601DateFormatter()
        plain.formatOptions = [.withInternetDateTime]
        let fractional = ISO8601DateFormatter()
        fractional.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        return plain.date(from: trimmed) ?? fractional.date(from: trimmed)
    }
}
