import Foundation
import FrontDeskCore

extension SQLGuestStore {
    public func addGuest(_ guest: NewGuest, by actor: Actor) throws -> Int64 {
        let guest = try guest.validated()
        return try write { try insertGuest(guest, createdAt: now(), actor: actor) }
    }

    /// A profile merged into another stands for it: its id shows the survivor.
    public func guest(id: Int64) throws -> Guest? {
        try db.first("SELECT \(Self.guestColumns) FROM guests WHERE id = ?", [.int(try survivorID(of: id))], map: decodeGuest)
    }

    public func guests(ids: [Int64]) throws -> [Int64: Guest] {
        try bySurvivor(ids) { try guestsByID($0) }
    }

    public func guestCount() throws -> Int {
        Int(try db.int("SELECT count(*) FROM guests"))
    }

    /// The guest row and its search entries, inside the caller's transaction so they never disagree.
    public func guestPage(after: Int64, limit: Int) throws -> [Guest] {
        try db.query("""
            SELECT \(Self.guestColumns) FROM guests
            WHERE id > ? AND retired = 0 AND id NOT IN (SELECT absorbed_id FROM guest_merges)
            ORDER BY id LIMIT ?
            """, [.int(after), .int(Int64(limit))], map: decodeGuest)
    }

    public func guestID(externalID: String) throws -> Int64? {
        guard let id = try db.first("SELECT id FROM guests WHERE external_id = ?", [.text(externalID)], map: { $0.int(0) }) else {
            return nil
        }
        return try survivorID(of: id)
    }

    func insertGuest(_ guest: NewGuest, createdAt: Date, actor: Actor, keyMemo: SearchKeyMemo? = nil) throws -> Int64 {
        let index = SearchIndex(guest, memo: keyMemo)
        let id = try db.int("""
            INSERT INTO guests (title, given, family, language, vip, loyalty, email, phone, company,
                                created_at, created_by, created_property, created_terminal, search_key, reading, birth_date, latin_name,
                                search_text, external_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
            """, [.text(guest.title), .text(guest.givenName), .text(guest.familyName), .text(guest.language),
                  .int(Int64(guest.vip.rawValue)), .text(guest.loyaltyNumber), .text(guest.email),
                  .text(guest.phone), .text(guest.company), .real(createdAt.unixSeconds), .text(actor.login),
                  .text(actor.property), .text(actor.terminal), .text(index.searchKey), .text(guest.nameReading),
                  .text(guest.birthDate?.description), .text(index.latinName), .text(index.text), .text(guest.externalID)])
        try writeSearchEntries(id: id, index)
        return id
    }

    /// A guest's rows in the search tables; with `replacing`, those it had go first. Runs before the
    /// guest row's `search_text` changes: the substring index may need what it held.
    func writeSearchEntries(id: Int64, _ index: SearchIndex, replacing: Bool = false) throws {
        var old: String?
        if replacing {
            try db.run("DELETE FROM guest_tokens WHERE guest_id = ?", [.int(id)])
            old = try db.first("SELECT search_text FROM guests WHERE id = ?", [.int(id)], map: { $0.optionalText(0) }) ?? nil
        }
        for token in index.tokens {
            try db.run("INSERT INTO guest_tokens (token, guest_id) VALUES (?, ?)", [.text(token), .int(id)])
        }
        try db.indexSearchText(guestID: id, old: old, new: index.text)
    }

    func requireGuest(_ id: Int64) throws {
        guard try db.first("SELECT 1 FROM guests WHERE id = ?", [.int(id)], map: { _ in true }) != nil else {
            throw FrontDeskError.notFound("no guest #\(id) in \(location)")
        }
    }

    /// The guest a write about `id` belongs to: the survivor when `id` was merged into another
    /// profile, so what a terminal still showing the old profile records is not lost.
    /// A retired profile takes nothing new (`allowRetired` for what keeps working on it: its own
    /// history, a draft kept as a terminal leaves it).
    func writableGuestID(_ id: Int64, allowRetired: Bool = false) throws -> Int64 {
        try requireGuest(id)
        let survivor = try survivorID(of: id)
        if !allowRetired, let retired = try retirements(of: [survivor])[survivor] {
            throw FrontDeskError.invalid("guest #\(survivor) is a retired profile (\(retired.reason)): it takes nothing new; use the guest's own profile")
        }
        return survivor
    }
}
