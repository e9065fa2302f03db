import Foundation
import FrontDeskCore

/// A guest's personal data removed for good, on their request: the one path that may change the
/// history, in one transaction the triggers let through (`erasure_in_progress`), recorded in
/// `guest_erasures` without the data. Complaint and stay figures survive without the person. The
/// PMS's profile number stays on the erased profile, as a number only: the next import from the
/// PMS finds it erased and does not bring the guest back.
extension SQLGuestStore {
    /// The tables an erasure rewrites, whose old versions the engine is told to forget.
    static let erasedTables = ["guests", "guest_tokens", "guest_changes", "guest_retirements", "preferences", "preference_events",
                               "complaints", "complaint_entries", "traces", "guest_flags", "drafts", "complaint_drafts"]

    public func eraseGuests(ids requested: [Int64], reason: String, by actor: Actor) throws -> Int {
        let reason = reason.trimmingWhitespace
        guard !reason.isEmpty else { throw FrontDeskError.invalid("say why the guest is erased: the reason is kept, the data is not") }
        let erased = try write { () -> Int in
            var erased = 0
            for id in requested { erased += try erase(id, reason: reason, by: actor) }
            return erased
        }
        try db.forgetErased(tables: Self.erasedTables)
        return erased
    }

    /// One guest and the profiles merged into it, inside the caller's write.
    private func erase(_ id: Int64, reason: String, by actor: Actor) throws -> Int {
        try requireGuest(id)
        let family = try mergedFamily(of: try survivorID(of: id))
        let ids = SQLValue.jsonList(family)
        let sensitive = SQLValue.jsonList(PreferenceCategory.allCases.filter(\.isSensitive).map(\.rawValue))
        try db.run("INSERT INTO erasure_in_progress (guest_id) VALUES (?)", [.int(id)])
        for guest in family {
            let old = try db.first("SELECT search_text FROM guests WHERE id = ?", [.int(guest)], map: { $0.optionalText(0) }) ?? nil
            try db.indexSearchText(guestID: guest, old: old, new: "")
        }
        let list = db.idsOfList
        for (sql, values) in [
            ("DELETE FROM guest_tokens WHERE guest_id IN (\(list))", [ids]),
            ("""
             UPDATE guests SET title = '', given = '', family = '(erased)', language = '', loyalty = NULL, email = NULL, phone = NULL,
                               company = NULL, reading = NULL, birth_date = NULL, search_key = '',
                               latin_name = NULL, search_text = '', retired = 1
             WHERE id IN (\(list))
             """, [ids]),
            ("DELETE FROM guest_changes WHERE guest_id IN (\(list))", [ids]),
            ("UPDATE guest_retirements SET reason = '(erased)' WHERE guest_id IN (\(list))", [ids]),
            ("""
             DELETE FROM preference_events WHERE preference_id IN
                 (SELECT id FROM preferences WHERE guest_id IN (\(list)) AND category IN (\(db.textsOfList)))
             """, [ids, sensitive]),
            ("DELETE FROM preferences WHERE guest_id IN (\(list)) AND category IN (\(db.textsOfList))", [ids, sensitive]),
            ("""
             UPDATE preference_events SET reason = '(erased)'
             WHERE reason IS NOT NULL AND preference_id IN (SELECT id FROM preferences WHERE guest_id IN (\(list)))
             """, [ids]),
            ("UPDATE preferences SET detail = '(erased)' WHERE guest_id IN (\(list))", [ids]),
            ("UPDATE complaints SET summary = '(erased)', immediate_action = '' WHERE guest_id IN (\(list))", [ids]),
            ("UPDATE complaint_entries SET text = '' WHERE complaint_id IN (SELECT id FROM complaints WHERE guest_id IN (\(list)))", [ids]),
            ("UPDATE traces SET text = '(erased)' WHERE guest_id IN (\(list))", [ids]),
            ("UPDATE guest_flags SET reason = '(erased)' WHERE guest_id IN (\(list))", [ids]),
            ("DELETE FROM drafts WHERE guest_id IN (\(list))", [ids]),
            ("DELETE FROM complaint_drafts WHERE guest_id IN (\(list))", [ids]),
        ] as [(String, [SQLValue])] {
            try db.run(sql, values)
        }
        try db.run("""
            INSERT INTO guest_erasures (guest_id, reason, login, at, property, terminal) VALUES (?, ?, ?, ?, ?, ?)
            """, [.int(id), .text(reason), .text(actor.login), .real(now().unixSeconds), .text(actor.property), .text(actor.terminal)])
        try db.run("DELETE FROM erasure_in_progress")
        return family.count
    }

    public func isErased(guestID: Int64) throws -> Bool {
        let family = try mergedFamily(of: try survivorID(of: guestID))
        return try db.int("SELECT count(*) FROM guest_erasures WHERE guest_id IN (\(db.idsOfList))", [SQLValue.jsonList(family)]) > 0
    }

    public func inactiveGuests(noStayEndingSince day: Day, createdBefore: Date) throws -> [Int64] {
        try db.query("""
            SELECT id FROM guests g
            WHERE created_at < ? AND id NOT IN (SELECT guest_id FROM guest_erasures) AND id NOT IN (SELECT absorbed_id FROM guest_merges)
              AND NOT EXISTS (SELECT 1 FROM stays s WHERE s.guest_id = g.id AND s.departure >= ?)
            ORDER BY id
            """, [.real(createdBefore.unixSeconds), .text(day.description)]) { $0.int(0) }
    }
}
