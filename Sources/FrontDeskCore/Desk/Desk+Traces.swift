import Foundation

/// A trace with the guest it is about, for a worklist.
public struct TraceLine: Sendable, Equatable {
    public var trace: Trace
    public var guest: Guest?
}

extension Desk {
    // MARK: Departments

    /// This property's departments: the standard five and its own.
    public func departmentCatalog() throws -> DepartmentCatalog { try store.departmentCatalog(property: property) }

    /// The department a code or name means here; a typo is told what there is.
    public func department(named text: String) throws -> Department {
        let catalog = try departmentCatalog()
        guard let found = catalog.department(text: text) else {
            throw FrontDeskError.invalid("no department '\(text)' at \(property): \(catalog.codes)")
        }
        return found
    }

    /// A department this hotel has; any other is refused, naming the ones it has.
    func requireDepartment(_ department: Department) throws {
        let catalog = try departmentCatalog()
        guard catalog.all.contains(department) else {
            throw FrontDeskError.invalid("no department '\(department.code)' at \(property): \(catalog.codes)")
        }
    }

    /// An administrator adds a department to this property, or gives one new words.
    public func setDepartment(label: String, code: String? = nil) throws -> Department {
        try audited("configure departments", subject: "property \(property)") {
            try Permissions.checkAdministrator(member, "configure departments")
        }
        let label = label.trimmingSpaces
        let department = Department(code: code.nonBlank.map(Department.code(from:)) ?? Department.code(from: label))
        guard !label.isEmpty, !department.code.isEmpty else { throw FrontDeskError.invalid("a department needs a name") }
        if Department.standard.contains(department) || DepartmentCatalog.standard.department(text: label) != nil {
            throw FrontDeskError.invalid("\(label) is one of the five every hotel has: its name stays; add a department of this hotel's own")
        }
        if label.count > 40 { throw FrontDeskError.invalid("a department's name is at most 40 characters") }
        try store.setDepartment(department, label: label, property: property, by: actor)
        return department
    }

    // MARK: Traces

    /// A to-do for a department of this hotel, about one guest.
    public func addTrace(_ new: NewTrace) throws -> Trace {
        try requireActive("add traces", subject: "guest #\(new.guestID)")
        let new = try new.validated()
        // A to-do is for later: one already past would be overdue the moment it is made.
        if new.due < now.addingTimeInterval(-60) {
            throw FrontDeskError.invalid("\(DueTime.describe(new.due, now: now, calendar: calendar)) has passed: say when the department should do it, such as +30m")
        }
        _ = try guest(new.guestID)
        try requireDepartment(new.department)
        return try store.addTrace(new, by: actor)
    }

    /// Routes a complaint to a department as a trace linked to it; whoever owns the complaint keeps
    /// its follow-up. Those who may act on the complaint may route it. The room is the guest's now.
    public func routeComplaint(_ id: Int64, to department: Department, text: String? = nil, room: String? = nil,
                               due: Date? = nil) throws -> Trace {
        guard let complaint = try store.complaint(id: id) else { throw FrontDeskError.notFound("no complaint #\(id)") }
        try audited("route complaint", subject: "complaint #\(id)") {
            if let why = Permissions.refusalToRoute(complaint, by: member, at: property) { throw FrontDeskError.notPermitted(why) }
        }
        return try addTrace(NewTrace(guestID: complaint.guestID, department: department, text: text.nonBlank ?? complaint.summary,
                                     room: room.nonBlank ?? (try currentRoom(of: complaint.guestID) ?? ""),
                                     due: due ?? now.addingTimeInterval(30 * 60),
                                     complaintID: id))
    }

    /// Marked done by whoever did it, at the trace's own hotel.
    public func markTraceDone(_ id: Int64) throws -> Trace {
        guard let trace = try store.trace(id: id) else { throw FrontDeskError.notFound("no trace #\(id)") }
        try audited("trace done", subject: "trace #\(id)") {
            try Permissions.checkActive(member, "mark traces done")
            if trace.property != property {
                throw FrontDeskError.notPermitted("trace #\(id) is for \(trace.property); \(member.login) works at \(property)")
            }
        }
        return try store.markTraceDone(id: id, by: actor)
    }

    /// A department's worklist for a day here (every department's when nil): what is due that day
    /// and, on today's, what is still open from before. Soonest due first.
    public func traces(for department: Department?, on day: Day, openOnly: Bool = false) throws -> [TraceLine] {
        let start = calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day))!
        let end = calendar.date(byAdding: .day, value: 1, to: start)!
        var found = try store.traces(TraceQuery(property: property, department: department, dueFrom: start, dueBefore: end,
                                                openOnly: openOnly))
        if day == today {
            found = try store.traces(TraceQuery(property: property, department: department, dueBefore: start, openOnly: true)) + found
        }
        return try withGuests(found)
    }

    /// What a complaint was routed to, oldest first.
    public func traces(ofComplaint id: Int64) throws -> [Trace] {
        try store.traces(TraceQuery(complaintID: id)).sorted { ($0.created.at, $0.id) < ($1.created.at, $1.id) }
    }

    /// A due time as typed at the desk ("14:00", "tomorrow 9:00", "+30m"), in the hotel's calendar.
    public func dueTime(_ text: String) throws -> Date {
        try DueTime.parse(text, now: now, calendar: calendar)
    }

    /// A guest's traces still open here.
    public func openTraces(ofGuest id: Int64) throws -> [Trace] {
        try store.traces(TraceQuery(property: property, openOnly: true, guestID: id))
    }

    func withGuests(_ traces: [Trace]) throws -> [TraceLine] {
        let guests = try store.guests(ids: Array(Set(traces.map(\.guestID))))
        return traces.map { TraceLine(trace: $0, guest: guests[$0.guestID]) }
    }

    /// The room the guest has at a hotel (this one unless named) today, if they are staying or arriving.
    public func currentRoom(of guestID: Int64, at hotel: String? = nil) throws -> String? {
        try store.stays(guestIDs: [guestID])[guestID]?.current(at: hotel ?? property, on: today)?.room
    }
}
