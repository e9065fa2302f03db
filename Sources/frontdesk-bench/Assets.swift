import Foundation
import FrontDeskUI

/// The package's files the benchmark needs, found by walking up from the executable:
/// `.build…/release/frontdesk-bench` is a few directories below the package root.
enum Assets {
    static func defaultTheme() throws -> Theme {
        let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        var directory = URL(fileURLWithPath: exe).deletingLastPathComponent()
        for _ in 0..<8 {
            let candidate = directory.appendingPathComponent("Themes/default.theme").path
            if FileManager.default.fileExists(atPath: candidate) { return try Theme.load(path: candidate) }
            directory.deleteLastPathComponent()
        }
        let here = FileManager.default.currentDirectoryPath + "/Themes/default.theme"
        if FileManager.default.fileExists(atPath: here) { return try Theme.load(path: here) }
        throw BenchFailure("cannot find Themes/default.theme above \(exe) or in the current directory")
    }
}
