import Foundation
import Testing
import FrontDeskCore
@testable import FrontDeskUI

/// When a save fails — the file locked by another program, the disk full, the file read-only —
/// every form and prompt keeps what was typed, and the message line says why and what to do.
@Suite struct SaveFailureTests {
    /// Ana Lima in house, with one preference, her profile open and read.
    func anaLima(_ h: ConsoleHarness) throws -> Int64 {
        let id = try h.addGuest("Ana", "Lima", room: "210")
        _ = try h.store.recordPreference(NewPreference(guestID: id, category: .bedding, detail: "Foam pillows"), by: h.actor)
        h.start()
        h.type("ana lima")
        h.press(.enter)
        return id
    }

    @Test func thePadKeepsTheNoteWhenTheFileIsLocked() throws {
        let h = try ConsoleHarness()
        let id = try anaLima(h)
        h.press(.character("p"))
        h.type("late checkout on Sunday")
        h.failing.failure = FailingStore.busy(h.store.location)
        h.press(.control("s"))
        let lines = h.lines()
        #expect(lines[1].contains("Preference pad"), "still on the pad")
        #expect(lines[4].contains("late checkout on Sunday"))
        #expect(lines[22].contains("Not saved:") && lines[22] == " Not saved: the database is busy with another program; try again in a moment")
        h.failing.failure = nil
        h.press(.control("s"))
        #expect(h.lines().contains { $0.contains("Saved to Other: late checkout on Sunday") })
        #expect(try h.store.profile(guestID: id)?.preferences.contains { $0.detail == "late checkout on Sunday" } == true)
    }

    @Test func aLostDatabaseIsSaidUnderEveryScreenAndThePadKeepsItsNoteUntilItIsBack() throws {
        let h = try ConsoleHarness()
        let id = try anaLima(h)
        h.press(.character("p"))
        h.type("late checkout on Sunday")
        h.failing.unreachable = true
        h.app.tick()
        #expect(h.lines()[22] == " Database unreachable, reconnecting… Typing is kept; save once it is back.")
        h.type(" please")
        #expect(h.lines()[22].contains("Database unreachable"), "still said while typing goes on")
        h.press(.control("s"))
        var lines = h.lines()
        #expect(lines[1].contains("Preference pad"), "still on the pad")
        #expect(lines[4].contains("late checkout on Sunday please"))
        #expect(lines.joined().contains("Not saved: the database cannot be reached"), "the save says it was not made")

        h.failing.unreachable = false
        h.app.tick()
        lines = h.lines()
        #expect(lines[22].contains("Reconnected to the database"))
        #expect(lines[4].contains("late checkout on Sunday please"), "the note is still there")
        h.press(.control("s"))
        #expect(try h.store.profile(guestID: id)?.preferences.filter { $0.detail == "late checkout on Sunday please" }.count == 1)
    }

    @Test func theComplaintFormKeepsEverythingWhenTheDiskIsFull() throws {
        let h = try ConsoleHarness()
        let id = try anaLima(h)
        h.press(.character("c"))
        h.type("Shower cold all morning")
        h.press(.tab, .tab, .tab)
        h.type("Sent maintenance")
        h.failing.failure = FailingStore.full(h.store.location)
        h.press(.control("s"))
        let lines = h.lines()
        #expect(lines[1].contains("Complaint · Ana Lima"))
        #expect(lines[4].contains("Shower cold all morning") && lines[10].contains("Sent maintenance"))
        #expect(lines[22].contains("Not saved:") && lines[22].contains("the disk is full"))
        #expect(try h.store.complaints(guestID: id).isEmpty)
    }

    @Test func aComplaintEntryKeepsItsWordsWhenTheFileIsReadOnly() throws {
        let h = try ConsoleHarness()
        let id = try h.addGuest("Ana", "Lima", room: "210")
        let complaint = try h.store.logComplaint(NewComplaint(guestID: id, category: .room, summary: "Cold room"), policy: .standard, by: h.actor)
        h.start()
        h.press(.function(4), .enter, .character("a"))
        h.type("Heater repaired")
        h.failing.failure = FailingStore.readOnly(h.store.location)
        h.press(.enter)
        let lines = h.lines()
        #expect(lines[21].contains("What was done? Heater repaired"), "the prompt keeps its words")
        #expect(lines[22].contains("Not saved:") && lines[22].contains("read-only"))
        #expect(try h.store.entries(complaintID: complaint.id).count == 1)
        h.failing.failure = nil
        h.press(.enter)
        #expect(h.lines().contains { $0.contains("Action taken: Heater repaired") })
    }

    @Test func aFlagReasonIsKeptWhenTheSaveFails() throws {
        let h = try ConsoleHarness()
        let id = try anaLima(h)
        h.press(.character("f"), .tab)
        h.type("shouted at the porter")
        h.failing.failure = FailingStore.busy(h.store.location)
        h.press(.enter)
        #expect(h.lines()[21].contains("Set “Problematic” because: shouted at the porter"))
        #expect(h.lines()[22].contains("Not saved:") && h.lines()[22].contains("busy with another program"))
        h.failing.failure = nil
        h.press(.enter)
        #expect(try h.store.profile(guestID: id)?.flags.map(\.kind) == [.problematic])
    }

    @Test func aRetireReasonIsKeptWhenTheSaveFails() throws {
        let h = try ConsoleHarness()
        let id = try anaLima(h)
        h.press(.character("r"))
        h.type("prefers feathers now")
        h.failing.failure = FailingStore.full(h.store.location)
        h.press(.enter)
        #expect(h.lines()[20].contains("Why retire “Foam pillows”?") && h.lines()[21].contains("Because: prefers feathers now"))
        #expect(h.lines()[22].contains("Not saved:") && h.lines()[22].contains("disk is full"))
        #expect(try h.store.profile(guestID: id)?.preferences.first?.retirement == nil)
        h.failing.failure = nil
        h.press(.enter)
        #expect(try h.store.profile(guestID: id)?.preferences.first?.retirement?.reason == "prefers feathers now")
    }
}
