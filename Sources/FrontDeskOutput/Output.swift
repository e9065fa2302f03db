import Foundation

/// Where command output goes: standard output for results, standard error for remarks and errors.
/// Text for people is made terminal-safe line by line, since it may quote what the data holds.
public enum Output {
    public static func print(_ text: String) {
        write(safe(text) + "\n", to: FileHandle.standardOutput)
    }

    /// A listing in the chosen format; CSV and JSON exactly as made (already safe).
    public static func print<Item>(_ listing: Listing<Item>, as format: OutputFormat) throws {
        let text = try listing.text(format)
        write(format == .table ? safe(text) + "\n" : text.utf8.last == 10 ? text : text + "\n", to: FileHandle.standardOutput)
    }

    /// One value as JSON for scripts.
    public static func printJSON<T: Encodable>(_ value: T) throws {
        write(try JSONText.encode(value) + "\n", to: FileHandle.standardOutput)
    }

    /// A remark or an error on standard error, terminal-safe like the rest.
    public static func note(_ text: String) {
        write(safe(text) + "\n", to: FileHandle.standardError)
    }

    static func safe(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { TerminalText.sanitize(String($0)) }
            .joined(separator: "\n")
    }

    private static func write(_ text: String, to handle: FileHandle) {
        handle.write(Data(text.utf8))
    }
}
