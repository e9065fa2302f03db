import Foundation
import Testing
import FrontDeskCore
@testable import FrontDeskUI

@Suite struct ArrivalsScreenTests {
    static let today = Day(ConsoleHarness.now, calendar: ConsoleHarness.utc)

    /// José García arrives today: a valuable guest with an allergy, standing and one-off
    /// preferences, one seen only once, and things that must not reach this list. Ana Lima is new.
    func hotel(_ h: ConsoleHarness) throws -> (garcia: Int64, lima: Int64, stay: Int64) {
        let today = Self.today
        let garcia = try h.addGuest("José", "García", vip: .gold)
        let lima = try h.addGuest("Ana", "Lima")
        let last = try h.store.addStay(guestID: garcia, room: "301", arrival: today.adding(days: -60), departure: today.adding(days: -55),
                                       status: .departed, revenueMinor: 900_000, by: h.actor)
        let stay = try h.store.addStay(guestID: garcia, room: "412", arrival: today, departure: today.adding(days: 3),
                                       status: .reserved, by: h.actor)
        _ = try h.store.addStay(guestID: lima, room: "210", arrival: today, departure: today.adding(days: 1), status: .reserved, by: h.actor)
        func record(_ p: NewPreference) throws { _ = try h.store.recordPreference(p, by: h.actor) }
        try record(NewPreference(guestID: garcia, category: .allergy, detail: "Severe nut allergy", level: .required))
        try record(NewPreference(guestID: garcia, category: .bedding, detail: "Feather pillows"))
        try record(NewPreference(guestID: garcia, category: .celebration, detail: "Champagne on arrival", scope: .thisStay, stayID: stay))
        try record(NewPreference(guestID: garcia, category: .newspaper, detail: "Le Monde", source: .observed))
        try record(NewPreference(guestID: garcia, category: .other, detail: "Mariachi band", scope: .thisStay, stayID: last))
        try record(NewPreference(guestID: garcia, category: .room, detail: "Sea view suite", onlyProperty: "PORTO"))
        try record(NewPreference(guestID: garcia, category: .religion, detail: "Prayer mat", consent: true))
        return (garcia, lima, stay)
    }

    @Test func f3ListsTodaysArrivalsMostValuableFirstWithWhatToPrepare() throws {
        let h = try ConsoleHarness()
        _ = try hotel(h)
        h.start()
        h.press(.function(3))
        let lines = h.lines()
        #expect(lines[0].hasPrefix(" frontdesk · Arrivals"))
        #expect(lines[1].hasPrefix(" Arrivals 22 Nov 2026 (today) · DEMO"))
        #expect(lines[1].hasSuffix("2 arriving · 2 to review"))
        // The order is said in the heading: VIP level first, then value.
        #expect(lines[2] == "   Room   Guest                        VIP level ▼  then value ▼   Review")
        #expect(lines[3] == " ! 412    José García                  ★ Gold       Most valuable  to review")
        #expect(lines[4] == "   210    Ana Lima                                  Regular        to review")
        // The selected guest, spelled out for each department; nothing one-off from before,
        // nothing for another hotel, nothing sensitive for an associate. A short list leaves its
        // rows to the detail.
        let top = try #require(lines.firstIndex(of: " José García · room 412 · 22 Nov – 25 Nov, 3 nights · reserved"))
        #expect(top == 7)
        let detail = Array(lines[top...20])
        #expect(detail[1] == " ! Severe nut allergy · Food & beverage acts", "an alert names who acts on it")
        #expect(detail[2] == " · Housekeeping · Bedding: Feather pillows")
        #expect(detail[3] == " · Food & beverage · Celebration: Champagne on arrival (this stay)")
        #expect(detail.contains(" ? seen once, not yet a rule: Front office · Newspaper: Le Monde"))
        #expect(detail.contains(" 1 sensitive preference(s): see a coordinator"))
        let text = lines.joined(separator: "\n")
        #expect(!text.contains("Mariachi") && !text.contains("Sea view") && !text.contains("Prayer"))
        #expect(h.screen()[top + 1, 2].role == .alert)
        #expect(lines[23].contains("v Reviewed") && lines[23].contains("→/] Next day"))
    }

    /// Each department reads its own part of the briefing: d picks one, then the next, then all again.
    @Test func dShowsOneDepartmentsPreparationsWithEveryAlert() throws {
        let h = try ConsoleHarness()
        _ = try hotel(h)
        h.start()
        h.press(.function(3), .character("d"))
        var lines = h.lines()
        // Only the guests the department has something to do for: Ana Lima has nothing recorded.
        #expect(lines[1].hasPrefix(" Arrivals 22 Nov (today) · DEMO · Front office "))
        #expect(lines[3].contains("José García") && !lines.contains { $0.contains("Ana Lima") })
        #expect(lines[8] == " ! Severe nut allergy · Food & beverage acts", "an alert is for everyone")
        #expect(lines[9] == " ? seen once, not yet a rule: Newspaper: Le Monde")
        #expect(!lines.contains { $0.contains("Feather") || $0.contains("Champagne") })
        h.press(.character("d"))
        lines = h.lines()
        #expect(lines[1].hasPrefix(" Arrivals 22 Nov (today) · DEMO · Housekeeping "))
        #expect(lines[9] == " · Bedding: Feather pillows")
        #expect(!lines.contains { $0.contains("Champagne") || $0.contains("Le Monde") })
        h.press(.character("d"))
        #expect(h.lines()[1] == " Arrivals 22 Nov (today) · DEMO · Food & beverage         1 of 2 · 1 to review",
                "the longest name fits at 80 columns, with how many of the day's arrivals are listed")
        h.press(.character("d"))
        lines = h.lines()
        #expect(lines[1].hasPrefix(" Arrivals 22 Nov (today) · DEMO · Maintenance "))
        #expect(lines[3].contains("Nothing for maintenance on this day"), "nobody listed for a department with nothing to do")
        h.press(.character("d"), .character("d"))
        #expect(h.lines()[9] == " · Housekeeping · Bedding: Feather pillows", "all departments again")
        #expect(h.lines()[4].contains("Ana Lima"))
    }

    /// A long list fills a tall terminal and pages: PgDn, End and Home move by what the screen shows.
    @Test func aLongListFillsTheScreenAndPages() throws {
        let h = try ConsoleHarness()
        for i in 1...40 {
            let id = try h.addGuest("Guest", String(format: "N%02d", i))
            _ = try h.store.addStay(guestID: id, room: String(100 + i), arrival: Self.today, departure: Self.today.adding(days: 1),
                                    status: .reserved, by: h.actor)
        }
        h.start()
        h.press(.function(3))
        var lines = h.lines(120, 40)
        // Each guest's detail needs two rows: the list takes the other 32 at 120×40.
        #expect(lines[3].contains("Guest N01") && lines[34].contains("Guest N32"))
        #expect(lines[35].hasSuffix("↓ 8 more below (PgUp/PgDn, Home/End)"), "the row under the list says what is below")
        #expect(lines[36].hasPrefix(" Guest N01 · room 101") && lines[37].contains("Nothing recorded to prepare"))
        h.press(.pageDown)
        lines = h.lines(120, 40)
        #expect(lines[34].contains("Guest N33"), "a page down selects the row a page further")
        h.press(.end)
        lines = h.lines(120, 40)
        #expect(lines[34].contains("Guest N40") && lines[35].hasSuffix("↑ 8 more above (PgUp/PgDn, Home/End)"))
        h.press(.home)
        #expect(h.lines(120, 40)[3].contains("Guest N01"))
        // At 80×24 the list takes 16 rows, and the selected guest's two rows are under it.
        #expect(h.lines()[18].contains("Guest N16") && h.lines()[19].contains("↓ 24 more below") && h.lines()[21].contains("Nothing recorded"))
    }

    /// A long note wraps under itself instead of losing its end (here, that it is for this stay only).
    @Test func aLongNoteWrapsUnderItself() throws {
        let h = try ConsoleHarness()
        let guest = try h.addGuest("Siobhán", "O'Brien")
        let stay = try h.store.addStay(guestID: guest, room: "108", arrival: Self.today, departure: Self.today.adding(days: 2),
                                       status: .reserved, by: h.actor)
        _ = try h.store.recordPreference(NewPreference(guestID: guest, category: .minibar,
                                                       detail: "Minibar emptied of everything but still water before she arrives",
                                                       scope: .thisStay, stayID: stay), by: h.actor)
        h.start()
        h.press(.function(3))
        let lines = h.lines()
        #expect(lines[8] == " · Housekeeping · Minibar: Minibar emptied of everything but still water")
        #expect(lines[9] == "   before she arrives (this stay)")
    }

    /// A guest with more to prepare than the screen holds: the alerts come first, and the last row says
    /// how much more there is, so nothing slips through unseen; a short terminal gives the detail more rows.
    @Test func whatDoesNotFitIsCountedNotDropped() throws {
        let h = try ConsoleHarness()
        let guest = try h.addGuest("Mei", "Chen", vip: .platinum)
        _ = try h.store.addStay(guestID: guest, room: "901", arrival: Self.today, departure: Self.today.adding(days: 2),
                                status: .reserved, by: h.actor)
        _ = try h.store.recordPreference(NewPreference(guestID: guest, category: .allergy, detail: "Shellfish"), by: h.actor)
        let notes = ["Firm pillows", "High floor", "Le Figaro", "Vegetarian", "Green tea", "Cool room", "6:30 wake-up",
                     "Airport car", "Extra towels", "Yoga mat", "Late checkout"]
        for (i, note) in notes.enumerated() {
            let category: PreferenceCategory = [.bedding, .room, .newspaper, .dietary, .beverage, .temperature, .wakeUp,
                                                .transport, .amenities, .other, .other][i]
            _ = try h.store.recordPreference(NewPreference(guestID: guest, category: category, detail: note), by: h.actor)
        }
        h.start()
        h.press(.function(3))
        let lines = h.lines()
        #expect(lines[7] == " Mei Chen · room 901 · 22 Nov – 24 Nov, 2 nights · reserved")
        #expect(lines[8] == " ! Shellfish · Food & beverage acts")
        #expect(lines.contains { $0.contains("Late checkout") }, "at 80×24 a lone arrival's detail has room for all")
        let short = h.lines(60, 16)
        let top = try #require(short.firstIndex { $0.hasPrefix(" Mei Chen · room 901") })
        #expect(short[top + 1] == "   reserved", "the heading wraps rather than losing its end")
        #expect(short[top + 2] == " ! Shellfish · Food & beverage acts")
        #expect(short[13].hasPrefix(" … ") && short[13].contains("more lines: Enter opens"))
        #expect(top <= 8, "the list gives way on a short terminal")
    }

    @Test func aCoordinatorReviewsAndAChangeAfterwardsShowsAsModified() throws {
        let h = try ConsoleHarness()
        let ids = try hotel(h)
        h.member.role = .coordinator
        h.start()
        h.press(.function(3))
        #expect(h.lines().contains { $0.contains("Prayer mat") }, "a coordinator sees sensitive preferences")
        h.press(.character("v"))
        #expect(h.lines()[3].hasSuffix("✓ maria.s"))
        #expect(h.lines()[1].hasSuffix("2 arriving · 1 to review"))
        // Another terminal learns something new about García: the review no longer covers it.
        let other = try h.terminal(at: ConsoleHarness.now.addingTimeInterval(60))
        _ = try other.recordPreference(NewPreference(guestID: ids.garcia, category: .beverage, detail: "Green tea"),
                                       by: Actor(login: "tom.b", property: "DEMO"))
        h.app.tick()
        #expect(h.lines()[3].hasSuffix("modified"))
        #expect(try h.store.arrivalReview(stayID: ids.stay) != .notReviewed)
    }

    @Test func anAssociateCannotMarkReviewedAndTheRefusalIsAudited() throws {
        let h = try ConsoleHarness()
        _ = try hotel(h)
        h.start()
        h.press(.function(3))
        h.press(.character("v"))
        #expect(h.lines()[21...22].joined().contains("only a coordinator or a supervisor marks arrivals reviewed"))
        #expect(h.lines()[3].hasSuffix("to review"))
        let trail = try h.store.auditTrail(login: "maria.s", since: nil, property: nil, limit: 100)
        #expect(trail.contains { $0.refused && $0.action == "review arrival" })
    }

    @Test func enterOpensTheGuestAndArrowsChangeTheDay() throws {
        let h = try ConsoleHarness()
        _ = try hotel(h)
        h.start()
        h.press(.function(3), .down, .enter)
        #expect(h.lines()[1].hasPrefix(" Ana Lima"))
        h.press(.escape, .right)
        #expect(h.lines()[1].hasPrefix(" Arrivals 23 Nov 2026 (ahead)"))
        #expect(h.lines()[3].contains("No arrivals on this day"))
    }
}
