import Foundation
import FrontDeskCore

/// Complaints: the complaints row is the complaint as it stands now; complaint_entries is its
/// append-only timeline. Every change appends an entry and updates the row in one `BEGIN IMMEDIATE`
/// transaction, reading the row inside it, so writers on other connections queue up behind it.
/// Permissions are the caller's business (`Permissions`), checked before any of these writes.
extension SQLGuestStore: ComplaintStore {
    static let complaintColumns = """
        id, guest_id, property, category, severity, status, owner, summary, immediate_action,
        compensation_minor, compensation_currency, compensation_kind, follow_up_due,
        created_at, created_by, created_property, created_terminal
        """
    static let entryColumns = """
        id, complaint_id, kind, text, new_owner, compensation_minor, compensation_currency, compensation_kind,
        at, login, property, terminal
        """

    public func logComplaint(_ complaint: NewComplaint, policy: FollowUpPolicy, by actor: Actor) throws -> Complaint {
        let policy = try policy.validated()
        var complaint = complaint
        return try write {
            complaint.guestID = try writableGuestID(complaint.guestID)
            let signature = actor.signature(at: now())
            // The id is the row's: opened with a placeholder, then given the one the database assigned.
            var opened = try ComplaintLifecycle.open(complaint, id: 0, by: signature, policy: policy)
            opened.id = try db.int("""
                INSERT INTO complaints (guest_id, property, category, severity, status, owner, summary, immediate_action,
                                        compensation_minor, compensation_currency, compensation_kind, follow_up_due,
                                        created_at, created_by, created_property, created_terminal)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
                """, [.int(opened.guestID), .text(opened.property), .text(opened.category.rawValue),
                      .text(opened.severity.rawValue), .text(opened.status.rawValue), .text(opened.owner),
                      .text(opened.summary), .text(opened.immediateAction)]
                    + compensationValues(opened.compensation)
                    + [.real(opened.followUpDue.unixSeconds), .real(signature.at.unixSeconds), .text(signature.login),
                       .text(signature.property), .text(signature.terminal)])
            try insertEntry(ComplaintEntry(id: 0, complaintID: opened.id, kind: .logged, signature: signature,
                                           text: opened.summary, compensation: opened.compensation))
            if let approval = complaint.approval, let offer = opened.compensation {
                try insertEntry(ComplaintEntry(id: 0, complaintID: opened.id, kind: .note, signature: signature,
                                               text: "\(offer.display) approved by \(approval) at this terminal"))
            }
            return opened
        }
    }

    public func complaint(id: Int64) throws -> Complaint? {
        try db.first("SELECT \(Self.complaintColumns) FROM complaints WHERE id = ?", [.int(id)]) { try decodeComplaint($0) }
    }

    public func entries(complaintID: Int64) throws -> [ComplaintEntry] {
        try db.query("""
            SELECT \(Self.entryColumns) FROM complaint_entries WHERE complaint_id = ? ORDER BY id
            """, [.int(complaintID)]) { try decodeEntry($0) }
    }

    public func addEntry(complaintID: Int64, kind: ComplaintEntryKind, text: String, newOwner: String?,
                         compensation: Compensation?, policy: FollowUpPolicy, by actor: Actor,
                         authorize: (Complaint) throws -> Void) throws -> Complaint {
        if kind == .logged {
            throw FrontDeskError.invalid("a complaint is logged once, when it is created; add another kind of entry")
        }
        let policy = try policy.validated()
        let newOwner = newOwner?.trimmingCharacters(in: .whitespaces)
        return try write {
            // Read inside the write lock: the state this entry applies to is the latest committed one.
            guard let current = try complaint(id: complaintID) else {
                throw FrontDeskError.notFound("no complaint #\(complaintID) in \(location)")
            }
            try authorize(current)
            let draft = ComplaintEntry(id: 0, complaintID: complaintID, kind: kind, signature: actor.signature(at: now()),
                                       text: text.trimmingCharacters(in: .whitespacesAndNewlines),
                                       newOwner: newOwner, compensation: try compensation?.validated())
            let next = try ComplaintLifecycle.apply(draft, to: current, policy: policy)
            try insertEntry(draft)
            try db.run("""
                UPDATE complaints SET status = ?, owner = ?, compensation_minor = ?, compensation_currency = ?,
                                      compensation_kind = ?, follow_up_due = ?
                WHERE id = ?
                """, [.text(next.status.rawValue), .text(next.owner)] + compensationValues(next.compensation)
                    + [.real(next.followUpDue.unixSeconds), .int(complaintID)])
            return next
        }
    }

    public func complaints(property: String?, statuses: Set<ComplaintStatus>?, owner: String?) throws -> [Complaint] {
        var conditions: [String] = []
        var values: [SQLValue] = []
        if let statuses {
            guard !statuses.isEmpty else { return [] }
            let codes = statuses.map(\.rawValue).sorted()
            conditions.append("status IN (\(codes.map { _ in "?" }.joined(separator: ", ")))")
            values += codes.map { .text($0) }
        }
        if let property {
            conditions.append("property = ?")
            values.append(.text(property))
        }
        if let owner {
            conditions.append("owner = ?")
            values.append(.text(owner))
        }
        let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        return try db.query("SELECT \(Self.complaintColumns) FROM complaints \(filter) ORDER BY id", values) {
            try decodeComplaint($0)
        }
    }

    public func complaints(guestIDs: [Int64]) throws -> [Int64: [Complaint]] {
        // A merged profile's id reads the survivor's complaints, as its profile does.
        try bySurvivor(guestIDs) { survivors in
            var complaints = Dictionary(uniqueKeysWithValues: survivors.map { ($0, [Complaint]()) })
            try db.each("""
                SELECT \(Self.complaintColumns) FROM complaints WHERE guest_id IN (\(db.idsOfList)) ORDER BY id
                """, [SQLValue.jsonList(survivors)]) { row in
                let complaint = try decodeComplaint(row)
                complaints[complaint.guestID, default: []].append(complaint)
            }
            return complaints
        }
    }

    public func openComplaintCounts(guestIDs: [Int64]) throws -> [Int64: Int] {
        let ids = Array(Set(guestIDs)).sorted()
        guard !ids.isEmpty else { return [:] }
        var counts: [Int64: Int] = [:]
        // One snapshot; chunks stay well under SQLite's limit on bound parameters.
        try db.read {
            for start in stride(from: 0, to: ids.count, by: 500) {
                let chunk = ids[start..<min(start + 500, ids.count)]
                try db.each("""
                    SELECT guest_id, count(*) FROM complaints
                    WHERE status IN ('open', 'escalated') AND guest_id IN (\(chunk.map { _ in "?" }.joined(separator: ", ")))
                    GROUP BY guest_id
                    """, chunk.map { .int($0) }) { row in
                    counts[row.int(0)] = Int(row.int(1))
                }
            }
        }
        return counts
    }

    // MARK: Rows

    private func insertEntry(_ e: ComplaintEntry) throws {
        try db.run("""
            INSERT INTO complaint_entries (complaint_id, kind, text, new_owner, compensation_minor, compensation_currency,
                                           compensation_kind, at, login, property, terminal)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [.int(e.complaintID), .text(e.kind.code), .text(e.text), .text(e.newOwner)]
                + compensationValues(e.compensation)
                + [.real(e.signature.at.unixSeconds), .text(e.signature.login), .text(e.signature.property),
                   .text(e.signature.terminal)])
    }

    private func compensationValues(_ c: Compensation?) -> [SQLValue] {
        [.int(c?.amountMinor), .text(c?.currency), .text(c?.kind.rawValue)]
    }

    /// Columns `first`, `first + 1`, `first + 2`: amount, currency, kind; all null when nothing was offered.
    private func decodeCompensation(_ row: any SQLRow, _ first: Int32, _ owner: String) throws -> Compensation? {
        guard !row.isNull(first) else { return nil }
        let kind = row.text(first + 2)
        return Compensation(amountMinor: row.int(first), currency: row.text(first + 1),
                            kind: try decode(CompensationKind(rawValue: kind), kind, "compensation kind", owner))
    }

    func decodeComplaint(_ row: any SQLRow) throws -> Complaint {
        let id = row.int(0)
        let owner = "complaint #\(id)"
        let category = row.text(3), severity = row.text(4), status = row.text(5)
        return Complaint(
            id: id, guestID: row.int(1), property: row.text(2),
            category: try decode(ComplaintCategory(rawValue: category), category, "category", owner),
            severity: try decode(ComplaintSeverity(rawValue: severity), severity, "severity", owner),
            status: try decode(ComplaintStatus(rawValue: status), status, "status", owner),
            owner: row.text(6), summary: row.text(7), immediateAction: row.text(8),
            compensation: try decodeCompensation(row, 9, owner),
            followUpDue: Date(unixSeconds: row.double(12)),
            created: Signature(login: row.text(14), at: Date(unixSeconds: row.double(13)),
                               property: row.text(15), terminal: row.text(16)))
    }

    func decodeEntry(_ row: any SQLRow) throws -> ComplaintEntry {
        let id = row.int(0)
        let owner = "complaint entry #\(id)"
        let kind = row.text(2)
        return ComplaintEntry(
            id: id, complaintID: row.int(1),
            kind: try decode(ComplaintEntryKind(code: kind), kind, "kind", owner),
            signature: Signature(login: row.text(9), at: Date(unixSeconds: row.double(8)),
                                 property: row.text(10), terminal: row.text(11)),
            text: row.text(3), newOwner: row.optionalText(4),
            compensation: try decodeCompensation(row, 5, owner))
    }
}
