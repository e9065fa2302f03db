import Foundation
import FrontDeskUI

/// Finds a theme by name (or path): `--theme`, then FRONTDESK_THEME; NO_COLOR means monochrome.
/// The shipped themes are built into the binary; other names are looked for in the user's
/// `$XDG_CONFIG_HOME/frontdesk/themes` and the installation's `PREFIX/share/frontdesk/themes`.
enum ThemeLocator {
    /// A theme file is read with the user's own rights, never a lent group's.
    static func theme(_ settings: Settings) throws -> Theme {
        try Privilege.asCaller { try find(settings) }
    }

    private static func find(_ settings: Settings) throws -> Theme {
        let noColor = !(settings.environment["NO_COLOR"] ?? "").isEmpty
        let name = settings.arguments.option("theme")
            ?? (noColor ? "monochrome" : nil)
            ?? settings.environment["FRONTDESK_THEME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? "default"
        do {
            if name.contains("/") || name.hasSuffix(".theme") {
                guard FileManager.default.fileExists(atPath: name) else {
                    throw CommandFailure(code: .configuration, message: "no theme file at \(name)")
                }
                return try Theme.load(path: name)
            }
            if let text = BuiltInThemes.text(of: name) {
                return try Theme.parse(text, name: name, file: "built-in \(name).theme")
            }
            guard name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) else {
                throw CommandFailure(code: .configuration, message: "'\(name)' is not a theme name")
            }
            let folders = directories(settings.environment)
            for folder in folders where FileManager.default.fileExists(atPath: folder + "/" + name + ".theme") {
                return try Theme.load(path: folder + "/" + name + ".theme")
            }
            let installed = folders.flatMap { (try? FileManager.default.contentsOfDirectory(atPath: $0)) ?? [] }
                .filter { $0.hasSuffix(".theme") }.map { String($0.dropLast(6)) }
            throw CommandFailure(code: .configuration, message: "no theme named '\(name)' (themes: "
                + Set(BuiltInThemes.names + installed).sorted().joined(separator: ", ") + "; others go in "
                + folders.joined(separator: " or ") + ")")
        } catch let error as ThemeError {
            throw CommandFailure(code: .configuration, message: "broken theme: \(error.message)")
        }
    }

    /// Where themes of other names live: the user's own first, then the installation's.
    static func directories(_ environment: [String: String]) -> [String] {
        let config = environment["XDG_CONFIG_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil }
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.config"
        return [config + "/frontdesk/themes", Installation.themes]
    }
}
