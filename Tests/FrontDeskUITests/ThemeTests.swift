import Foundation
import Testing
@testable import FrontDeskUI

@Suite struct ThemeTests {
    static let themes = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Themes")

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
