import Foundation
import FrontDeskCore

/// Corrections of a profile's details, each kept in guest_changes, and the retirement (and
/// reinstatement) of a profile made by mistake, kept in guest_retirements: it leaves search, and
/// stays on file.
extension SQLGuestStore {
    public func updateGuest(id: Int64, from base: NewGuest, to edited: NewGuest, by actor: Actor) throws -> [GuestChange] {
        let edited = try edited.validated()
        let base = try base.validated()
        return try write { try applyUpdate(id: id, from: base, to: edited, by: actor) }
    }

    /// The edit itself, inside the caller's write: checks, the changed fields, their history.
    func applyUpdate(id: Int64, from base: NewGuest, to edited: NewGuest, by actor: Actor) throws -> [GuestChange] {
        try requireGuest(id)
        try refuseAbsorbed(id, doing: "edit")
        guard let current = try guestsByID([id])[id] else { throw FrontDeskError.notFound("no guest #\(id) in \(location)") }
        if let retired = try retirements(of: [id])[id] {
            throw FrontDeskError.invalid("guest #\(id) was retired by \(retired.signature.login) (\(retired.reason)): it is not edited")
        }
        // Only the fields this edit changed are written, and only where nobody changed them meanwhile.
        let now = NewGuest(current)
        let differences = GuestFields.differences(from: base, to: edited)
        for d in differences {
            let stored = GuestFields.value(of: d.field, in: now)
            if stored != d.old {
                throw FrontDeskError.invalid("the \(d.field) of guest #\(id) was changed at another terminal meanwhile"
                                             + " (now \(stored ?? "empty")): open the profile again and redo the change")
            }
        }
        guard !differences.isEmpty else { return [] }
        let updated = GuestFields.applying(differences, to: now)
        let index = SearchIndex(updated)
        try writeSearchEntries(id: id, index, replacing: true)
        try db.run("""
            UPDATE guests SET title = ?, given = ?, family = ?, language = ?, loyalty = ?, email = ?, phone = ?, company = ?,
                              reading = ?, birth_date = ?, search_key = ?, latin_name = ?, search_text = ?
            WHERE id = ?
            """, [.text(updated.title), .text(updated.givenName), .text(updated.familyName), .text(updated.language),
                  .text(updated.loyaltyNumber), .text(updated.email), .text(updated.phone), .text(updated.company),
                  .text(updated.nameReading), .text(updated.birthDate?.description), .text(index.searchKey),
                  .text(index.latinName), .text(index.text), .int(id)])
        let signature = Signature(login: actor.login, at: self.now(), property: actor.property, terminal: actor.terminal)
        for d in differences {
            try db.run("""
                INSERT INTO guest_changes (guest_id, field, old, new, login, at, property, terminal) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, [.int(id), .text(d.field), .text(d.old), .text(d.new), .text(actor.login), .real(signature.at.unixSeconds),
                      .text(actor.property), .text(actor.terminal)])
        }
        return differences.map { GuestChange(field: $0.field, old: $0.old, new: $0.new, signature: signature) }
    }

    public func retireGuest(id: Int64, reason: String, by actor: Actor) throws {
        try setRetired(true, id: id, reason: reason, by: actor)
    }

    public func reinstateGuest(id: Int64, reason: String, by actor: Actor) throws {
        try setRetired(false, id: id, reason: reason, by: actor)
    }

    private func setRetired(_ retiring: Bool, id: Int64, reason: String, by actor: Actor) throws {
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reason.isEmpty else {
            throw FrontDeskError.invalid("say why the profile is \(retiring ? "retired" : "reinstated"): the reason stays with it")
        }
        try write {
            try requireGuest(id)
            try refuseAbsorbed(id, doing: retiring ? "retire" : "reinstate")
            let retired = try retirements(of: [id])[id]
            if retiring, let retired {
                throw FrontDeskError.invalid("guest #\(id) was already retired by \(retired.signature.login): \(retired.reason)")
            }
            if !retiring && retired == nil { throw FrontDeskError.invalid("guest #\(id) is not retired") }
            try db.run("""
                INSERT INTO guest_retirements (guest_id, action, reason, login, at, property, terminal) VALUES (?, ?, ?, ?, ?, ?, ?)
                """, [.int(id), .text(retiring ? "retired" : "reinstated"), .text(reason), .text(actor.login),
                      .real(now().unixSeconds), .text(actor.property), .text(actor.terminal)])
            try db.run("UPDATE guests SET retired = ? WHERE id = ?", [.bool(retiring), .int(id)])
        }
    }

    /// An id merged into another profile stands for that one when reading; changing the profile
    /// itself must name it, so nobody edits or retires the real guest by an old id.
    private func refuseAbsorbed(_ id: Int64, doing verb: String) throws {
        let survivor = try survivorID(of: id)
        if survivor != id {
            throw FrontDeskError.invalid("guest #\(id) was merged into guest #\(survivor): \(verb) guest #\(survivor) if that is meant")
        }
    }

    /// Each guest's changes, oldest first: corrected fields, and the profile retired or reinstated.
    func changesOf(_ ids: [Int64]) throws -> [Int64: [GuestChange]] {
        var changes: [Int64: [(order: Double, change: GuestChange)]] = [:]
        try db.each("""
            SELECT guest_id, field, old, new, login, at, property, terminal FROM guest_changes
            WHERE guest_id IN (\(db.idsOfList)) ORDER BY id
            """, [SQLValue.jsonList(ids)]) { row in
            changes[row.int(0), default: []].append((row.double(5), GuestChange(
                field: row.text(1), old: row.optionalText(2), new: row.optionalText(3),
                signature: Signature(login: row.text(4), at: Date(unixSeconds: row.double(5)), property: row.text(6), terminal: row.text(7)))))
        }
        try db.each("""
            SELECT guest_id, action, reason, login, at, property, terminal FROM guest_retirements
            WHERE guest_id IN (\(db.idsOfList)) ORDER BY id
            """, [SQLValue.jsonList(ids)]) { row in
            changes[row.int(0), default: []].append((row.double(4), GuestChange(
                field: GuestChange.profileField, old: nil, new: "\(row.text(1)): \(row.text(2))",
                signature: Signature(login: row.text(3), at: Date(unixSeconds: row.double(4)), property: row.text(5), terminal: row.text(6)))))
        }
        return changes.mapValues { $0.enumerated().sorted { ($0.element.order, $0.offset) < ($1.element.order, $1.offset) }.map(\.element.change) }
    }

    /// The retired ones among these guests, with why: the latest retirement of those retired now.
    func retirements(of ids: [Int64]) throws -> [Int64: Retirement] {
        var found: [Int64: Retirement] = [:]
        try db.each("""
            SELECT r.guest_id, r.reason, r.login, r.at, r.property, r.terminal FROM guest_retirements r
            JOIN guests g ON g.id = r.guest_id AND g.retired = 1
            WHERE r.guest_id IN (\(db.idsOfList)) AND r.action = 'retired'
            ORDER BY r.id
            """, [SQLValue.jsonList(ids)]) { row in
            found[row.int(0)] = Retirement(reason: row.text(1), signature: Signature(login: row.text(2), at: Date(unixSeconds: row.double(3)),
                                                                                  property: row.text(4), terminal: row.text(5)))
        }
        return found
    }
}
