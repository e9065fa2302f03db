import Foundation
import Testing
import FrontDeskCore
@testable import FrontDeskUI

/// What the console does the same way on every screen: one state per profile, global keys,
/// and a terminal too small to use.
@Suite struct ProfileModeTests {
    /// Two profiles of Ana Lima; a supervisor has the first open, the duplicate hint on screen.
    func mergeQuestionOpen() throws -> (ConsoleHarness, ana: Int64, anna: Int64) {
        let h = try ConsoleHarness()
        let ana = try h.store.addGuest(NewGuest(givenName: "Ana", familyName: "Lima", email: "ana@example.com"), by: h.actor)
        let anna = try h.store.addGuest(NewGuest(givenName: "Ana", familyName: "Lima", email: "ANA@example.com"), by: h.actor)
        h.member = StaffMember(login: "sue", displayName: "Sue Park", role: .supervisor, homeProperty: "DEMO")
        h.start()
        h.type("ana lima")
        h.press(.enter)
        h.app.tick()
        h.press(.character("M"))
        #expect(h.lines()[21].contains("Merge #\(anna) Ana Lima into this profile"))
        return (h, ana, anna)
    }

    /// Tried as a supervisor would: an allergy recorded at another terminal arrives while the merge
    /// question is open. The Enter that reads the alert must never be the one that merges.
    @Test func anAlertArrivingDuringTheMergeQuestionNeverLetsEnterMerge() throws {
        let (h, ana, anna) = try mergeQuestionOpen()
        _ = try h.secondTerminal().recordPreference(NewPreference(guestID: ana, category: .allergy, detail: "Severe peanut allergy"),
                                                    by: Actor(login: "tom.b", property: "DEMO"))
        h.app.tick()
        let lines = h.lines()
        #expect(lines.contains("      ! Severe peanut allergy (food & beverage acts)"), "the alert is put in front of the supervisor")
        #expect(!lines.contains { $0.contains("Merge #") }, "the question is gone")
        #expect(lines[22].contains("nothing merged"))
        h.press(.enter)
        #expect(try h.store.resolvedGuestID(anna) == anna, "Enter read the alert and merged nothing")
        h.press(.enter)
        #expect(try h.store.resolvedGuestID(anna) == anna, "nor does a second Enter")
        h.press(.character("M"), .character("y"))
        #expect(try h.store.resolvedGuestID(anna) == ana, "asked again, the merge is made")
    }

    @Test func anAlertArrivingDuringARetireReasonGivesThePromptBackWithItsWords() throws {
        let h = try ConsoleHarness()
        let id = try h.addGuest("Ana", "Lima", room: "210")
        _ = try h.store.recordPreference(NewPreference(guestID: id, category: .bedding, detail: "Foam pillows"), by: h.actor)
        h.start()
        h.type("ana lima")
        h.press(.enter, .character("r"))
        h.type("prefers feath")
        _ = try h.secondTerminal().setFlag(.problematic, guestID: id, reason: "shouted at the porter", by: Actor(login: "tom.b", property: "DEMO"))
        h.app.tick()
        #expect(h.lines().contains { $0.contains("! Problematic: shouted at the porter (tom.b)") })
        h.press(.enter)
        #expect(h.lines()[20].contains("Why retire “Foam pillows”?") && h.lines()[21].contains("Because: prefers feath"))
        h.type("ers")
        h.press(.enter)
        #expect(try h.store.profile(guestID: id)?.preferences.first?.retirement?.reason == "prefers feathers")
    }
}

@Suite struct GlobalKeyTests {
    @Test func leavingAPadWithAFunctionKeyKeepsTheNoteAsADraft() throws {
        let h = try ConsoleHarness()
        let id = try h.addGuest("Ana", "Lima", room: "210")
        h.start()
        h.type("ana lima")
        h.press(.enter, .character("p"))
        h.type("quiet room please")
        h.press(.function(4))
        #expect(h.lines()[0].contains("Complaint queue"))
        #expect(try h.store.draft(login: "maria.s", guestID: id)?.preference.detail == "quiet room please")
        h.press(.escape)
        #expect(h.lines()[0].contains("Guest profile"), "the queue opened over the profile; the pad was left")
        #expect(h.lines()[4].contains("An unfinished pad note is waiting"))
        h.press(.function(3))
        #expect(h.lines()[0].contains("Arrivals"))
        h.press(.function(2))
        #expect(h.lines()[0].contains("Guest search"))
        h.press(.function(1))
        #expect(h.lines()[0].contains("Help"))
        h.press(.function(10))
        #expect(h.lines()[21].contains("Quit frontdesk? y: quit · n: stay") && !h.app.wantsToQuit)
        h.press(.enter)
        #expect(!h.app.wantsToQuit, "Enter never confirms: a key pressed in a hurry quits nothing")
        h.press(.function(10), .character("y"))
        #expect(h.app.wantsToQuit)
    }

    @Test func aComplaintFormWithTextAsksBeforeAFunctionKeyLeavesIt() throws {
        let h = try ConsoleHarness()
        _ = try h.addGuest("Ana", "Lima", room: "210")
        h.start()
        h.type("ana lima")
        h.press(.enter, .character("c"))
        h.type("Cold shower")
        h.press(.function(10))
        #expect(h.lines()[21].contains("Quit frontdesk, throwing away what you typed? y: quit · n: stay"))
        h.press(.character("n"))
        #expect(!h.app.wantsToQuit)
        #expect(h.lines()[4].contains("Cold shower"))
        h.press(.function(2))
        #expect(h.lines()[21].contains("Leave, throwing away what you typed?"))
        h.press(.character("y"))
        #expect(h.lines()[0].contains("Guest search"), "after the yes, the key does what it said")
    }

    @Test func aComplaintFormUnderHelpStillAsksBeforeItIsLeft() throws {
        let h = try ConsoleHarness()
        _ = try h.addGuest("Ana", "Lima", room: "210")
        h.start()
        h.type("ana lima")
        h.press(.enter, .character("c"))
        h.type("Cold shower")
        h.press(.function(1), .function(4))
        #expect(h.lines()[21].contains("Leave, throwing away what you typed?"), "asked, even with help on top")
        h.press(.character("n"), .escape)
        #expect(h.lines()[4].contains("Cold shower"))
    }

    @Test func aPadThatCannotKeepItsDraftIsNotLeft() throws {
        let h = try ConsoleHarness()
        let id = try h.addGuest("Ana", "Lima", room: "210")
        h.start()
        h.type("ana lima")
        h.press(.enter, .character("p"))
        h.type("extra pillows")
        h.failing.failure = FailingStore.readOnly(h.store.location)
        h.press(.function(10), .character("y"))
        #expect(!h.app.wantsToQuit, "the note would be lost")
        #expect(h.lines()[1].contains("Preference pad") && h.lines()[4].contains("extra pillows"))
        #expect(h.lines()[21...22].joined().contains("Not kept as a draft"))
        h.failing.failure = nil
        h.press(.function(10), .character("y"))
        #expect(h.app.wantsToQuit)
        #expect(try h.store.draft(login: "maria.s", guestID: id)?.preference.detail == "extra pillows")
    }

    @Test func theOneQuestionWaitsForAnUnfinishedNoteAndNeverDropsIt() throws {
        let h = try ConsoleHarness()
        let id = try h.addGuest("Ana", "Lima", room: "210")
        try h.store.saveDraft(Draft(login: "maria.s", guestID: id, preference: NewPreference(guestID: id, category: .room, detail: "quiet room"),
                                    savedAt: ConsoleHarness.now))
        h.start()
        h.type("ana lima")
        h.press(.enter, .character("a"))
        #expect(h.lines()[22].contains("An unfinished pad note is waiting: press p to finish it first."))
        #expect(h.lines()[0].contains("Guest profile"))
        #expect(try h.store.draft(login: "maria.s", guestID: id) != nil)
    }

    @Test func goingBackToAViewNeverPilesItUp() throws {
        let h = try ConsoleHarness()
        let id = try h.addGuest("Ana", "Lima", room: "210")
        _ = try h.store.logComplaint(NewComplaint(guestID: id, category: .room, summary: "Cold"), policy: .standard, by: h.actor)
        h.start()
        h.press(.function(4), .enter)
        #expect(h.lines()[1].contains("Complaint #"))
        h.press(.function(4))
        #expect(h.lines()[1].contains("Complaint queue"))
        h.press(.escape)
        #expect(h.lines()[0].contains("Guest search"), "one queue, not two")
    }

    @Test func whileTheTerminalIsTooSmallKeysDoNothingButQuitAndHelp() throws {
        let h = try ConsoleHarness()
        try h.addGuest("Ana", "Lima", room: "210")
        h.start()
        #expect(h.lines(50, 12).contains { $0.contains("Terminal too small: 50×12.") })
        h.type("ana")
        h.press(.enter, .function(4))
        #expect(h.lines()[2] == " Find guest:", "nothing typed while the warning was shown")
        #expect(h.lines()[0].contains("Guest search"))
        _ = h.lines(50, 12)
        h.press(.function(1))
        #expect(h.lines()[0].contains("Help"), "help works")
        _ = h.lines(50, 12)
        h.press(.function(10))
        #expect(h.lines(50, 12).contains { $0.contains("Quit? y: quit · n: stay") })
        h.press(.character("y"))
        #expect(h.app.wantsToQuit, "quit works")
    }
}
