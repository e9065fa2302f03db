import Foundation
import Testing
import FrontDeskCore
@testable import FrontDeskUI

@Suite struct PadScreenTests {
    func openPad(_ h: ConsoleHarness) throws -> Int64 {
        let id = try h.addGuest("Søren", "Kierkegaard", room: "512")
        h.start()
        h.type("soren")
        h.press(.enter, .character("p"))
        return id
    }

    @Test func opensOnTheDetailAndSuggestsTheCategoryFromTheWords() throws {
        let h = try ConsoleHarness()
        _ = try openPad(h)
        #expect(h.lines()[1].contains("Preference pad · Søren Kierkegaard"))
        #expect(h.screen().cursor?.row == 4)
        h.type("two feather pillows")
        let lines = h.lines()
        #expect(lines[4].contains("two feather pillows"))
        #expect(lines[6].contains("Category") && lines[6].contains("‹ Bedding ›") && lines[6].contains("suggested"))
        #expect(lines[7].contains("‹ Preferred ›"))
        #expect(lines[8].contains("‹ Standing ›"))
        #expect(lines[9].contains("‹ Guest said ›"))
        #expect(lines[23].contains("Ctrl-S Save"))
        h.press(.control("u"))
        h.type("no nuts please")
        #expect(h.lines()[6].contains("‹ Allergy ›"))
        #expect(h.lines()[10].contains("shown first whenever the profile opens"))
    }

    @Test func ctrlSSavesFromAnyFieldAndTheProfileShowsItAtOnce() throws {
        let h = try ConsoleHarness()
        let id = try openPad(h)
        h.type("Financial Times")
        h.press(.tab, .tab, .right) // level: Preferred → Required
        #expect(h.lines()[7].contains("‹ Required ›"))
        h.press(.control("s"))
        let lines = h.lines()
        #expect(lines[0].contains("Guest profile"))
        #expect(lines.contains { $0.contains("Saved to Newspaper: Financial Times") })
        #expect(lines.contains { $0.contains("Financial Times") && $0.contains("Required · standing · said") })
        let saved = try #require(try h.store.profile(guestID: id)?.preferences.first)
        #expect(saved.category == .newspaper && saved.level == .required && saved.recorded.login == "maria.s")
    }

    @Test func theCategoryCanBeChangedAndStaysChosen() throws {
        let h = try ConsoleHarness()
        _ = try openPad(h)
        h.type("pillow")
        h.press(.tab)
        h.type("r") // jump to Room
        #expect(h.lines()[6].contains("‹ Room ›"))
        #expect(!h.lines()[6].contains("suggested"))
        h.press(.backTab)
        h.type(" menu")
        #expect(h.lines()[6].contains("‹ Room ›"))
    }

    @Test func recordingTheSameThingTwiceOffersToConfirmIt() throws {
        let h = try ConsoleHarness()
        let id = try openPad(h)
        h.type("Feather pillows")
        h.press(.control("s"))
        h.press(.character("p"))
        h.type("feather pillow")
        h.press(.control("s"))
        #expect(h.lines()[20].contains("Already on file: “Feather pillows”"))
        #expect(h.lines()[21].contains("Enter: confirm it again"))
        h.press(.enter)
        #expect(h.lines().contains { $0.contains("Confirmed: the guest said it again.") })
        let prefs = try #require(try h.store.profile(guestID: id)).preferences
        #expect(prefs.count == 1)
        #expect(prefs[0].confirmations == 1)
        #expect(h.lines()[21].contains("confirmed 1×"))
    }

    @Test func escapeAsksBeforeThrowingAwayWhatWasTyped() throws {
        let h = try ConsoleHarness()
        _ = try openPad(h)
        h.type("late checkout")
        h.press(.escape)
        #expect(h.lines()[21].contains("Discard this note? y: discard · n: keep writing"))
        h.press(.character("n"))
        #expect(h.lines()[4].contains("late checkout"))
        h.press(.escape, .character("y"))
        #expect(h.lines()[0].contains("Guest profile"))
    }

    @Test func anEmptyPadClosesAtOnce() throws {
        let h = try ConsoleHarness()
        _ = try openPad(h)
        h.press(.escape)
        #expect(h.lines()[0].contains("Guest profile"))
    }

    @Test func aPastedNewlineDoesNotSubmit() throws {
        let h = try ConsoleHarness()
        let id = try openPad(h)
        h.press(.paste("extra towels\nand robes"))
        #expect(h.lines()[4].contains("extra towels and robes"))
        #expect(h.lines()[0].contains("Preference pad"))
        #expect(try h.store.profile(guestID: id)?.preferences.isEmpty == true)
    }

    @Test func aConsoleClosedMidNoteKeepsItAsADraftForTheSameAssociate() throws {
        let h = try ConsoleHarness()
        let id = try openPad(h)
        h.type("hates the lift noise")
        h.app.terminate()
        let draft = try #require(try h.store.draft(login: "maria.s", guestID: id))
        #expect(draft.preference.detail == "hates the lift noise")

        h.start() // the next session of the same associate
        h.type("soren")
        h.press(.enter)
        #expect(h.lines()[4].contains("An unfinished pad note is waiting: press p to finish it."))
        h.press(.character("p"))
        #expect(h.lines()[4].contains("hates the lift noise"))
        h.press(.control("s"))
        #expect(try h.store.draft(login: "maria.s", guestID: id) == nil)
        #expect(!h.lines().contains { $0.contains("unfinished pad note") })
    }
}
