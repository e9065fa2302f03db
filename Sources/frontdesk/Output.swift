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
        return escapingInvisibles(String(decoding: try encoder.encode(value), as: UTF8.self))
    }

    /// The encoder escapes only C0 controls. DEL, C1 controls (U+009B starts an escape sequence on
    /// some terminals), bidi overrides and other invisible format characters are written as \uXXXX
    /// too: the same data to a JSON reader, harmless when the output lands on a terminal.
    static func escapingInvisibles(_ json: String) -> String {
        guard json.unicodeScalars.contains(where: isInvisible) else { return json }
        var out = ""
        for scalar in json.unicodeScalars {
            guard isInvisible(scalar) else { out.unicodeScalars.append(scalar); continue }
            for unit in String(scalar).utf16 { out += "\\u" + String(format: "%04x", unit) }
        }
        return out
    }

    private static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return scalar.value == 0x7F }
        if scalar.value < 0xA0 { return true }
        switch scalar.properties.generalCategory {
        case .format, .lineSeparator, .paragraphSeparator: return true
        default: return false
        }
    }

    /// Text for people: every line made terminal-safe, since it may quote what the data holds.
    static func print(_ text: String) {
        FileHandle.standardOutput.write((safe(text) + "\n").data(using: .utf8)!)
    }

    /// JSON for scripts, exactly as encoded: its strings carry the data unchanged, controls escaped.
    static func printJSON<T: Encodable>(_ value: T) throws {
        FileHandle.standardOutput.write((try json(value) + "\n").data(using: .utf8)!)
    }

    /// CSV for spreadsheets: cells made terminal-safe too, since it is often read with `cat` first.
    static func printCSV(_ header: [String], _ rows: [[String]]) {
        let records = [header] + rows.map { $0.map(TerminalText.sanitize) }
        FileHandle.standardOutput.write(CSV.document(records).data(using: .utf8)!)
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
