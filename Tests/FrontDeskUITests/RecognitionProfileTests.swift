import Foundation
import Testing
import FrontDeskCore
@testable import FrontDeskUI

/// What the profile does with history: old standing preferences to reconfirm at check-in,
/// today's one question, and sensitive facts kept from roles that may not see them.
@Suite struct RecognitionProfileTests {
    @Test func atCheckInAnOldStandingPreferenceIsConfirmedWithOneKey() throws {
        let h = try ConsoleHarness()
        let id = try h.addGuest("Ana", "Lima", room: "210")
        // Recorded fourteen months ago by another terminal whose clock said so.
        let past = try h.terminal(at: ConsoleHarness.now.addingTimeInterval(-420 * 86_400))
        _ = try past.recordPreference(NewPreference(guestID: id, category: .bedding, detail: "Foam pillows"), by: h.actor)
        _ = try h.store.recordPreference(NewPreference(guestID: id, category: .newspaper, detail: "Le Monde"), by: h.actor)
        h.start()
        h.type("ana lima")
        h.press(.enter)
        var lines = h.lines()
        let heading = try #require(lines.firstIndex(of: " Confirm with guest (y: still true · r: no longer)"))
        #expect(lines[heading + 1].contains("Foam pillows"))
        #expect(!lines[heading + 1].contains("Le Monde"), "a preference recorded today needs no reconfirming")
        h.press(.character("y"))
        lines = h.lines()
        #expect(lines.contains { $0.contains("Confirmed with the guest today.") })
        #expect(!lines.contains { $0.hasPrefix(" Confirm with guest") })
        let foam = try #require(try h.store.profile(guestID: id)?.preferences.first { $0.detail == "Foam pillows" })
        #expect(foam.confirmations == 1 && foam.lastConfirmed?.login == "maria.s")
    }

    @Test func atCheckInRetiringAsksWhichTheGuestSaidWithOneKey() throws {
        let h = try ConsoleHarness()
        let id = try h.addGuest("Ana", "Lima", room: "210")
        let past = try h.terminal(at: ConsoleHarness.now.addingTimeInterval(-420 * 86_400))
        _ = try past.recordPreference(NewPreference(guestID: id, category: .bedding, detail: "Foam pillows"), by: h.actor)
        _ = try past.recordPreference(NewPreference(guestID: id, category: .newspaper, detail: "Le Figaro"), by: h.actor)
        h.start()
        h.type("ana lima")
        h.press(.enter)
        #expect(h.lines().contains(" Confirm with guest (y: still true · r: no longer)"))
        h.press(.character("r"))
        // No reason to type, and none assumed: one key says which the guest said.
        #expect(h.lines()[20] == " Retire “Foam pillows”? What did the guest say?")
        #expect(h.lines()[21] == " n: it no longer holds · e: it was recorded in error · Esc: keep it")
        #expect(h.lines()[23].contains("n No longer holds"))
        h.press(.enter)
        #expect(try h.store.profile(guestID: id)?.preferences.allSatisfy(\.isActive) == true, "Enter answers nothing")
        h.press(.character("n"))
        var lines = h.lines()
        #expect(!lines.contains { $0.contains("Why retire") })
        let foam = try #require(try h.store.profile(guestID: id)?.preferences.first { $0.detail == "Foam pillows" })
        #expect(foam.retirement?.reason == "asked to confirm it, the guest said it no longer holds" && foam.retirement?.signature.login == "maria.s")
        #expect(lines[22].contains("Retired: no longer holds, says the guest. A slip? Record it again with p."))
        // The other one was never so: recorded in error, and kept in history as that.
        let row = try #require(lines.firstIndex { $0.contains("Le Figaro") })
        #expect(lines[row - 1].hasPrefix(" Confirm with guest"))
        h.press(.home, .character("r"), .character("e"))
        lines = h.lines()
        #expect(!lines.contains { $0.hasPrefix(" Confirm with guest") })
        let figaro = try #require(try h.store.profile(guestID: id)?.preferences.first { $0.detail == "Le Figaro" })
        #expect(figaro.retirement?.reason == "asked to confirm it, the guest said it was never so: recorded in error")
        #expect(lines[22].contains("Retired as recorded in error"))
    }

    @Test func atCheckInEscapeKeepsThePreference() throws {
        let h = try ConsoleHarness()
        let id = try h.addGuest("Ana", "Lima", room: "210")
        let past = try h.terminal(at: ConsoleHarness.now.addingTimeInterval(-420 * 86_400))
        _ = try past.recordPreference(NewPreference(guestID: id, category: .bedding, detail: "Foam pillows"), by: h.actor)
        h.start()
        h.type("ana lima")
        h.press(.enter, .character("r"), .escape)
        #expect(h.lines()[22].contains("Nothing retired."))
        #expect(try h.store.profile(guestID: id)?.preferences.first?.isActive == true)
    }

    @Test func theOneQuestionOpensThePadOnItsCategoryAndIsNotAskedTwiceInARow() throws {
        let h = try ConsoleHarness()
        let id = try h.addGuest("Ana", "Lima", room: "210")
        h.start()
        h.type("ana lima")
        h.press(.enter)
        #expect(h.lines()[4] == " Ask today (a records the answer): Which pillow do you sleep best on?")
        h.press(.character("a"))
        #expect(h.lines()[6].contains("‹ Bedding ›"))
        h.press(.escape) // the guest had no answer
        #expect(try h.store.profile(guestID: id)?.lastQuestion == .bedding)
        h.press(.escape)
        h.press(.enter)
        #expect(h.lines()[4] == " Ask today (a records the answer): High floor or low, near the lift or quiet?")
    }

    @Test func aSensitiveFactIsKeptOnlyWithConsentAndShownOnlyToThoseWhoMaySeeIt() throws {
        let h = try ConsoleHarness()
        let id = try h.addGuest("Ana", "Lima", room: "210")
        h.start()
        h.type("ana lima")
        h.press(.enter, .character("p"))
        h.type("prayer mat facing the qibla")
        #expect(h.lines()[6].contains("‹ Religion ›"))
        #expect(h.lines()[13].contains("Religion is sensitive: kept only if the guest agrees"))
        h.press(.control("s"))
        #expect(h.lines()[21].contains("Has the guest agreed that we keep this religion fact?"))
        #expect(h.lines()[23].hasPrefix(" y Yes  n/Esc/Enter No"), "only y says the guest agreed")
        h.press(.enter)
        #expect(h.lines()[22].contains("Not saved: without the guest's agreement"), "a reflexive Enter keeps nothing")
        #expect(try h.store.profile(guestID: id)?.preferences.isEmpty == true)
        h.press(.control("s"), .character("y"))
        let kept = try #require(try h.store.profile(guestID: id)?.preferences.first)
        #expect(kept.category == .religion && kept.consent)
        // An associate sees that something is kept, not what.
        let lines = h.lines()
        #expect(!lines.contains { $0.contains("prayer mat") })
        #expect(lines.contains(" 1 sensitive preference is kept; a coordinator or supervisor can see it"))

        h.member.role = .coordinator
        h.start()
        h.type("ana lima")
        h.press(.enter)
        #expect(h.lines().contains { $0.contains("prayer mat facing") })
    }

    @Test func withoutConsentNothingIsKept() throws {
        let h = try ConsoleHarness()
        let id = try h.addGuest("Ana", "Lima", room: "210")
        h.start()
        h.type("ana lima")
        h.press(.enter, .character("p"))
        h.type("sober: no alcohol in the minibar")
        h.press(.tab, .character("s")) // Sobriety, chosen by hand
        h.press(.control("s"), .character("n"))
        #expect(h.lines()[22].contains("without the guest's agreement"))
        #expect(try h.store.profile(guestID: id)?.preferences.isEmpty == true)
        #expect(h.lines()[1].contains("Preference pad"), "what was typed stays on the pad")
    }
}

@Suite struct ConfiguredVIPTests {
    @Test func aRenamedLevelShowsEverywhereInItsColour() throws {
        let h = try ConsoleHarness()
        try h.store.setVIPLevel(VIPLevelDefinition(rank: 2, code: "gold-circle", name: "Gold Circle", role: "alert"), by: h.actor)
        _ = try h.addGuest("Ana", "Lima", vip: .gold, room: "210")
        _ = try h.addGuest("Bo", "Berg", room: "101") // first in the list, so Ana's row is not the selected one
        h.start()
        let row = try #require(h.row(containing: "Ana Lima"))
        #expect(h.lines()[row].contains("Gold Circle"))
        let column = try #require(h.lines()[row].range(of: "Gold Circle")).lowerBound.utf16Offset(in: h.lines()[row])
        #expect(h.screen()[row, column].role == .alert)
        h.press(.down, .enter)
        #expect(h.lines()[1].hasSuffix("★ Gold Circle"))
        h.press(.character("p"))
        #expect(h.lines()[1].hasPrefix(" Preference pad · Ana Lima · ★ Gold Circle"))
        h.press(.escape)
        h.press(.character("c"))
        #expect(h.lines()[1].hasPrefix(" Complaint · Ana Lima · ★ Gold Circle"))
    }
}

@Suite struct FlagTests {
    @Test func flagsCarryAReasonAndDoNotRentNeedsASupervisor() throws {
        let h = try ConsoleHarness()
        let id = try h.addGuest("Ana", "Lima", room: "210")
        h.start()
        h.type("ana lima")
        h.press(.enter, .character("f"))
        #expect(h.lines()[21].hasPrefix(" Set “Previous complaint” because:"))
        h.press(.tab, .tab) // do not rent
        h.type("damaged room 301")
        h.press(.enter)
        #expect(h.lines()[22].contains("needs a supervisor"))
        #expect(h.lines()[21].contains("Set “Do not rent” because: damaged room 301"), "the prompt keeps what was typed")
        #expect(try h.store.profile(guestID: id)?.flags.isEmpty == true)

        h.press(.escape)
        h.press(.character("f"), .tab) // problematic
        h.type("shouted at the night porter")
        h.press(.enter)
        let lines = h.lines()
        let heading = try #require(lines.firstIndex(of: " Flags"))
        #expect(lines[heading + 1].hasPrefix("   Problematic: shouted at the night porter · maria.s 22 Nov DEMO"))

        // The next associate to open the guest reads the flag before anything else.
        h.member = StaffMember(login: "sue", displayName: "Sue Park", role: .supervisor, homeProperty: "DEMO")
        h.start()
        h.type("ana lima")
        h.press(.enter)
        #expect(h.lines().contains { $0.contains("! Problematic: shouted at the night porter (maria.s)") })
        h.press(.enter, .character("f"), .tab, .tab)
        h.type("damaged room 301")
        h.press(.enter)
        #expect(try h.store.profile(guestID: id)?.flags.map(\.kind) == [.problematic, .doNotRent])
    }
}

@Suite struct DuplicateProfileTests {
    @Test func aProbableDuplicateIsHintedAndASupervisorMergesItKeepingEverything() throws {
        let h = try ConsoleHarness()
        let ana = try h.store.addGuest(NewGuest(givenName: "Ana", familyName: "Lima", email: "ana@example.com"), by: h.actor)
        let anna = try h.store.addGuest(NewGuest(givenName: "Ana", familyName: "Lima", vip: .gold, email: "ANA@example.com"), by: h.actor)
        _ = try h.store.recordPreference(NewPreference(guestID: anna, category: .bedding, detail: "Foam pillows"), by: h.actor)
        h.start()
        h.type("ana lima")
        h.press(.enter) // the older profile, first in the list
        h.app.tick() // the hint is looked for once the profile is on screen
        let hint = " Same guest as #\(anna) Ana Lima · ★ Gold? (same name and e-mail)"
        #expect(h.lines().contains(hint))
        h.press(.character("M"))
        #expect(h.lines()[22].contains("Merging profiles is for a supervisor"), "an associate is not asked to merge")
        #expect(!h.lines().contains { $0.contains("Merge #") })
        #expect(try h.store.resolvedGuestID(anna) == anna)

        h.member = StaffMember(login: "sue", displayName: "Sue Park", role: .supervisor, homeProperty: "DEMO")
        h.start()
        h.type("ana lima")
        h.press(.enter)
        h.app.tick()
        #expect(h.lines().contains(hint + " M merges"), "the key is offered to a supervisor")
        h.press(.character("M"))
        #expect(h.lines()[21].contains("Merge #\(anna) Ana Lima · ★ Gold into this profile"))
        h.press(.character("y"))
        let lines = h.lines()
        #expect(lines[22].contains("Merged #\(anna) into this profile: 1 preference"))
        #expect(!lines.contains(hint))
        #expect(lines.contains { $0.contains("Foam pillows") })
        #expect(try h.store.resolvedGuestID(anna) == ana)
    }
}

@Suite struct PlaceTests {
    @Test func aOneOffAtAnotherHotelIsShownApartAndWhatIsForAnotherHotelOnlyNotAtAll() throws {
        let h = try ConsoleHarness()
        let id = try h.addGuest("Ana", "Lima")
        let today = Day(ConsoleHarness.now, calendar: ConsoleHarness.utc)
        let porto = Actor(login: "rui", property: "OPO", terminal: "desk-9")
        let there = try h.store.addStay(guestID: id, room: "7", arrival: today, departure: today.adding(days: 2), status: .inHouse, by: porto)
        _ = try h.store.recordPreference(NewPreference(guestID: id, category: .room, detail: "Sea view", onlyProperty: "OPO"), by: porto)
        _ = try h.store.recordPreference(NewPreference(guestID: id, category: .celebration, detail: "Port wine on arrival",
                                                       scope: .thisStay, stayID: there), by: porto)
        _ = try h.store.recordPreference(NewPreference(guestID: id, category: .bedding, detail: "Foam pillows"), by: porto)
        h.start()
        h.type("ana lima")
        h.press(.enter)
        let lines = h.lines()
        let bedding = try #require(lines.firstIndex(of: " Bedding"))
        let elsewhere = try #require(lines.firstIndex(of: " Other hotels only"))
        #expect(bedding < elsewhere)
        #expect(lines[bedding + 1].contains("Foam pillows"))
        #expect(lines[elsewhere + 1].contains("Port wine on arrival"))
        #expect(h.screen()[elsewhere + 1, 4].role == .muted)
        #expect(!lines.contains { $0.contains("Sea view") }, "a preference for Porto only is Porto's")
    }
}

@Suite struct SensitivePadTests {
    @Test func thePadNeverListsASensitiveFactTheAssociateMayNotSee() throws {
        let h = try ConsoleHarness()
        let id = try h.addGuest("Ana", "Lima", room: "210")
        _ = try h.store.recordPreference(NewPreference(guestID: id, category: .health, detail: "Insulin kept cold", consent: true), by: h.actor)
        h.start()
        h.type("ana lima")
        h.press(.enter, .character("p"))
        h.type("insulin")
        #expect(h.lines()[6].contains("‹ Health ›"))
        #expect(!h.lines().contains { $0.contains("Insulin kept cold") })
    }
}
