import Foundation
import FrontDeskCore

/// Drafts are scratch space, not history: one per associate and guest, overwritten and discarded freely.
extension SQLiteGuestStore {
    public func saveDraft(_ draft: Draft) throws {
        let payload = String(decoding: try JSONEncoder().encode(draft.preference), as: UTF8.self)
        try write {
            let guestID = try writableGuestID(draft.guestID)
            try db.run("""
                INSERT INTO drafts (login, guest_id, payload, saved_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (login, guest_id) DO UPDATE SET payload = excluded.payload, saved_at = excluded.saved_at
                """, [.text(draft.login), .int(guestID), .text(payload), .real(draft.savedAt.unixSeconds)])
        }
    }

    public func draft(login: String, guestID: Int64) throws -> Draft? {
        guard let (payload, savedAt) = try db.read({
            try offeredDraft(login: login, guestID: guestID).flatMap { owner in
                try db.first("SELECT payload, saved_at FROM drafts WHERE login = ? AND guest_id = ?",
                             [.text(login), .int(owner)], map: { ($0.text(0), $0.double(1)) })
            }
        }) else { return nil }
        do {
            let preference = try JSONDecoder().decode(NewPreference.self, from: Data(payload.utf8))
            return Draft(login: login, guestID: guestID, preference: preference, savedAt: Date(unixSeconds: savedAt))
        } catch {
            throw FrontDeskError.badData("\(path): the draft of \(login) for guest #\(guestID) cannot be read (\(error))")
        }
    }

    public func discardDraft(login: String, guestID: Int64) throws {
        try write {
            guard let owner = try offeredDraft(login: login, guestID: guestID) else { return }
            try db.run("DELETE FROM drafts WHERE login = ? AND guest_id = ?", [.text(login), .int(owner)])
        }
    }

    /// Which profile's draft the guest's pad offers: the guest's own, else one kept apart on a profile
    /// merged into it (oldest first), so each is offered in turn and none is lost.
    private func offeredDraft(login: String, guestID: Int64) throws -> Int64? {
        let survivor = try survivorID(of: guestID)
        let family = try mergedFamily(of: survivor)
        return try db.first("""
            SELECT guest_id FROM drafts WHERE login = ? AND guest_id IN (SELECT value FROM json_each(?))
            ORDER BY guest_id = ? DESC, saved_at, guest_id LIMIT 1
            """, [.text(login), .text("[" + family.map(String.init).joined(separator: ",") + "]"), .int(survivor)]) { $0.int(0) }
    }
}
