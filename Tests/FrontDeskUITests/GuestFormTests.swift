import Foundation
import Testing
import FrontDeskCore
@testable import FrontDeskUI

/// Correcting a profile (e) and retiring one made by mistake (Shift-X), as the desk does it.
@Suite struct GuestFormTests {
    func anaLima(_ h: ConsoleHarness) throws -> Int64 {
        let id = try h.store.addGuest(NewGuest(givenName: "Ana", familyName: "Lma", email: "ana@old.example"), by: h.actor)
        h.start()
        h.type("ana")
        h.press(.enter)
        return id
    }

    @Test func eEditsTheProfileAndEveryChangeIsKept() throws {
        let h = try ConsoleHarness()
        let id = try anaLima(h)
        h.press(.character("e"))
        var lines = h.lines()
        #expect(lines[1] == " Edit guest #\(id) · Ana Lma")
        #expect(lines[5] == "   Family name      Lma")
        #expect(lines[12] == "   Birth date")
        h.press(.tab, .tab, .control("u"))
        h.type("Lima")
        h.press(.tab, .tab, .tab, .control("u"))
        h.type("ana@new.example")
        h.press(.tab, .tab, .tab, .tab)
        h.type("1980-13-01")
        h.press(.control("s"))
        #expect(h.lines()[21].contains("Not saved: birth date: '1980-13-01' is no date; type it year-month-day"))
        h.press(.control("u"))
        h.type("1980-04-23")
        h.press(.control("s"))
        lines = h.lines()
        #expect(lines[0].contains("Guest profile") && lines[1].contains("Ana Lima"))
        #expect(lines[22].contains("Saved: family name, e-mail, birth date. Kept in the profile's history."))
        // The history, newest first, under the stays.
        let heading = try #require(lines.firstIndex(of: " Changes to the profile"))
        #expect(lines[heading + 1] == "   22 Nov maria.s: birth date added: 1980-04-23")
        #expect(lines[heading + 2] == "   22 Nov maria.s: e-mail ana@old.example → ana@new.example")
        #expect(lines[heading + 3] == "   22 Nov maria.s: family name Lma → Lima")
        #expect(try h.store.searchGuests("ana lima", limit: 5).results.map(\.guestID) == [id], "found by the new spelling at once")
        #expect(try h.store.profile(guestID: id)?.changes.count == 3)
    }

    @Test func savingWithoutAChangeWritesNothing() throws {
        let h = try ConsoleHarness()
        let id = try anaLima(h)
        h.press(.character("e"), .escape)
        #expect(h.lines()[0].contains("Guest profile"), "nothing changed: Esc leaves without asking")
        h.press(.character("e"), .control("s"))
        #expect(h.lines()[22].contains("Nothing changed."))
        #expect(try h.store.profile(guestID: id)?.changes.isEmpty == true)
    }

    @Test func aSupervisorRetiresAProfileMadeByMistake() throws {
        let h = try ConsoleHarness()
        h.member.role = .supervisor
        let id = try anaLima(h)
        h.press(.character("X"))
        #expect(h.lines()[21].hasPrefix(" Retire this profile (made by mistake) because:"))
        h.press(.enter)
        #expect(h.lines()[22].contains("Say why this profile was a mistake"))
        h.type("duplicate typed at check-in")
        h.press(.enter)
        var lines = h.lines()
        #expect(lines[22].contains("Profile retired: no search finds it"))
        #expect(lines[4] == " Retired profile: duplicate typed at check-in (maria.s, 22 Nov)")
        #expect(!lines[23].contains("p Pad") && !lines[23].contains("e Edit"), "keys that would record something are not offered")
        for key in ["e", "p", "c", "t"] {
            h.press(.character(Character(key)))
            #expect(h.lines()[0].contains("Guest profile"), "\(key) opens nothing")
            #expect(h.lines()[21].contains("This profile is retired: record it on the guest's own profile."))
        }
        h.press(.escape, .control("u"))
        h.type("ana")
        #expect(!h.lines().contains { $0.contains("Ana Lma") }, "out of search")
        #expect(try h.store.guest(id: id)?.familyName == "Lma", "its id still resolves")
    }

    /// A retirement made in error is undone the same way, with why, while the profile is open.
    @Test func aSupervisorReinstatesAProfileRetiredInError() throws {
        let h = try ConsoleHarness()
        h.member.role = .supervisor
        let id = try anaLima(h)
        h.press(.character("X"))
        h.type("looked like a duplicate")
        h.press(.enter, .character("X"))
        #expect(h.lines()[21].hasPrefix(" Reinstate this profile because:"))
        h.type("her daughter, not a duplicate")
        h.press(.enter)
        #expect(h.lines()[22].contains("Profile reinstated: search finds it again."))
        #expect(h.lines()[23].contains("p Pad"), "it takes notes again")
        #expect(try h.store.profile(guestID: id)?.retirement == nil)
        #expect(try h.store.searchGuests("ana lma", limit: 5).results.map(\.guestID) == [id])
    }

    @Test func anAssociateIsToldToAskASupervisor() throws {
        let h = try ConsoleHarness()
        let id = try anaLima(h)
        h.press(.character("X"))
        #expect(h.lines()[22].contains("Retiring a profile made by mistake is for a supervisor: tell one."))
        #expect(try h.store.profile(guestID: id)?.retirement == nil)
    }
}
