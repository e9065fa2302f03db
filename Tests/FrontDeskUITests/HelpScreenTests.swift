import Testing
import FrontDeskCore
@testable import FrontDeskUI

/// F1 as a reader uses it: it opens where the associate is, pages, and says where they are.
@Suite struct HelpScreenTests {
    @Test func opensAtThePartForTheScreenItWasCalledFrom() throws {
        let h = try ConsoleHarness()
        try h.addGuest("Ana", "Lima", room: "101")
        h.start()
        h.type("ana")
        h.press(.enter, .function(1))
        #expect(h.lines()[1] == " Guest profile", "the profile's keys first")
        h.press(.escape, .function(4), .function(1))
        #expect(h.lines()[1] == " Complaint queue")
        h.press(.home)
        #expect(h.lines()[1] == " Everywhere", "Home goes back to the keys that work everywhere")
    }

    @Test func pagesAndSaysWhereTheReaderIs() throws {
        let h = try ConsoleHarness()
        h.start()
        h.press(.function(1), .home)
        let total = HelpScreen.lines(.standard, width: 80).count
        #expect(h.lines()[21] == " lines 1–20 of \(total) · PgDn: next page")
        h.press(.pageDown)
        #expect(h.lines()[21].hasPrefix(" lines 21–40 of \(total)"))
        h.press(.character(" "))
        #expect(h.lines()[21].hasPrefix(" lines 41–60 of \(total)"), "Space pages too")
        h.press(.pageUp, .down)
        #expect(h.lines()[21].hasPrefix(" lines 22–41 of \(total)"))
        h.press(.end)
        #expect(h.lines()[21] == " lines \(total - 19)–\(total) of \(total) · Home: back to the start")
        #expect(h.lines()[20].contains("keeps it."), "the last note ends the last page")
        h.press(.pageDown)
        #expect(h.lines()[21].hasPrefix(" lines \(total - 19)–\(total)"), "never past the end")
    }

    @Test func aTallerTerminalShowsMoreOfIt() throws {
        let h = try ConsoleHarness()
        h.start()
        h.press(.function(1), .home)
        let total = HelpScreen.lines(.standard, width: 120).count
        #expect(h.lines(120, 40)[37].hasPrefix(" lines 1–36 of \(total)"))
        h.press(.pageDown)
        #expect(h.lines(120, 40)[37].hasPrefix(" lines 37–72 of \(total)"), "a page is as tall as the terminal")
    }
}
