import Foundation
import FrontDeskCore

/// Drafts are scratch space, not history: one per associate and guest, overwritten and discarded freely.
extension SQLGuestStore {
    public func saveDraft(_ draft: Draft) throws {
        let payload = String(decoding: try JSONEncoder().encode(draft.preference), as: UTF8.self)
        try write {
            let guestID = try writableGuestID(draft.guestID, allowRetired: true)
            try db.run("""
                INSERT INTO drafts (login, guest_id, payload, saved_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (login, guest_id) DO UPDATE SET payload = excluded.payload, saved_at = excluded.saved_at
                """, [.text(draft.login), .int(guestID), .text(payload), .real(draft.savedAt.unixSeconds)])
        }
    }

    public func draft(login: String, guestID: Int64) throws -> Draft? {
        guard let (payload, savedAt) = try db.first(
            "SELECT payload, saved_at FROM drafts WHERE login = ? AND guest_id = ?",
            [.text(login), .int(try survivorID(of: guestID))], map: { ($0.text(0), $0.double(1)) })
        else { return nil }
        do {
            let preference = try JSONDecoder().decode(NewPreference.self, from: Data(payload.utf8))
            return Draft(login: login, guestID: guestID, preference: preference, savedAt: Date(unixSeconds: savedAt))
        } catch {
            throw FrontDeskError.badData("\(location): the draft of \(login) for guest #\(guestID) cannot be read (\(error))")
        }
    }

    /// Drops the guest's draft. A draft a merge kept apart on a profile merged into this one then
    /// takes its place (oldest first), so each is offered in turn and none is lost or offered twice.
    public func discardDraft(login: String, guestID: Int64) throws {
        try write {
            let survivor = try survivorID(of: guestID)
            try db.run("DELETE FROM drafts WHERE login = ? AND guest_id = ?", [.text(login), .int(survivor)])
            let family = try mergedFamily(of: survivor)
            guard family.count > 1, let next = try db.first("""
                SELECT guest_id FROM drafts WHERE login = ? AND guest_id IN (\(db.idsOfList))
                ORDER BY saved_at, guest_id LIMIT 1
                """, [.text(login), .text("[" + family.map(String.init).joined(separator: ",") + "]")], map: { $0.int(0) })
            else { return }
            try db.run("UPDATE drafts SET guest_id = ? WHERE login = ? AND guest_id = ?", [.int(survivor), .text(login), .int(next)])
        }
    }

    public func drafts(guestID: Int64) throws -> [Draft] {
        try db.query("SELECT login, payload, saved_at FROM drafts WHERE guest_id = ? ORDER BY saved_at",
                     [.int(try survivorID(of: guestID))]) { row in (row.text(0), row.text(1), row.double(2)) }
            .compactMap { login, payload, savedAt in
                (try? JSONDecoder().decode(NewPreference.self, from: Data(payload.utf8))).map {
                    Draft(login: login, guestID: guestID, preference: $0, savedAt: Date(unixSeconds: savedAt))
                }
            }
    }

    @discardableResult
    public func discardDrafts(savedBefore cutoff: Date, where expired: (Draft) -> Bool) throws -> Int {
        try write {
            let old = try db.query("SELECT login, guest_id, payload, saved_at FROM drafts WHERE saved_at < ?",
                                   [.real(cutoff.unixSeconds)]) { ($0.text(0), $0.int(1), $0.text(2), $0.double(3)) }
            var dropped = 0
            for (login, guestID, payload, savedAt) in old {
                // One that cannot be read any more is past keeping too.
                let preference = try? JSONDecoder().decode(NewPreference.self, from: Data(payload.utf8))
                guard preference.map({ expired(Draft(login: login, guestID: guestID, preference: $0, savedAt: Date(unixSeconds: savedAt))) })
                        ?? true else { continue }
                try db.run("DELETE FROM drafts WHERE login = ? AND guest_id = ?", [.text(login), .int(guestID)])
                dropped += 1
            }
            return dropped
        }
    }

    public func saveComplaintDraft(_ draft: ComplaintDraft, login: String, guestID: Int64, savedAt: Date) throws {
        let payload = String(decoding: try JSONEncoder().encode(draft), as: UTF8.self)
        try write {
            let guestID = try writableGuestID(guestID, allowRetired: true)
            try db.run("""
                INSERT INTO complaint_drafts (login, guest_id, payload, saved_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (login, guest_id) DO UPDATE SET payload = excluded.payload, saved_at = excluded.saved_at
                """, [.text(login), .int(guestID), .text(payload), .real(savedAt.unixSeconds)])
        }
    }

    public func complaintDrafts(guestID: Int64) throws -> [(login: String, draft: ComplaintDraft)] {
        try db.query("SELECT login, payload FROM complaint_drafts WHERE guest_id = ? ORDER BY saved_at",
                     [.int(try survivorID(of: guestID))]) { ($0.text(0), $0.text(1)) }
            .compactMap { login, payload in
                (try? JSONDecoder().decode(ComplaintDraft.self, from: Data(payload.utf8))).map { (login, $0) }
            }
    }

    public func complaintDraft(login: String, guestID: Int64) throws -> ComplaintDraft? {
        guard let payload = try db.first("SELECT payload FROM complaint_drafts WHERE login = ? AND guest_id = ?",
                                         [.text(login), .int(try survivorID(of: guestID))], map: { $0.text(0) })
        else { return nil }
        do {
            return try JSONDecoder().decode(ComplaintDraft.self, from: Data(payload.utf8))
        } catch {
            throw FrontDeskError.badData("\(location): the complaint draft of \(login) for guest #\(guestID) cannot be read (\(error))")
        }
    }

    public func discardComplaintDraft(login: String, guestID: Int64) throws {
        try write {
            try db.run("DELETE FROM complaint_drafts WHERE login = ? AND guest_id = ?", [.text(login), .int(try survivorID(of: guestID))])
        }
    }
}
