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

    static func print(_ text: String) {
        FileHandle.standardOutput.write((text + "\n").data(using: .utf8)!)
    }
}
