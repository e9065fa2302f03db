import Foundation
import FrontDeskUI

/// Finds a theme by name (or path): `--theme`, then FRONTDESK_THEME; NO_COLOR means monochrome.
/// Themes live in `Themes/` beside the sources, or in `share/frontdesk/Themes` of an installation.
enum ThemeLocator {
    static func theme(_ settings: Settings) throws -> Theme {
        let noColor = !(settings.environment["NO_COLOR"] ?? "").isEmpty
        let name = settings.arguments.option("theme")
            ?? (noColor ? "monochrome" : nil)
            ?? settings.environment["FRONTDESK_THEME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? "default"
        let path = try locate(name)
        do {
            return try Theme.load(path: path)
        } catch let error as ThemeError {
            throw CommandFailure(code: .configuration, message: "broken theme: \(error.message)")
        }
    }

    static func locate(_ name: String) throws -> String {
        if name.contains("/") || name.hasSuffix(".theme") {
            guard FileManager.default.fileExists(atPath: name) else {
                throw CommandFailure(code: .configuration, message: "no theme file at \(name)")
            }
            return name
        }
        guard name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) else {
            throw CommandFailure(code: .configuration, message: "'\(name)' is not a theme name")
        }
        for dir in directories() {
            let path = dir + "/" + name + ".theme"
            if FileManager.default.fileExists(atPath: path) { return path }
        }
        let known = directories().flatMap { (try? FileManager.default.contentsOfDirectory(atPath: $0)) ?? [] }
            .filter { $0.hasSuffix(".theme") }.map { String($0.dropLast(6)) }
        throw CommandFailure(code: .configuration, message: "no theme named '\(name)'"
            + (known.isEmpty ? " (no Themes directory found)" : " (themes: \(Set(known).sorted().joined(separator: ", ")))"))
    }

    /// Walks up from the executable: `.build/…/debug/frontdesk` finds the package's `Themes/`,
    /// `PREFIX/bin/frontdesk` finds `PREFIX/share/frontdesk/Themes`.
    static func directories() -> [String] {
        var dirs: [String] = []
        var url = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        if let exe = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            url = URL(fileURLWithPath: exe).deletingLastPathComponent()
        }
        for _ in 0..<6 {
            dirs.append(url.appendingPathComponent("Themes").path)
            dirs.append(url.appendingPathComponent("share/frontdesk/Themes").path)
            url = url.deletingLastPathComponent()
        }
        return dirs.filter { FileManager.default.fileExists(atPath: $0) }
    }
}
