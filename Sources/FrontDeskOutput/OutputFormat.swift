/// How a command writes what it lists: aligned text for people, JSON for scripts, CSV for spreadsheets.
public enum OutputFormat: String, Sendable, CaseIterable {
    case table, json, csv

    /// `--format`: nil means a table; a command offers the formats that make sense for it.
    public static func parse(_ text: String?, allowed: [OutputFormat] = OutputFormat.allCases) throws -> OutputFormat {
        guard let text else { return .table }
        guard let format = OutputFormat(rawValue: text.lowercased()), allowed.contains(format) else {
            let names = allowed.map(\.rawValue)
            let list = names.count <= 2 ? names.joined(separator: " or ")
                : names.dropLast().joined(separator: ", ") + " or " + names.last!
            throw OutputError("--format takes \(list) here, not '\(TerminalText.sanitize(text))'")
        }
        return format
    }
}

/// A request the output module cannot meet (an unknown format), in words for the user.
public struct OutputError: Error, Equatable, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}
