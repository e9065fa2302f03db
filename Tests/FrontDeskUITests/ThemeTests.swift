import Foundation
import Testing
@testable import FrontDeskUI

@Suite struct ThemeTests {
    static let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let themes = package.appendingPathComponent("Themes")

    /// The copies built into the binary are the files of `Themes/`, byte for byte; with
    /// FRONTDESK_RECORD=1 they are written again from them.
    @Test func builtInThemesAreTheShippedFiles() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.themes.path).filter { $0.hasSuffix(".theme") }.sorted()
        let shipped = try files.map { ($0.replacingOccurrences(of: ".theme", with: ""),
                                       try String(contentsOf: Self.themes.appendingPathComponent($0), encoding: .utf8)) }
        if ProcessInfo.processInfo.environment["FRONTDESK_RECORD"] == "1" {
            try Self.source(shipped).write(to: Self.package.appendingPathComponent("Sources/FrontDeskUI/Canvas/BuiltInThemes.swift"),
                                           atomically: true, encoding: .utf8)
        }
        #expect(BuiltInThemes.names == shipped.map(\.0),
                "Themes/ and the built-in themes differ: FRONTDESK_RECORD=1 swift test --filter ThemeTests copies them")
        for (name, text) in shipped {
            #expect(BuiltInThemes.text(of: name) == text,
                    "\(name).theme differs from its built-in copy: FRONTDESK_RECORD=1 swift test --filter ThemeTests copies it")
            let theme = try Theme.parse(try #require(BuiltInThemes.text(of: name)), name: name, file: name)
            #expect(Set(theme.styles.keys) == Set(StyleRole.allCases))
        }
    }

    static func source(_ themes: [(String, String)]) -> String {
        let head = """
            /// The shipped themes, built into the binary so the console starts wherever it is installed or
            /// copied. `Themes/*.theme` is the source: ThemeTests fails when a copy here differs, and
            /// `FRONTDESK_RECORD=1 swift test --filter ThemeTests` writes this file again from them.
            public enum BuiltInThemes {
                /// Each shipped theme's name and file, as it is in `Themes/`.
                public static let files: [(name: String, text: String)] = [

            """
        let entries = themes.map { name, text in "        (\"\(name)\", ##\"\"\"\n\(text)\n\"\"\"##),\n" }.joined()
        let tail = """
                ]

                public static var names: [String] { files.map(\\.name) }

                public static func text(of name: String) -> String? {
                    files.first { $0.name == name }?.text
                }
            }

            """
        return head + entries + tail
    }

    @Test(arguments: ["default", "high-contrast", "monochrome"])
    func shippedThemesDefineEveryRole(_ name: String) throws {
        let theme = try Theme.load(path: ThemeTests.themes.appendingPathComponent("\(name).theme").path)
        #expect(theme.name == name)
        #expect(Set(theme.styles.keys) == Set(StyleRole.allCases))
    }

    @Test func monochromeUsesNoColourAtAll() throws {
        let theme = try Theme.load(path: ThemeTests.themes.appendingPathComponent("monochrome.theme").path)
        for style in theme.styles.values {
            #expect(style.foreground == .terminalDefault && style.background == .terminalDefault)
        }
        #expect(theme.style(for: .selection).attributes.contains(.reverse))
    }

    @Test func mistakesNameTheFileAndLine() {
        let cases: [(String, String)] = [
            ("normal default default\ntitle purple default\n", "mine.theme:2: unknown colour 'purple'"),
            ("# comment\nnormal default\n", "mine.theme:2: expected 'role foreground background [attributes]'"),
            ("sparkle red default\n", "mine.theme:1: unknown role 'sparkle'"),
            ("normal red default blink\n", "mine.theme:1: unknown attribute 'blink'"),
            ("normal red default\nnormal red default\n", "mine.theme:2: role 'normal' is defined twice"),
            ("normal red default\n", "mine.theme: no style for title"),
        ]
        for (text, message) in cases {
            #expect(throws: ThemeError.self) { try Theme.parse(text, name: "mine", file: "mine.theme") }
            do {
                _ = try Theme.parse(text, name: "mine", file: "mine.theme")
            } catch let error as ThemeError {
                #expect(error.message.hasPrefix(message), "\(error.message)")
            } catch {
                Issue.record("unexpected \(error)")
            }
        }
    }

    @Test func coloursByNameBrightAndIndex() throws {
        let all = StyleRole.allCases.map { "\($0.rawValue) bright-red color244 bold underline" }.joined(separator: "\n")
        let theme = try Theme.parse(all, name: "t", file: "t.theme")
        #expect(theme.style(for: .title) == Style(foreground: .indexed(9), background: .indexed(244), attributes: [.bold, .underline]))
    }
}
