import Foundation
import Testing
import FrontDeskUI

/// Whole screens kept as reviewable text files, one per screen, in `ExpectedScreens/`: a test
/// compares every line of the 80×24 grid with its file. `FRONTDESK_RECORD=1 swift test` writes
/// the files anew from what the screens draw now, for review in the diff.
enum ScreenRecord {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("ExpectedScreens")
    static var recording: Bool { ProcessInfo.processInfo.environment["FRONTDESK_RECORD"] == "1" }

    static func check(_ canvas: Canvas, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let file = folder.appendingPathComponent(name + ".txt")
        let drawn = canvas.lines.joined(separator: "\n") + "\n"
        if recording {
            try drawn.write(to: file, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
            Issue.record("no expected screen \(name).txt: FRONTDESK_RECORD=1 swift test writes it", sourceLocation: sourceLocation)
            return
        }
        let want = expected.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
        let got = canvas.lines
        #expect(got.count == want.count, "\(name): \(got.count) lines drawn, \(want.count) expected", sourceLocation: sourceLocation)
        for (i, (g, w)) in zip(got, want).enumerated() where g != w {
            Issue.record("\(name).txt line \(i + 1):\n  expected: \(w)\n  drawn:    \(g)", sourceLocation: sourceLocation)
        }
    }
}
