import Foundation
import FrontDeskCore

/// Traces and departments: a trace is kept as asked, read by department, day, guest or complaint,
/// done once and signed; it follows its guest through a merge. A property's departments are its
/// own; a preference keeps the department chosen for it.
enum TraceContract {
    static var cases: [(name: String, run: (FrontDeskStore) throws -> Void)] {
        [
            ("a trace is kept as asked, at the actor's property", keptAsAsked),
            ("traces are read by property, department, due time, state, guest and complaint", queries),
            ("a trace is done once, signed by whoever did it", doneOnce),
            ("a trace of a merged guest follows the guest", followsMerge),
            ("each property has the standard departments and its own", departments),
            ("a preference keeps its department, or takes the one its words point to", preferenceDepartment),
        ]
    }

    static let desk = Actor(login: "maria.s", property: "LIS", terminal: "desk 1")
    static let noon = Date(timeIntervalSince1970: 1_795_348_800) // 2026-11-22 12:00 UTC

    static func guest(_ store: FrontDeskStore, _ family: String = "Lima") throws -> Int64 {
        try store.addGuest(NewGuest(givenName: "Ana", familyName: family), by: desk)
    }

    static func keptAsAsked(_ store: FrontDeskStore) throws {
        let id = try guest(store)
        let start = Date()
        let trace = try store.addTrace(NewTrace(guestID: id, department: .maintenance, text: "  TV remote broken ", room: "412",
                                                due: noon), by: desk)
        try Expect.equal(trace.text, "TV remote broken", "the words, trimmed")
        try Expect.equal(trace.department, .maintenance, "the department")
        try Expect.equal(trace.room, "412", "the room")
        try Expect.sameTime(trace.due, noon, "the due time")
        try Expect.equal(trace.property, "LIS", "at the actor's property")
        try Expect.equal(trace.created.login, "maria.s", "signed by who asked")
        try Expect.stampedDuring(trace.created.at, since: start, "when it was asked")
        try Expect.equal(trace.done, nil, "not done yet")
        try Expect.equal(try store.trace(id: trace.id), trace, "read back as kept")
        try Expect.fails("a trace that says nothing", as: \.isInvalid) {
            try store.addTrace(NewTrace(guestID: id, department: .housekeeping, text: "  ", due: noon), by: desk)
        }
        try Expect.fails("a trace about an unknown guest", as: \.isNotFound) {
            try store.addTrace(NewTrace(guestID: 9_999, department: .housekeeping, text: "Towels", due: noon), by: desk)
        }
        try Expect.fails("a trace routing an unknown complaint", as: \.isNotFound) {
            try store.addTrace(NewTrace(guestID: id, department: .housekeeping, text: "Towels", due: noon, complaintID: 9_999), by: desk)
        }
        try Expect.equal(try store.traces(TraceQuery()).count, 1, "nothing refused was kept")
    }

    static func queries(_ store: FrontDeskStore) throws {
        let ana = try guest(store), bo = try guest(store, "Bo")
        let complaint = try store.logComplaint(NewComplaint(guestID: ana, category: .room, severity: .medium, summary: "TV broken"),
                                               policy: .standard, by: desk)
        let porto = Actor(login: "rui", property: "OPO", terminal: "desk")
        let hour = 3600.0
        let late = try store.addTrace(NewTrace(guestID: ana, department: .maintenance, text: "Fix the TV", due: noon.addingTimeInterval(2 * hour),
                                               complaintID: complaint.id), by: desk)
        let early = try store.addTrace(NewTrace(guestID: bo, department: .housekeeping, text: "Towels", due: noon), by: desk)
        let yesterday = try store.addTrace(NewTrace(guestID: bo, department: .housekeeping, text: "Crib", due: noon.addingTimeInterval(-24 * hour)),
                                           by: desk)
        _ = try store.addTrace(NewTrace(guestID: ana, department: .housekeeping, text: "Elsewhere", due: noon), by: porto)
        _ = try store.markTraceDone(id: yesterday.id, by: desk)
        let ids = { (q: TraceQuery) in try store.traces(q).map(\.id) }
        try Expect.equal(try ids(TraceQuery(property: "LIS")), [yesterday.id, early.id, late.id], "a property's, soonest due first")
        try Expect.equal(try ids(TraceQuery(property: "LIS", department: .housekeeping)), [yesterday.id, early.id], "one department's")
        try Expect.equal(try ids(TraceQuery(property: "LIS", dueFrom: noon, dueBefore: noon.addingTimeInterval(24 * hour))),
                         [early.id, late.id], "due in a span: from inclusive, before exclusive")
        try Expect.equal(try ids(TraceQuery(property: "LIS", openOnly: true)), [early.id, late.id], "open ones only")
        try Expect.equal(try ids(TraceQuery(property: "LIS", guestID: ana)), [late.id], "one guest's here")
        try Expect.equal(try ids(TraceQuery(complaintID: complaint.id)), [late.id], "what a complaint was routed to")
        try Expect.equal(try store.traces(TraceQuery(property: "LIS", guestID: ana)).first?.complaintID, complaint.id, "the link kept")
    }

    static func doneOnce(_ store: FrontDeskStore) throws {
        let id = try guest(store)
        let trace = try store.addTrace(NewTrace(guestID: id, department: .housekeeping, text: "Extra towels", due: noon), by: desk)
        let lee = Actor(login: "lee", property: "LIS", terminal: "housekeeping office")
        let start = Date()
        let done = try store.markTraceDone(id: trace.id, by: lee)
        try Expect.equal(done.done?.login, "lee", "signed by whoever did it")
        try Expect.equal(done.done?.terminal, "housekeeping office", "where")
        try Expect.stampedDuring(done.done?.at, since: start, "when")
        try Expect.equal(done.text, trace.text, "the trace itself unchanged")
        let why = try Expect.fails("done twice", as: \.isInvalid) { try store.markTraceDone(id: trace.id, by: desk) }
        try Expect.that(why.contains("lee"), "says who did it: \(why)")
        try Expect.equal(try store.trace(id: trace.id)?.done?.login, "lee", "the first signature stands")
        try Expect.fails("an unknown trace", as: \.isNotFound) { try store.markTraceDone(id: 9_999, by: desk) }
    }

    static func followsMerge(_ store: FrontDeskStore) throws {
        let survivor = try guest(store), absorbed = try guest(store, "Lima-Souza")
        let trace = try store.addTrace(NewTrace(guestID: absorbed, department: .concierge, text: "Taxi at 6", due: noon), by: desk)
        let summary = try store.mergeGuests(survivor: survivor, absorbed: absorbed, by: desk)
        try Expect.equal(summary.traces, 1, "the merge says the trace moved")
        try Expect.equal(try store.trace(id: trace.id)?.guestID, survivor, "the trace is the survivor's")
        try Expect.equal(try store.traces(TraceQuery(guestID: absorbed)).map(\.id), [trace.id], "the absorbed id still finds it")
        let later = try store.addTrace(NewTrace(guestID: absorbed, department: .concierge, text: "Taxi back", due: noon), by: desk)
        try Expect.equal(later.guestID, survivor, "a trace made on the old profile goes to the survivor")
    }

    static func departments(_ store: FrontDeskStore) throws {
        try Expect.equal(try store.departmentCatalog(property: "LIS"), .standard, "the standard five until a property adds one")
        let spa = Department(code: "spa")
        try store.setDepartment(spa, label: "Spa", property: "LIS", by: desk)
        try store.setDepartment(spa, label: "Spa & wellness", property: "LIS", by: desk)
        let lisbon = try store.departmentCatalog(property: "LIS")
        try Expect.equal(lisbon.all, Department.standard + [spa], "the standard five, then the property's own")
        try Expect.equal(lisbon.label(of: spa), "Spa & wellness", "set again, it has the new words")
        try Expect.equal(try store.departmentCatalog(property: "OPO"), .standard, "another property does not have it")
    }

    static func preferenceDepartment(_ store: FrontDeskStore) throws {
        let id = try guest(store)
        let chosen = try store.recordPreference(NewPreference(guestID: id, category: .bedding, detail: "Feather pillows",
                                                              department: .concierge), by: desk)
        let routed = try store.recordPreference(NewPreference(guestID: id, category: .room, detail: "Room cleaned only after 2pm"), by: desk)
        try Expect.equal(try store.preference(id: chosen)?.department, .concierge, "the department chosen is kept")
        try Expect.equal(try store.preference(id: routed)?.department, .housekeeping, "none chosen: the words decide")
    }
}
