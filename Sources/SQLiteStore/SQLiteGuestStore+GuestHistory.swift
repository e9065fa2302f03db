import Foundation
import FrontDeskCore

/// Corrections of a profile's details, each kept in guest_changes, and retirement of a profile
/// made by mistake: it leaves search, and stays on file.
extension SQLiteGuestStore {
    public func updateGuest(id: Int64, to edited: NewGuest, by actor: Actor) throws -> [GuestChange] {
        var edited = try edited.validated()
        return try write {
            let id = try writableGuestID(id, allowRetired: true)
            guard let current = try guestsByID([id])[id] else { throw FrontDeskError.notFound("no guest #\(id) in \(path)") }
            if let retired = try retirements(of: [id])[id] {
                throw FrontDeskError.invalid("guest #\(id) was retired by \(retired.signature.login) (\(retired.reason)): it is not edited")
            }
            edited.vip = current.vip
            let differences = GuestFields.differences(from: NewGuest(current), to: edited)
            guard !differences.isEmpty else { return [] }
            let index = SearchIndex(edited)
            try db.run("""
                UPDATE guests SET title = ?, given = ?, family = ?, language = ?, loyalty = ?, email = ?, phone = ?, company = ?,
                                  reading = ?, birth_date = ?, search_key = ?
                WHERE id = ?
                """, [.text(edited.title), .text(edited.givenName), .text(edited.familyName), .text(edited.language),
                      .text(edited.loyaltyNumber), .text(edited.email), .text(edited.phone), .text(edited.company),
                      .text(edited.nameReading), .text(edited.birthDate?.description), .text(index.searchKey), .int(id)])
            try writeSearchEntries(id: id, index, replacing: SearchIndex(NewGuest(current)))
            let at = now()
            for d in differences {
                try db.run("""
                    INSERT INTO guest_changes (guest_id, field, old, new, login, at, property, terminal) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """, [.int(id), .text(d.field), .text(d.old), .text(d.new), .text(actor.login), .real(at.unixSeconds),
                          .text(actor.property), .text(actor.terminal)])
            }
            let signature = Signature(login: actor.login, at: at, property: actor.property, terminal: actor.terminal)
            return differences.map { GuestChange(field: $0.field, old: $0.old, new: $0.new, signature: signature) }
        }
    }

    public func retireGuest(id: Int64, reason: String, by actor: Actor) throws {
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reason.isEmpty else { throw FrontDeskError.invalid("say why the profile is retired: the reason stays with it") }
        try write {
            let id = try writableGuestID(id, allowRetired: true)
            if let retired = try retirements(of: [id])[id] {
                throw FrontDeskError.invalid("guest #\(id) was already retired by \(retired.signature.login): \(retired.reason)")
            }
            try db.run("""
                INSERT INTO guest_retirements (guest_id, reason, login, at, property, terminal) VALUES (?, ?, ?, ?, ?, ?)
                """, [.int(id), .text(reason), .text(actor.login), .real(now().unixSeconds), .text(actor.property), .text(actor.terminal)])
        }
    }

    /// Each guest's changes, oldest first.
    func changesOf(_ ids: [Int64]) throws -> [Int64: [GuestChange]] {
        var changes: [Int64: [GuestChange]] = [:]
        try db.each("""
            SELECT guest_id, field, old, new, login, at, property, terminal FROM guest_changes
            WHERE guest_id IN (SELECT value FROM json_each(?)) ORDER BY id
            """, [Self.idList(ids)]) { row in
            changes[row.int(0), default: []].append(GuestChange(
                field: row.text(1), old: row.optionalText(2), new: row.optionalText(3),
                signature: Signature(login: row.text(4), at: Date(unixSeconds: row.double(5)), property: row.text(6), terminal: row.text(7))))
        }
        return changes
    }

    /// The retired ones among these guests, with why.
    func retirements(of ids: [Int64]) throws -> [Int64: Retirement] {
        var found: [Int64: Retirement] = [:]
        try db.each("""
            SELECT guest_id, reason, login, at, property, terminal FROM guest_retirements WHERE guest_id IN (SELECT value FROM json_each(?))
            """, [Self.idList(ids)]) { row in
            found[row.int(0)] = Retirement(reason: row.text(1), signature: Signature(login: row.text(2), at: Date(unixSeconds: row.double(3)),
                                                                                  property: row.text(4), terminal: row.text(5)))
        }
        return found
    }
}
