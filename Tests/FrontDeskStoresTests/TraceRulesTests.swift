import Foundation
import FrontDeskCore
import FrontDeskStores
import Testing

/// Who may make, route and close traces, and what a desk's worklist holds, over a real store.
@Suite struct TraceRulesTests {
    /// The same real store, staff and audit trail as the other rules.
    let rules: DeskRulesTests
    var store: FrontDeskStore { rules.store }

    init() throws { rules = try DeskRulesTests() }

    /// A desk whose clock says 22 Nov 2026 10:00 UTC, in UTC.
    func desk(_ login: String, _ role: Role, property: String = "LIS") -> Desk {
        var utc = Calendar(identifier: .gregorian)
        utc.timeZone = TimeZone(identifier: "UTC")!
        return Desk(store: store, member: StaffMember(login: login, displayName: login, role: role, homeProperty: property),
                    actor: Actor(login: login, property: property), pins: DeskRulesTests.NoPINs(), calendar: utc,
                    clock: { Date(timeIntervalSince1970: 1_795_341_600) })
    }

    @Test func theOwnerOrASupervisorRoutesAComplaintAndTheOwnerKeepsIt() throws {
        let ana = desk("ana", .associate)
        let guest = try ana.addGuest(NewGuest(givenName: "Ana", familyName: "Lima"))
        _ = try ana.addStay(for: guest, room: "412", arrival: ana.today, departure: ana.today.adding(days: 2), status: .inHouse)
        let complaint = try ana.logComplaint(NewComplaint(guestID: guest, category: .room, severity: .medium, summary: "TV remote broken"))
        let other = desk("bo", .associate)
        #expect(throws: FrontDeskError.self) { try other.routeComplaint(complaint.id, to: .maintenance) }
        #expect(try rules.refusals("bo").map(\.action) == ["route complaint"])
        let trace = try desk("sue", .supervisor).routeComplaint(complaint.id, to: .maintenance)
        #expect(trace.complaintID == complaint.id && trace.room == "412" && trace.text == "TV remote broken",
                "the guest's room and what happened, unless told otherwise")
        #expect(trace.due == ana.now.addingTimeInterval(30 * 60), "due in half an hour")
        let record = try ana.complaintRecord(complaint.id)
        #expect(record.complaint.owner == "ana", "the associate who heard it keeps the follow-up")
        #expect(record.traces.map(\.id) == [trace.id] && record.room == "412")
        _ = try ana.addEntry(.resolved, to: [complaint.id], text: "new remote")
        #expect(throws: FrontDeskError.self) { try ana.routeComplaint(complaint.id, to: .housekeeping) }
    }

    /// A complaint goes to the departments of its own hotel: an administrator at another desk is
    /// told where to route it from, rather than filling this hotel's list with it.
    @Test func aComplaintIsRoutedFromItsOwnHotel() throws {
        let porto = desk("rui", .associate, property: "OPO")
        let guest = try porto.addGuest(NewGuest(givenName: "Ana", familyName: "Lima"))
        let complaint = try porto.logComplaint(NewComplaint(guestID: guest, category: .room, severity: .low, summary: "Lamp broken"))
        #expect(throws: FrontDeskError.notPermitted("complaint #\(complaint.id) is at OPO: route it from a desk there, to that hotel's departments")) {
            try desk("root", .administrator).routeComplaint(complaint.id, to: .maintenance)
        }
        #expect(try store.traces(TraceQuery()).isEmpty)
        #expect(try porto.routeComplaint(complaint.id, to: .maintenance).property == "OPO")
    }

    @Test func aTraceIsDoneAtItsOwnHotelByAnyoneActive() throws {
        let lisbon = desk("ana", .associate)
        let guest = try lisbon.addGuest(NewGuest(givenName: "Ana", familyName: "Lima"))
        let trace = try lisbon.addTrace(NewTrace(guestID: guest, department: .housekeeping, text: "Crib in 412", due: lisbon.now))
        #expect(throws: FrontDeskError.self) { try desk("rui", .supervisor, property: "OPO").markTraceDone(trace.id) }
        #expect(try rules.refusals("rui").map(\.action) == ["trace done"])
        let done = try desk("lee", .associate).markTraceDone(trace.id)
        #expect(done.done?.login == "lee")
        #expect(throws: FrontDeskError.self) { try lisbon.addTrace(NewTrace(guestID: guest, department: Department(code: "spa"),
                                                                           text: "Massage", due: lisbon.now)) }
    }

    @Test func todaysWorklistHoldsWhatIsDueAndWhatIsStillOpenFromBefore() throws {
        let d = desk("ana", .associate)
        let guest = try d.addGuest(NewGuest(givenName: "Ana", familyName: "Lima"))
        func add(_ text: String, _ due: String, _ department: Department = .housekeeping) throws -> Trace {
            try d.addTrace(NewTrace(guestID: guest, department: department, text: text, due: try d.dueTime(due)))
        }
        // Yesterday's were made yesterday: today a time already past is refused (below).
        func madeYesterday(_ text: String, _ due: String) throws -> Trace {
            try store.addTrace(NewTrace(guestID: guest, department: .housekeeping, text: text, due: try d.dueTime(due)),
                               by: Actor(login: "ana", property: "LIS"))
        }
        let open = try madeYesterday("Left open yesterday", "2026-11-21 15:00")
        let closed = try madeYesterday("Done yesterday", "2026-11-21 16:00")
        _ = try d.markTraceDone(closed.id)
        let today = try add("Towels", "14:00")
        let tomorrow = try add("Crib", "tomorrow 9:00")
        let concierge = try add("Taxi", "11:00", .concierge)
        #expect(try d.traces(for: .housekeeping, on: d.today).map(\.trace.id) == [open.id, today.id])
        #expect(try d.traces(for: nil, on: d.today).map(\.trace.id) == [open.id, concierge.id, today.id])
        #expect(try d.traces(for: .housekeeping, on: d.today.adding(days: -1)).map(\.trace.id) == [open.id, closed.id],
                "another day: what was due that day")
        #expect(try d.traces(for: nil, on: d.today.adding(days: 1)).map(\.trace.id) == [tomorrow.id])
        #expect(try d.traces(for: nil, on: d.today).first?.guest?.familyName == "Lima", "with the guest")
        #expect(throws: FrontDeskError.invalid("09:00 has passed: say when the department should do it, such as +30m")) {
            try add("Too late", "9:00")
        }
    }

    @Test func dueTimesAreReadAsADeskTypesThem() throws {
        let d = desk("ana", .associate)
        let at = { (text: String) in try d.dueTime(text) }
        let now = d.now
        #expect(try at("14:00") == now.addingTimeInterval(4 * 3600))
        #expect(try at("9") == now.addingTimeInterval(-3600), "a time already past today is today's")
        #expect(try at("tomorrow 9:30") == now.addingTimeInterval(23.5 * 3600))
        #expect(try at("+30m") == now.addingTimeInterval(1800) && at("in 2 h") == now.addingTimeInterval(7200))
        #expect(try at("2026-11-30 14:00") == now.addingTimeInterval(8 * 86_400 + 4 * 3600))
        #expect(try at("2026-11-30T14:00") == at("2026-11-30 14:00"))
        for bad in ["", "soon", "25:00", "14:60", "2026-11-30", "+0m", "tomorrow"] {
            #expect(throws: FrontDeskError.self, "'\(bad)'") { try at(bad) }
        }
        var utc = Calendar(identifier: .gregorian)
        utc.timeZone = TimeZone(identifier: "UTC")!
        #expect(DueTime.describe(now.addingTimeInterval(3600), now: now, calendar: utc) == "11:00")
        #expect(DueTime.describe(now.addingTimeInterval(86_400), now: now, calendar: utc) == "tomorrow 10:00")
        #expect(DueTime.describe(now.addingTimeInterval(8 * 86_400), now: now, calendar: utc) == "30 Nov 10:00")
        #expect(DueTime.describe(now.addingTimeInterval(60 * 86_400), now: now, calendar: utc) == "21 Jan 2027 10:00")
    }

    @Test func anAdministratorAddsADepartmentThatWorksLikeAnyOther() throws {
        #expect(throws: FrontDeskError.self) { try desk("sue", .supervisor).setDepartment(label: "Spa & wellness") }
        let spa = try desk("root", .administrator).setDepartment(label: "Spa & wellness")
        #expect(spa.code == "spa-wellness")
        let d = desk("ana", .associate)
        #expect(try d.department(named: "spa & WELLNESS") == spa && d.department(named: "spa-wellness") == spa)
        let guest = try d.addGuest(NewGuest(givenName: "Ana", familyName: "Lima"))
        let trace = try d.addTrace(NewTrace(guestID: guest, department: spa, text: "Massage at 5", due: d.now))
        #expect(try d.traces(for: spa, on: d.today).map(\.trace.id) == [trace.id])
        #expect(throws: FrontDeskError.self) { try d.department(named: "kids club") }
    }
}
