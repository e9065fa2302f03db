import Foundation

/// A to-do for a department about a guest, as OPERA calls it: the room, when it is due, what to do.
/// Whoever does it marks it done, signed; a trace made from a complaint routes it there while the
/// associate who heard it keeps the follow-up.
public struct Trace: Sendable, Equatable, Codable {
    public var id: Int64
    public var guestID: Int64
    public var property: String
    public var department: Department
    public var room: String
    public var due: Date
    public var text: String
    /// The complaint it routes to the department, if it came from one.
    public var complaintID: Int64?
    public var created: Signature
    public var done: Signature?

    public init(id: Int64, guestID: Int64, property: String, department: Department, room: String, due: Date, text: String,
                complaintID: Int64? = nil, created: Signature, done: Signature? = nil) {
        self.id = id
        self.guestID = guestID
        self.property = property
        self.department = department
        self.room = room
        self.due = due
        self.text = text
        self.complaintID = complaintID
        self.created = created
        self.done = done
    }

    public var isDone: Bool { done != nil }

    /// Not done, and its time has passed.
    public func isOverdue(now: Date) -> Bool { done == nil && due < now }
}

/// What a trace is made from; the property is the desk's.
public struct NewTrace: Sendable, Equatable {
    public var guestID: Int64
    public var department: Department
    public var text: String
    public var room: String
    public var due: Date
    public var complaintID: Int64?

    public init(guestID: Int64, department: Department, text: String, room: String = "", due: Date, complaintID: Int64? = nil) {
        self.guestID = guestID
        self.department = department
        self.text = text
        self.room = room
        self.due = due
        self.complaintID = complaintID
    }

    public func validated() throws -> NewTrace {
        var t = self
        t.text = t.text.trimmingWhitespace
        t.room = t.room.trimmingSpaces
        if t.text.isEmpty { throw FrontDeskError.invalid("the trace says nothing: type what the department should do") }
        if t.text.count > 500 { throw FrontDeskError.invalid("the trace is longer than 500 characters") }
        if t.room.count > 20 { throw FrontDeskError.invalid("a room number is at most 20 characters") }
        return t
    }
}

/// Which traces to read: a property's, of one department or all, due in a span, open only or not.
public struct TraceQuery: Sendable, Equatable {
    public var property: String?
    public var department: Department?
    /// Due at or after.
    public var dueFrom: Date?
    /// Due before.
    public var dueBefore: Date?
    public var openOnly: Bool
    public var guestID: Int64?
    public var complaintID: Int64?

    public init(property: String? = nil, department: Department? = nil, dueFrom: Date? = nil, dueBefore: Date? = nil,
                openOnly: Bool = false, guestID: Int64? = nil, complaintID: Int64? = nil) {
        self.property = property
        self.department = department
        self.dueFrom = dueFrom
        self.dueBefore = dueBefore
        self.openOnly = openOnly
        self.guestID = guestID
        self.complaintID = complaintID
    }
}
