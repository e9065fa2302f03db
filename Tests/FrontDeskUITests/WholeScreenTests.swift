import Foundation
import Testing
import FrontDeskCore
@testable import FrontDeskUI

/// Whole 80×24 screens, every line of them, compared with the reviewable files in ExpectedScreens/:
/// what an associate sees, every column of it.
@Suite struct WholeScreenTests {
    static let today = Day(ConsoleHarness.now, calendar: ConsoleHarness.utc)

    /// Søren Kierkegaard, in house with a nut allergy, his pillows, a newspaper seen once and an open complaint.
    func soren(_ h: ConsoleHarness) throws -> Int64 {
        let id = try h.addGuest("Søren", "Kierkegaard", vip: .silver, loyalty: "FD77", room: "512")
        _ = try h.store.recordPreference(NewPreference(guestID: id, category: .allergy, detail: "Severe nut allergy", level: .required), by: h.actor)
        _ = try h.store.recordPreference(NewPreference(guestID: id, category: .bedding, detail: "Feather pillows"), by: h.actor)
        _ = try h.store.recordPreference(NewPreference(guestID: id, category: .newspaper, detail: "Politiken", source: .observed), by: h.actor)
        _ = try h.terminal(at: ConsoleHarness.now.addingTimeInterval(-5 * 60))
            .logComplaint(NewComplaint(guestID: id, category: .noise, severity: .high, summary: "Party next door until 2am",
                                       immediateAction: "Moved to 514"), policy: .standard, by: h.actor)
        return id
    }

    @Test func search() throws {
        let h = try ConsoleHarness()
        try h.addGuest("José", "García", vip: .gold, room: "412")
        try h.addGuest("Josefina", "Lindqvist")
        let zhang = try h.addGuest("伟", "张", vip: .platinum, room: "508")
        _ = try h.store.recordPreference(NewPreference(guestID: zhang, category: .allergy, detail: "Shellfish"), by: h.actor)
        h.start()
        try ScreenRecord.check(h.screen(), "search-in-house")
        h.type("jose")
        try ScreenRecord.check(h.screen(), "search-results")
        #expect(h.screen()[5, 5].role == .selection)
        h.press(.control("u"))
        h.type("zhang")
        #expect(h.lines()[5] == " ! 张伟 Zhang Wei                                            Platinum    508")
        h.press(.control("u"))
        h.type("garsia")
        try ScreenRecord.check(h.screen(), "search-nobody")
    }

    /// Three guests named 张伟 and one Оксана Чала: each 张伟 shows what differs from the others.
    func namesakes(_ h: ConsoleHarness) throws {
        let today = Self.today
        let first = try h.store.addGuest(NewGuest(givenName: "伟", familyName: "张", language: "Chinese", email: "wei.zhang@acme.example",
                                                  company: "Acme", birthDate: Day("1980-03-02")), by: h.actor)
        _ = try h.store.addStay(guestID: first, room: "210", arrival: today.adding(days: -40), departure: today.adding(days: -37),
                                status: .departed, by: h.actor)
        try h.store.addGuest(NewGuest(givenName: "伟", familyName: "张", language: "Chinese", phone: "+86 10 5555 0188",
                                      company: "Acme", birthDate: Day("1991-11-20")), by: h.actor)
        try h.store.addGuest(NewGuest(givenName: "伟", familyName: "张", language: "Chinese", email: "zw@globex.example",
                                      company: "Globex"), by: h.actor)
        try h.store.addGuest(NewGuest(givenName: "Оксана", familyName: "Чала", phone: "+380 44 555 0134"), by: h.actor)
    }

    @Test func searchTellsNamesakesApart() throws {
        let h = try ConsoleHarness()
        try namesakes(h)
        h.start()
        h.type("zhang wei")
        try ScreenRecord.check(h.screen(), "search-namesakes")
        try ScreenRecord.check(h.screen(110, 30), "search-namesakes-110x30")
        h.press(.control("u"))
        h.type("chala")
        #expect(h.lines()[5] == "   Оксана Чала Oksana Chala", "the Latin reading beside the name")
        h.press(.control("u"))
        h.type("5550134")
        try ScreenRecord.check(h.screen(), "search-by-phone")
    }

    @Test func profile() throws {
        let h = try ConsoleHarness()
        _ = try soren(h)
        h.start()
        h.type("soren")
        h.press(.enter)
        // The allergy is put in front of the associate before anything else, until it is read.
        try ScreenRecord.check(h.screen(), "profile-alerts")
        #expect(h.screen()[7, 10].role == .alert)
        h.press(.enter)
        try ScreenRecord.check(h.screen(), "profile")
        try ScreenRecord.check(h.screen(100, 30), "profile-100x30")
    }

    @Test func pad() throws {
        let h = try ConsoleHarness()
        _ = try soren(h)
        h.start()
        h.type("soren")
        h.press(.enter, .enter, .character("p"))
        h.type("two more feather pillows")
        h.press(.tab, .tab)
        try ScreenRecord.check(h.screen(), "pad")
        try ScreenRecord.check(h.screen(100, 30), "pad-100x30")
    }

    @Test func complaintForm() throws {
        let h = try ConsoleHarness()
        _ = try soren(h)
        h.start()
        h.type("soren")
        h.press(.enter, .enter, .character("c"))
        h.type("Breakfast cold again")
        h.press(.tab)
        h.type("f")
        h.press(.tab, .tab)
        h.type("Fresh omelette sent up")
        h.press(.tab)
        h.type("15")
        try ScreenRecord.check(h.screen(), "complaint-form")
        try ScreenRecord.check(h.screen(100, 30), "complaint-form-100x30")
    }

    @Test func complaintTimeline() throws {
        let h = try ConsoleHarness()
        let id = try soren(h)
        let complaint = try #require(try h.store.complaints(guestID: id).first)
        _ = try h.store.addEntry(complaintID: complaint.id, kind: .pacified, text: "Apologised; free breakfast", newOwner: nil,
                                 compensation: nil, policy: .standard, by: h.actor)
        _ = try h.store.addEntry(complaintID: complaint.id, kind: .note, text: "Neighbours asked to keep it down", newOwner: nil,
                                 compensation: nil, policy: .standard, by: Actor(login: "tom.b", property: "DEMO"))
        h.start()
        h.press(.function(4), .enter)
        try ScreenRecord.check(h.screen(), "complaint-timeline")
        try ScreenRecord.check(h.screen(100, 30), "complaint-timeline-100x30")
        h.press(.character("f"))
        h.type("Slept well after the move")
        try ScreenRecord.check(h.screen(), "complaint-timeline-entry")
    }

    @Test func queue() throws {
        let (h, _) = try QueueScreenTests().hotel()
        h.member = StaffMember(login: "sam", displayName: "Sam", role: .supervisor, homeProperty: "DEMO")
        h.start()
        h.press(.function(4), .character(" "))
        try ScreenRecord.check(h.screen(), "queue")
        try ScreenRecord.check(h.screen(100, 30), "queue-100x30")
    }

    @Test func arrivals() throws {
        let h = try ConsoleHarness()
        _ = try ArrivalsScreenTests().hotel(h)
        h.start()
        h.press(.function(3))
        try ScreenRecord.check(h.screen(), "arrivals")
        try ScreenRecord.check(h.screen(120, 40), "arrivals-120x40")
    }

    @Test func traces() throws {
        let h = try ConsoleHarness()
        let id = try soren(h)
        let other = try h.addGuest("José", "García", vip: .gold, room: "412")
        let complaint = try #require(try h.store.complaints(guestID: id).first)
        _ = try h.store.addTrace(NewTrace(guestID: id, department: .maintenance, text: "Check the connecting door to 511 closes",
                                          room: "512", due: ConsoleHarness.now.addingTimeInterval(-1800), complaintID: complaint.id),
                                 by: h.actor)
        _ = try h.store.addTrace(NewTrace(guestID: other, department: .housekeeping, text: "Second feather pillow", room: "412",
                                          due: ConsoleHarness.now.addingTimeInterval(3 * 3600)), by: h.actor)
        let done = try h.store.addTrace(NewTrace(guestID: other, department: .concierge, text: "Table for two at Belcanto, 20:00",
                                                 room: "412", due: ConsoleHarness.now.addingTimeInterval(-3600)), by: h.actor)
        _ = try h.store.markTraceDone(id: done.id, by: Actor(login: "rita", property: "DEMO"))
        h.start()
        h.press(.function(5))
        try ScreenRecord.check(h.screen(), "traces")
        try ScreenRecord.check(h.screen(100, 30), "traces-100x30")
        h.press(.escape, .character("s"), .enter, .enter, .character("t"))
        h.type("Second feather pillow and a blanket")
        try ScreenRecord.check(h.screen(), "trace-form")
        try ScreenRecord.check(h.screen(100, 30), "trace-form-100x30")
    }

    @Test func guestForms() throws {
        let h = try ConsoleHarness()
        _ = try soren(h)
        h.start()
        h.type("ana.lima@example.com")
        h.press(.control("o"))
        try ScreenRecord.check(h.screen(), "walk-in")
        try ScreenRecord.check(h.screen(100, 30), "walk-in-100x30")
        h.press(.escape, .character("y"), .control("u"))
        h.type("soren")
        h.press(.enter, .enter, .character("e"))
        try ScreenRecord.check(h.screen(), "edit-guest")
        try ScreenRecord.check(h.screen(100, 30), "edit-guest-100x30")
    }

    @Test func help() throws {
        let h = try ConsoleHarness()
        h.start()
        h.press(.function(1))
        try ScreenRecord.check(h.screen(), "help")
        try ScreenRecord.check(h.screen(100, 30), "help-100x30")
    }

    @Test func tooSmall() throws {
        let h = try ConsoleHarness()
        h.start()
        try ScreenRecord.check(h.screen(59, 15), "too-small")
    }
}
