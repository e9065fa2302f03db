import Foundation

/// JSON for scripts: sorted keys, ISO 8601 times, and invisible characters escaped.
public enum JSONText {
    public static func encode<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return escapingInvisibles(String(decoding: try encoder.encode(value), as: UTF8.self))
    }

    /// The encoder escapes only C0 controls. DEL, C1 controls (U+009B starts an escape sequence on
    /// some terminals), bidi overrides and other invisible format characters are written as \uXXXX
    /// too: the same data to a JSON reader, harmless when the output lands on a terminal.
    static func escapingInvisibles(_ json: String) -> String {
        guard json.unicodeScalars.contains(where: TerminalText.isInvisible) else { return json }
        var out = ""
        for scalar in json.unicodeScalars {
            guard TerminalText.isInvisible(scalar) else { out.unicodeScalars.append(scalar); continue }
            for unit in String(scalar).utf16 { out += "\\u" + String(format: "%04x", unit) }
        }
        return out
    }
}
