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
        #expect(lines[7] == "   Who acts   ‹ Housekeeping ›  by the words and category")
        #expect(lines[8].contains("‹ Preferred ›"))
        #expect(lines[9].contains("‹ Standing ›"))
        #expect(lines[10].contains("‹ Every hotel ›"))
        #expect(lines[11].contains("‹ Guest said ›"))
        #expect(lines[23].contains("Ctrl-S Save"))
        h.press(.control("u"))
        h.type("no nuts please")
        #expect(h.lines()[6].contains("‹ Allergy ›"))
        #expect(h.lines()[7].contains("‹ Food & beverage ›"))
        #expect(h.lines()[12].contains("shown first whenever the profile opens"))
        // "room cleaned only after 2pm" is housekeeping's, whatever room category it is filed under.
        h.press(.control("u"))
        h.type("room cleaned only after 2pm")
        #expect(h.lines()[6].contains("‹ Room ›") && h.lines()[7].contains("‹ Housekeeping ›"))
    }

    /// A draft kept at another hotel may name a department this one does not have: the pad opens on
    /// it and steps through this hotel's departments without trouble.
    @Test func aDraftWithAnotherHotelsDepartmentStillSteps() throws {
        var pad = PadScreen(guest: Guest(id: 1, givenName: "Ana", familyName: "Lima"), stayID: nil, property: "DEMO",
                            draft: NewPreference(guestID: 1, category: .amenities, detail: "Yoga mat", department: Department(code: "spa")))
        pad.focus = .department
        #expect(pad.department.value == Department(code: "spa"))
        _ = pad.update(.right, keymap: .standard)
        _ = pad.update(.right, keymap: .standard)
        #expect(pad.department.options.contains(Department(code: "spa")) && pad.department.value != Department(code: "spa"))
    }

    @Test func theDepartmentCanBeChosenByHandAndIsKept() throws {
        let h = try ConsoleHarness()
        let id = try openPad(h)
        h.type("Late checkout")
        #expect(h.lines()[7].contains("‹ Front office ›"))
        h.press(.tab, .tab, .character("c")) // Who acts: Concierge
        #expect(h.lines()[7] == "   Who acts   ‹ Concierge ›")
        h.press(.tab, .tab)
        h.press(.backTab, .backTab, .backTab, .backTab) // back to the words
        h.type(" at 2pm")
        #expect(h.lines()[7].contains("‹ Concierge ›"), "chosen by hand, the words no longer move it")
        h.press(.control("s"))
        let saved = try #require(try h.store.profile(guestID: id)?.preferences.first)
        #expect(saved.department == .concierge && saved.detail == "Late checkout at 2pm")
    }

    @Test func ctrlSSavesFromAnyFieldAndTheProfileShowsItAtOnce() throws {
        let h = try ConsoleHarness()
        let id = try openPad(h)
        h.type("Financial Times")
        h.press(.tab, .tab, .tab, .right) // level: Preferred → Required
        #expect(h.lines()[8].contains("‹ Required ›"))
        h.press(.control("s"))
        let lines = h.lines()
        #expect(lines[0].contains("Guest profile"))
        #expect(lines.contains { $0.contains("Saved to Newspaper: Financial Times") })
        let row = try #require(lines.firstIndex { $0.hasPrefix("   Financial Times") && $0.hasSuffix(" required") })
        #expect(h.screen()[row, 4].role == .selection, "the note just saved is selected, so the next key acts on it")
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
        #expect(h.lines()[21].contains("Enter or y: confirm it again · n: record a new one anyway"))
        #expect(h.lines()[23].contains("Enter/y Confirm it again") && h.lines()[23].contains("n Record a new one"), "the keys say what they do")
        h.press(.enter)
        #expect(h.lines().contains { $0.contains("Confirmed: the guest said it again.") })
        let prefs = try #require(try h.store.profile(guestID: id)).preferences
        #expect(prefs.count == 1)
        #expect(prefs[0].confirmations == 1)
        #expect(h.lines()[20...21].joined().contains("confirmed 1×"))
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

@Suite struct ComplaintFormTests {
    func openForm(_ h: ConsoleHarness) throws -> Int64 {
        let id = try h.addGuest("Mette", "Jørgensen", room: "305")
        h.start()
        h.type("mette")
        h.press(.enter, .character("c"))
        return id
    }

    @Test func loggingAComplaintMakesTheAssociateItsOwnerWithAFollowUpTime() throws {
        let h = try ConsoleHarness()
        let id = try openForm(h)
        var lines = h.lines()
        #expect(lines[0].contains("frontdesk · Complaint"))
        #expect(lines[1].contains("Complaint · Mette Jørgensen"))
        #expect(lines[16].contains("You own this complaint: follow up with the guest by 10:20."))
        h.type("Loud party next door until 2am")
        h.press(.tab)
        h.type("n")   // Noise
        h.press(.tab, .right) // Medium → High
        h.press(.tab)
        h.type("Moved to a quiet room on floor 7")
        h.press(.tab)
        h.type("25")
        lines = h.lines()
        #expect(lines[6].contains("‹ Noise ›"))
        #expect(lines[7].contains("‹ High ›"))
        #expect(lines[12].contains("25") && lines[12].contains("EUR"))
        h.press(.control("s"))
        lines = h.lines()
        #expect(lines[0].contains("Guest profile"))
        #expect(lines.contains { $0.contains("Complaint logged; you own it. Follow up with the guest by 10:20.") })
        #expect(lines[5] == " Open complaints")
        #expect(lines[6].contains("Noise · High · maria.s · follow up in 20 min: Loud party next door until 2am"))
        let saved = try #require(try h.store.complaints(guestID: id).first)
        #expect(saved.owner == "maria.s" && saved.severity == .high && saved.category == .noise)
        #expect(saved.compensation?.amountMinor == 2500)
        #expect(saved.immediateAction == "Moved to a quiet room on floor 7")

        // Twenty-five minutes later the follow-up is overdue, and says so in its role.
        h.now = ConsoleHarness.now.addingTimeInterval(25 * 60)
        let row = try #require(h.row(containing: "follow-up overdue by 5 min"))
        #expect(h.screen()[row, 4].role == .overdue)
        // The search marks the guest.
        h.press(.escape)
        let mark = try #require(h.row(containing: "Mette Jørgensen"))
        #expect(h.screen()[mark, 2].text == "C")
    }

    @Test func aConsoleClosedMidComplaintKeepsEveryFieldForTheSameAssociate() throws {
        let h = try ConsoleHarness()
        let id = try openForm(h)
        h.type("Shower cold since 6am")
        h.press(.tab, .tab, .right) // Medium → High
        h.press(.tab)
        h.type("Engineer called")
        h.press(.tab)
        h.type("25")
        h.app.terminate()
        #expect(try h.store.complaintDraft(login: "maria.s", guestID: id)?.summary == "Shower cold since 6am")
        #expect(try h.store.complaints(guestID: id).isEmpty)

        h.start() // the next session of the same associate
        h.type("mette")
        h.press(.enter)
        #expect(h.lines().contains { $0.contains("An unfinished complaint is waiting: press c to finish it.") })
        h.press(.character("c"))
        let lines = h.lines()
        #expect(lines[2].contains("Kept when the terminal closed"))
        #expect(lines[4].contains("Shower cold since 6am"))
        #expect(lines[7].contains("‹ High ›"))
        #expect(lines[12].contains("25"))
        h.press(.control("s"))
        #expect(try h.store.complaints(guestID: id).first?.immediateAction == "Engineer called")
        #expect(try h.store.complaintDraft(login: "maria.s", guestID: id) == nil)
        #expect(!h.lines().contains { $0.contains("unfinished complaint") })
    }

    @Test func compensationOverTheLimitNeedsASupervisor() throws {
        let h = try ConsoleHarness()
        try h.addSupervisorSue()
        let id = try openForm(h)
        h.type("Billing error")
        h.press(.tab, .tab, .tab, .tab)
        h.type("500")
        h.press(.control("s"))
        #expect(h.lines()[22] == " Not saved: 500.00 EUR is over the 50.00 EUR limit: a supervisor must approve it")
        #expect(h.lines()[0].contains("frontdesk · Complaint"), "the form stays open with what was typed")
        #expect(try h.store.complaints(guestID: id).isEmpty)

        // A supervisor approves at this terminal with their own login and PIN, shown only as dots.
        #expect(h.lines()[20].contains("A supervisor approves this offer here"))
        #expect(h.lines()[23].contains("Enter Approve"))
        h.type("sue")
        h.press(.tab)
        h.type("1111")
        #expect(h.lines()[21].contains("••••") && !h.lines()[21].contains("1111"))
        h.press(.enter)
        #expect(h.lines().contains { $0.contains("that supervisor login and PIN do not match") })
        #expect(try h.store.complaints(guestID: id).isEmpty)
        h.press(.control("u"))
        h.type("246813")
        h.press(.enter)
        #expect(h.lines()[0].contains("Guest profile"))
        let logged = try #require(try h.store.complaints(guestID: id).first)
        #expect(logged.compensation?.amountMinor == 50_000 && logged.owner == "maria.s")
        #expect(try h.store.entries(complaintID: logged.id).last?.text == "500.00 EUR approved by Sue Park (sue) at this terminal")
        #expect(try h.store.auditTrail(login: "maria.s", since: nil, limit: 20).contains { $0.refused && $0.action == "wrong PIN" && $0.subject == "sue" })
    }

    @Test func anEmptyComplaintIsRefusedAndEscAsksBeforeDiscarding() throws {
        let h = try ConsoleHarness()
        _ = try openForm(h)
        h.press(.control("s"))
        #expect(h.lines().contains { $0.contains("type what happened") })
        h.type("Cold shower")
        h.press(.escape)
        #expect(h.lines()[21].contains("Discard this complaint?"))
        h.press(.character("y"))
        #expect(h.lines()[0].contains("Guest profile"))
    }
}
