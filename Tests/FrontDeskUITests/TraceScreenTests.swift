import Foundation
import Testing
import FrontDeskCore
@testable import FrontDeskUI

/// Traces as the desk and the departments use them: made from a profile or a complaint, worked
/// on F5, done once, and seen on the complaint's timeline.
@Suite struct TraceScreenTests {
    static let today = Day(ConsoleHarness.now, calendar: ConsoleHarness.utc)

    func anaLima(_ h: ConsoleHarness) throws -> Int64 {
        let id = try h.addGuest("Ana", "Lima", room: "210")
        h.start()
        h.type("ana lima")
        h.press(.enter)
        return id
    }

    @Test func tOnAProfileMakesATraceForTheDepartmentTheWordsName() throws {
        let h = try ConsoleHarness()
        let id = try anaLima(h)
        h.press(.character("t"))
        var lines = h.lines()
        #expect(lines[1] == " Trace · Ana Lima")
        #expect(lines[7] == "   Room        210", "the guest's room here today")
        #expect(lines[8].hasPrefix("   Due         +1h") && lines[8].contains("= 11:00"), "the due time read as typed")
        h.type("Extra towels and a crib")
        #expect(h.lines()[6].contains("‹ Housekeeping ›  follows what you type"))
        h.press(.tab, .tab, .tab, .control("u"))
        h.type("soon")
        lines = h.lines()
        #expect(lines[8].hasSuffix("not a time: 14:00, +30m, tomorrow 9:00"), "a slip shows before saving")
        h.press(.control("s"))
        #expect(h.lines()[21].contains("Not saved: 'soon' is not a time"))
        #expect(h.lines()[4].contains("Extra towels and a crib"), "the form keeps every word")
        h.press(.control("u"))
        h.type("14:30")
        h.press(.control("s"))
        lines = h.lines()
        #expect(lines[22].contains("Trace #1 for housekeeping saved."))
        let trace = try #require(try h.store.traces(TraceQuery(guestID: id)).first)
        #expect(trace.department == .housekeeping && trace.room == "210" && trace.text == "Extra towels and a crib")
        #expect(trace.due == ConsoleHarness.now.addingTimeInterval(4.5 * 3600) && trace.created.login == "maria.s")
        // The profile says what departments still have to do.
        let heading = try #require(lines.firstIndex(of: " Traces open"))
        #expect(lines[heading + 1] == "   Housekeeping · due 14:30: Extra towels and a crib")
    }

    @Test func leavingATypedTraceAsksAndEnterKeepsIt() throws {
        let h = try ConsoleHarness()
        let id = try anaLima(h)
        h.press(.character("t"))
        h.type("Taxi to the airport at 6")
        h.press(.escape)
        #expect(h.lines()[21].contains("Discard this trace? y: discard · n: keep writing"))
        h.press(.enter)
        #expect(h.lines()[4].contains("Taxi to the airport at 6"), "Enter never throws words away")
        #expect(h.lines()[6].contains("‹ Concierge ›"))
        h.press(.escape, .character("y"))
        #expect(h.lines()[0].contains("Guest profile"))
        #expect(try h.store.traces(TraceQuery(guestID: id)).isEmpty)
    }

    @Test func f5ListsEachDepartmentsTracesAndWhoeverDoesOneMarksItDone() throws {
        let h = try ConsoleHarness()
        let ana = try h.addGuest("Ana", "Lima", room: "210")
        let bo = try h.addGuest("Bo", "Chen", room: "305")
        let hour = 3600.0
        let late = try h.store.addTrace(NewTrace(guestID: ana, department: .maintenance, text: "Shower drain slow", room: "210",
                                                 due: ConsoleHarness.now.addingTimeInterval(-hour)), by: h.actor)
        _ = try h.store.addTrace(NewTrace(guestID: bo, department: .housekeeping, text: "Extra pillows", room: "305",
                                          due: ConsoleHarness.now.addingTimeInterval(2 * hour)), by: h.actor)
        h.start()
        h.press(.function(5))
        var lines = h.lines()
        #expect(lines[1].hasPrefix(" Traces 22 Nov (today) · DEMO · every department"))
        #expect(lines[1].hasSuffix("2 open · 1 overdue"))
        #expect(lines[3].hasPrefix(" ! 09:00") && lines[3].contains("Maintenance") && lines[3].contains("Shower drain slow"))
        #expect(h.screen()[3, 5].role == .selection)
        #expect(lines[4].hasPrefix("   12:00") && lines[4].contains("Extra pillows"))
        #expect(lines.contains(" Maintenance · room 210 · due 09:00 · overdue by 1 h"))
        // d: one department's list only.
        h.press(.character("d"), .character("d"))
        lines = h.lines()
        #expect(lines[1].contains("· Housekeeping") && lines[3].contains("Extra pillows") && !lines.contains { $0.contains("Shower") })
        h.press(.character("d"), .character("d"), .character("d"), .character("d"))
        // x asks; Enter is never yes.
        h.press(.character("x"))
        #expect(h.lines()[20] == " Mark done, signed by you: “Shower drain slow”?" && h.lines()[21] == " y: done · n: not yet")
        h.press(.enter)
        #expect(try h.store.trace(id: late.id)?.done == nil)
        h.press(.character("x"), .character("y"))
        lines = h.lines()
        #expect(lines[22].contains("Done: trace #\(late.id), signed by maria.s."))
        #expect(try h.store.trace(id: late.id)?.done?.login == "maria.s")
        #expect(lines[1].hasSuffix("1 open"), "nothing overdue any more")
        #expect(lines[4].hasPrefix(" ✓ 09:00"), "done ones after the open ones")
        h.press(.down, .character("x"))
        #expect(h.lines()[22].contains("Already done by maria.s."))
    }

    @Test func aComplaintRoutedToMaintenanceShowsOnItsTimelineUntilItIsDone() throws {
        let h = try ConsoleHarness()
        let id = try h.addGuest("Ana", "Lima", room: "210")
        let complaint = try h.store.logComplaint(NewComplaint(guestID: id, category: .room, severity: .medium, summary: "TV remote broken"),
                                                 policy: .standard, by: h.actor)
        h.start()
        h.press(.function(4), .enter)
        #expect(h.lines()[2] == " Guest Ana Lima · room 210 · at DEMO", "the complaint shows the guest's room")
        h.press(.character("t"))
        var lines = h.lines()
        #expect(lines[1] == " Route complaint #\(complaint.id) · Ana Lima")
        #expect(lines[4].contains("TV remote broken") && lines[6].contains("‹ Maintenance ›"), "what happened, to whom it belongs")
        #expect(lines[10].contains("maria.s keeps the follow-up"))
        h.press(.control("s"))
        lines = h.lines()
        #expect(lines[22].contains("Routed to maintenance as trace #1; maria.s keeps the follow-up."))
        // A long entry wraps under itself.
        #expect(lines[9] == "  22 Nov 10:00  maria.s   Routed to Maintenance (trace #1, due 10:30): TV")
        #expect(lines[10] == "                          remote broken")
        // Maintenance marks it done at another terminal; the timeline says so on the next tick.
        _ = try h.secondTerminal().markTraceDone(id: 1, by: Actor(login: "max", property: "DEMO"))
        h.app.tick()
        #expect(h.lines().contains { $0.contains("max       Maintenance done (trace #1)") })
        #expect(try h.store.complaint(id: complaint.id)?.owner == "maria.s")
    }

    @Test func aResolvedComplaintIsNotRouted() throws {
        let h = try ConsoleHarness()
        let id = try h.addGuest("Ana", "Lima", room: "210")
        let complaint = try h.store.logComplaint(NewComplaint(guestID: id, category: .room, severity: .medium, summary: "Noisy fridge"),
                                                 policy: .standard, by: h.actor)
        _ = try h.store.addEntry(complaintID: complaint.id, kind: .resolved, text: "fridge replaced", newOwner: nil, compensation: nil,
                                 policy: .standard, by: h.actor)
        h.start()
        h.press(.function(4), .character("s"), .character("s"), .enter)
        #expect(h.lines()[1].contains("Resolved"))
        #expect(!h.lines()[23].contains("t Route"), "not offered")
        h.press(.character("t"))
        #expect(h.lines()[22].contains("is resolved: reopen it before routing it"))
        #expect(h.lines()[0].contains("frontdesk · Complaint"))
    }
}
