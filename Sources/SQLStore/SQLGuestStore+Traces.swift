import Foundation
import FrontDeskCore

/// Traces: the row is the trace as asked, done once; triggers keep it so whichever program writes.
extension SQLGuestStore: TraceStore {
    static let traceColumns = """
        id, guest_id, property, department, room, due, text, complaint_id,
        created_by, created_at, created_property, created_terminal, done_by, done_at, done_property, done_terminal
        """

    public func addTrace(_ new: NewTrace, by actor: Actor) throws -> Trace {
        let new = try new.validated()
        return try write {
            let guestID = try writableGuestID(new.guestID)
            if let complaintID = new.complaintID, try complaint(id: complaintID) == nil {
                throw FrontDeskError.notFound("no complaint #\(complaintID) in \(location)")
            }
            let id = try db.int("""
                INSERT INTO traces (guest_id, property, department, room, due, text, complaint_id,
                                    created_by, created_at, created_property, created_terminal)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
                """, [.int(guestID), .text(actor.property), .text(new.department.code), .text(new.room),
                      .real(new.due.unixSeconds), .text(new.text), .int(new.complaintID), .text(actor.login),
                      .real(now().unixSeconds), .text(actor.property), .text(actor.terminal)])
            return try trace(id: id)!
        }
    }

    public func trace(id: Int64) throws -> Trace? {
        try db.first("SELECT \(Self.traceColumns) FROM traces WHERE id = ?", [.int(id)], map: decodeTrace)
    }

    public func traces(_ q: TraceQuery) throws -> [Trace] {
        var conditions: [String] = []
        var values: [SQLValue] = []
        func add(_ condition: String, _ value: SQLValue) {
            conditions.append(condition)
            values.append(value)
        }
        if let property = q.property { add("property = ?", .text(property)) }
        if let department = q.department { add("department = ?", .text(department.code)) }
        if let from = q.dueFrom { add("due >= ?", .real(from.unixSeconds)) }
        if let before = q.dueBefore { add("due < ?", .real(before.unixSeconds)) }
        if q.openOnly { conditions.append("done_at IS NULL") }
        if let complaint = q.complaintID { add("complaint_id = ?", .int(complaint)) }
        return try db.read {
            if let guest = q.guestID { add("guest_id = ?", .int(try survivorID(of: guest))) }
            let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
            return try db.query("SELECT \(Self.traceColumns) FROM traces \(filter) ORDER BY due, id", values, map: decodeTrace)
        }
    }

    public func markTraceDone(id: Int64, by actor: Actor) throws -> Trace {
        try write {
            guard let trace = try trace(id: id) else { throw FrontDeskError.notFound("no trace #\(id) in \(location)") }
            if let done = trace.done {
                throw FrontDeskError.invalid("trace #\(id) was already done by \(done.login)")
            }
            try db.run("UPDATE traces SET done_by = ?, done_at = ?, done_property = ?, done_terminal = ? WHERE id = ?",
                       [.text(actor.login), .real(now().unixSeconds), .text(actor.property), .text(actor.terminal), .int(id)])
            return try self.trace(id: id)!
        }
    }

    func decodeTrace(_ row: any SQLRow) throws -> Trace {
        Trace(id: row.int(0), guestID: row.int(1), property: row.text(2), department: Department(code: row.text(3)),
              room: row.text(4), due: Date(unixSeconds: row.double(5)), text: row.text(6), complaintID: row.optionalInt(7),
              created: Signature(login: row.text(8), at: Date(unixSeconds: row.double(9)), property: row.text(10), terminal: row.text(11)),
              done: row.optionalText(12).map { login in
                  Signature(login: login, at: Date(unixSeconds: row.double(13)), property: row.text(14), terminal: row.text(15))
              })
    }
}

/// A property's own departments: one row each, its words replaced when set again.
extension SQLGuestStore: DepartmentConfiguration {
    public func departmentCatalog(property: String) throws -> DepartmentCatalog {
        DepartmentCatalog(added: try db.query("SELECT code, label FROM departments WHERE property = ? ORDER BY id",
                                              [.text(property)]) { .init(Department(code: $0.text(0)), label: $0.text(1)) })
    }

    public func setDepartment(_ department: Department, label: String, property: String, by actor: Actor) throws {
        try write {
            try db.run("""
                INSERT INTO departments (property, code, label, login, at, terminal) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (property, code) DO UPDATE SET label = excluded.label, login = excluded.login,
                    at = excluded.at, terminal = excluded.terminal
                """, [.text(property), .text(department.code), .text(label), .text(actor.login), .real(now().unixSeconds),
                      .text(actor.terminal)])
        }
    }
}
