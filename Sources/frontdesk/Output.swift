import Foundation
import FrontDeskUI

/// What commands print: aligned tables for people (made terminal-safe), JSON for scripts.
enum Output {
    static func table(_ header: [String], _ rows: [[String]]) -> String {
        let clean = rows.map { $0.map(TerminalText.sanitize) }
        var widths = header.map(TerminalText.width(of:))
        for row in clean {
            for (i, cell) in row.enumerated() { widths[i] = max(widths[i], TerminalText.width(of: cell)) }
        }
        func line(_ cells: [String]) -> String {
            var s = ""
            for (i, cell) in cells.enumerated() {
                let pad = i == cells.count - 1 ? 0 : widths[i] - TerminalText.width(of: cell) + 2
                s += cell + String(repeating: " ", count: pad)
            }
            while s.last == " " { s.removeLast() }
            return s
        }
        return ([line(header)] + clean.map(line)).joined(separator: "\n")
    }

    static func json<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// Text for people: every line made terminal-safe, since it may quote what the data holds.
    static func print(_ text: String) {
        FileHandle.standardOutput.write((safe(text) + "\n").data(using: .utf8)!)
    }

    /// JSON for scripts, exactly as encoded: its strings carry the data unchanged, controls escaped.
    static func printJSON<T: Encodable>(_ value: T) throws {
        FileHandle.standardOutput.write((try json(value) + "\n").data(using: .utf8)!)
    }

    /// A remark or an error on standard error, terminal-safe like the rest.
    static func note(_ text: String) {
        FileHandle.standardError.write((safe(text) + "\n").data(using: .utf8)!)
    }

    private static func safe(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { TerminalText.sanitize(String($0)) }
            .joined(separator: "\n")
    }
}
