import Foundation

/// A terminal colour: the terminal's default, or one of the 256 indexed colours.
public enum TerminalColor: Sendable, Equatable {
    case terminalDefault
    case indexed(Int)

    static let names = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

    /// "default", "red", "bright-red", "color208".
    init?(name: String) {
        let n = name.lowercased()
        if n == "default" { self = .terminalDefault; return }
        if let i = TerminalColor.names.firstIndex(of: n) { self = .indexed(i); return }
        if n.hasPrefix("bright-"), let i = TerminalColor.names.firstIndex(of: String(n.dropFirst(7))) {
            self = .indexed(i + 8); return
        }
        if n.hasPrefix("color"), let i = Int(n.dropFirst(5)), (0...255).contains(i) { self = .indexed(i); return }
        return nil
    }
}

public enum TextAttribute: String, Sendable, CaseIterable {
    case bold, underline, reverse, dim
}

public struct Style: Sendable, Equatable {
    public var foreground: TerminalColor
    public var background: TerminalColor
    public var attributes: Set<TextAttribute>

    public init(foreground: TerminalColor = .terminalDefault, background: TerminalColor = .terminalDefault,
                attributes: Set<TextAttribute> = []) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }
}

/// A colour theme: one style per role, read from `Themes/NAME.theme`.
public struct Theme: Sendable, Equatable {
    public var name: String
    public var styles: [StyleRole: Style]

    public func style(for role: StyleRole) -> Style { styles[role] ?? Style() }

    /// Parses `role  foreground  background  [attributes...]` lines; `#` starts a comment.
    /// Every role must be defined; any mistake names the file and line.
    public static func parse(_ text: String, name: String, file: String) throws -> Theme {
        var styles: [StyleRole: Style] = [:]
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" }).map(String.init)
            if words.isEmpty { continue }
            let where_ = "\(file):\(index + 1)"
            guard words.count >= 3 else {
                throw ThemeError(message: "\(where_): expected 'role foreground background [attributes]', found '\(words.joined(separator: " "))'")
            }
            guard let role = StyleRole(rawValue: words[0]) else {
                throw ThemeError(message: "\(where_): unknown role '\(words[0])' (roles: \(StyleRole.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            guard let fg = TerminalColor(name: words[1]) else {
                throw ThemeError(message: "\(where_): unknown colour '\(words[1])'")
            }
            guard let bg = TerminalColor(name: words[2]) else {
                throw ThemeError(message: "\(where_): unknown colour '\(words[2])'")
            }
            var attributes = Set<TextAttribute>()
            for word in words.dropFirst(3) {
                guard let a = TextAttribute(rawValue: word.lowercased()) else {
                    throw ThemeError(message: "\(where_): unknown attribute '\(word)' (use \(TextAttribute.allCases.map(\.rawValue).joined(separator: ", ")))")
                }
                attributes.insert(a)
            }
            if styles[role] != nil { throw ThemeError(message: "\(where_): role '\(role.rawValue)' is defined twice") }
            styles[role] = Style(foreground: fg, background: bg, attributes: attributes)
        }
        let missing = StyleRole.allCases.filter { styles[$0] == nil }
        if !missing.isEmpty {
            throw ThemeError(message: "\(file): no style for \(missing.map(\.rawValue).joined(separator: ", "))")
        }
        return Theme(name: name, styles: styles)
    }

    public static func load(path: String) throws -> Theme {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ThemeError(message: "\(path): cannot read the theme file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ThemeError(message: "\(path): the theme file is not UTF-8 text")
        }
        let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        return try parse(text, name: name, file: path)
    }
}

public struct ThemeError: Error, Equatable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}
