import Foundation
import FrontDeskCore

/// Merging two profiles of one person. Every row of the absorbed profile's history moves to the
/// survivor in one `BEGIN IMMEDIATE` transaction; the absorbed guest row stays (its search entries
/// too) and guest_merges makes its id lead to the survivor, so nothing anyone recorded is lost.
extension SQLGuestStore: GuestMerging {
    public func mergeGuests(survivor: Int64, absorbed: Int64, by actor: Actor) throws -> MergeSummary {
        guard survivor != absorbed else {
            throw FrontDeskError.invalid("guest #\(absorbed) cannot be merged into itself")
        }
        // A merge moves every hotel's stays, complaints and traces: a connection that sees one hotel's
        // would leave the others' behind, out of sight of everyone.
        if try db.seesOneProperty() {
            throw FrontDeskError.notPermitted("a hotel's connection sees only its own stays and complaints, so it cannot merge "
                                              + "profiles: the chain's administrators merge them, connected as the database's owner")
        }
        return try write {
            try requireGuest(survivor)
            try requireGuest(absorbed)
            try refuseMergedAlready(survivor: survivor, absorbed: absorbed)
            if let retired = try retirements(of: [survivor])[survivor] {
                throw FrontDeskError.invalid("guest #\(survivor) is a retired profile (\(retired.reason)): merge into the guest's own profile")
            }
            var moved = MergeSummary(survivorID: survivor, absorbedID: absorbed)
            moved.preferences = try moveRows(of: "preferences", from: absorbed, to: survivor)
            moved.stays = try moveRows(of: "stays", from: absorbed, to: survivor)
            moved.complaints = try moveRows(of: "complaints", from: absorbed, to: survivor)
            moved.traces = try moveRows(of: "traces", from: absorbed, to: survivor)
            // Both histories of a flag interleave once moved: a flag in force on either profile is set
            // again afterwards if the mixed history would otherwise read as cleared.
            let inForce = Set(try flags(guestID: survivor).map(\.kind) + flags(guestID: absorbed).map(\.kind))
            moved.flags = try moveRows(of: "guest_flags", from: absorbed, to: survivor)
            let stillSet = Set(try flags(guestID: survivor).map(\.kind))
            for kind in GuestFlagKind.allCases where inForce.contains(kind) && !stillSet.contains(kind) {
                try db.run("""
                    INSERT INTO guest_flags (guest_id, flag, action, reason, login, at, property, terminal)
                    VALUES (?, ?, 'set', ?, ?, ?, ?, ?)
                    """, [.int(survivor), .text(kind.rawValue), .text("kept when guest #\(absorbed) was merged into this profile"),
                          .text(actor.login), .real(now().unixSeconds), .text(actor.property), .text(actor.terminal)])
            }
            moved.questions = try moveRows(of: "questions_asked", from: absorbed, to: survivor)
            moved.detailsTaken = try takeMissingDetails(into: survivor, from: absorbed)
            let drafts = try countRows(of: "drafts", guestID: absorbed)
            try moveRowsWithoutCollision(of: "drafts", from: absorbed, to: survivor)
            moved.draftsJoined = try joinCollidingDrafts(from: absorbed, to: survivor)
            moved.draftsLeft = try countRows(of: "drafts", guestID: absorbed)
            moved.drafts = drafts - moved.draftsJoined - moved.draftsLeft
            // A complaint form kept on either profile stays; the survivor's own wins if both have one.
            try moveRowsWithoutCollision(of: "complaint_drafts", from: absorbed, to: survivor)
            try db.run("""
                INSERT INTO guest_merges (absorbed_id, survivor_id, moved, login, at, property, terminal)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, [.int(absorbed), .int(survivor), .text(moved.description), .text(actor.login),
                      .real(now().unixSeconds), .text(actor.property), .text(actor.terminal)])
            return moved
        }
    }

    /// The person keeps every detail either desk took down: what the survivor lacks (an e-mail, a birth
    /// date) comes from the absorbed profile, and the higher VIP level stands. The absorbed row keeps its own.
    private func takeMissingDetails(into survivor: Int64, from absorbed: Int64) throws -> [String] {
        var taken: [String] = []
        let details = [("loyalty", "loyalty number"), ("email", "e-mail"), ("phone", "phone"), ("company", "company"),
                       ("birth_date", "birth date"), ("reading", "name reading")]
        for (column, label) in details {
            let changed = try db.run("""
                UPDATE guests SET \(column) = (SELECT \(column) FROM guests WHERE id = ?)
                WHERE id = ? AND coalesce(\(column), '') = ''
                  AND coalesce((SELECT \(column) FROM guests WHERE id = ?), '') <> ''
                """, [.int(absorbed), .int(survivor), .int(absorbed)])
            if changed > 0 { taken.append(label) }
        }
        let raised = try db.run("UPDATE guests SET vip = (SELECT vip FROM guests WHERE id = ?) WHERE id = ? AND vip < (SELECT vip FROM guests WHERE id = ?)",
                   [.int(absorbed), .int(survivor), .int(absorbed)])
        if raised > 0 { taken.append("VIP level") }
        return taken
    }

    /// An associate with a half-written note on both profiles that differs only in its words gets one
    /// note with both texts. Others are not joined (a health fact must not become a room note everyone
    /// reads, a one-off must not become standing): the absorbed one is kept and offered after the other.
    private func joinCollidingDrafts(from absorbed: Int64, to survivor: Int64) throws -> Int {
        var joinedCount = 0
        let left = try db.query("SELECT login, payload FROM drafts WHERE guest_id = ?", [.int(absorbed)]) { ($0.text(0), $0.text(1)) }
        for (login, payload) in left {
            guard let kept = try db.first("SELECT payload FROM drafts WHERE login = ? AND guest_id = ?",
                                          [.text(login), .int(survivor)], map: { $0.text(0) }) else { continue }
            var joined = try JSONDecoder().decode(NewPreference.self, from: Data(kept.utf8))
            let other = try JSONDecoder().decode(NewPreference.self, from: Data(payload.utf8))
            let text = joined.detail + " / " + other.detail
            var sameButWords = other
            (sameButWords.guestID, sameButWords.detail, sameButWords.consent, sameButWords.department)
                = (joined.guestID, joined.detail, joined.consent, joined.department)
            guard sameButWords == joined, text.count <= 500 else { continue }
            joined.detail = text
            joined.consent = joined.consent && other.consent
            try db.run("UPDATE drafts SET payload = ? WHERE login = ? AND guest_id = ?",
                       [.text(String(decoding: try JSONEncoder().encode(joined), as: UTF8.self)), .text(login), .int(survivor)])
            try db.run("DELETE FROM drafts WHERE login = ? AND guest_id = ?", [.text(login), .int(absorbed)])
            joinedCount += 1
        }
        return joinedCount
    }

    public func resolvedGuestID(_ id: Int64) throws -> Int64? {
        try db.read {
            let current = try survivorID(of: id)
            return try db.first("SELECT id FROM guests WHERE id = ?", [.int(current)]) { $0.int(0) }
        }
    }

    /// A merged profile is merged for good; a survivor must be a profile that still stands.
    private func refuseMergedAlready(survivor: Int64, absorbed: Int64) throws {
        if let into = try mergedInto(absorbed) {
            let now = try survivorID(of: into)
            throw FrontDeskError.invalid("guest #\(absorbed) was already merged into guest #\(into)"
                                         + (now == into ? "" : ", which is now guest #\(now)"))
        }
        if try mergedInto(survivor) != nil {
            let now = try survivorID(of: survivor)
            if now == absorbed {
                throw FrontDeskError.invalid("guest #\(survivor) was already merged into guest #\(absorbed): they are one profile")
            }
            throw FrontDeskError.invalid("guest #\(survivor) was merged into guest #\(now); merge into guest #\(now) instead")
        }
    }

    private func moveRows(of table: String, from absorbed: Int64, to survivor: Int64) throws -> Int {
        let count = try countRows(of: table, guestID: absorbed)
        try db.run("UPDATE \(table) SET guest_id = ? WHERE guest_id = ?", [.int(survivor), .int(absorbed)])
        return count
    }

    private func countRows(of table: String, guestID: Int64) throws -> Int {
        Int(try db.int("SELECT count(*) FROM \(table) WHERE guest_id = ?", [.int(guestID)]))
    }

    public func mergedProfiles(of guestID: Int64) throws -> [MergedProfile] {
        try db.read {
            let survivor = try survivorID(of: guestID)
            let absorbed = try mergedFamily(of: survivor).filter { $0 != survivor }
            let rows = try guestsByID(absorbed)
            let changes = try changesOf(absorbed)
            return absorbed.compactMap { id in rows[id].map { MergedProfile(guest: $0, changes: changes[id] ?? []) } }
        }
    }

    /// The guest and every profile merged into it, directly or through others.
    func mergedFamily(of id: Int64) throws -> [Int64] {
        try db.query("""
            WITH RECURSIVE family(id) AS (SELECT ? UNION SELECT m.absorbed_id FROM guest_merges m JOIN family f ON m.survivor_id = f.id)
            SELECT id FROM family
            """, [.int(id)]) { $0.int(0) }
    }

    func mergedInto(_ id: Int64) throws -> Int64? {
        try db.first("SELECT survivor_id FROM guest_merges WHERE absorbed_id = ?", [.int(id)]) { $0.int(0) }
    }

    /// The id the guest has now, following merges (the id itself when it was never merged or is unknown).
    func survivorID(of id: Int64) throws -> Int64 {
        var current = id
        var seen: Set<Int64> = [id]
        while let next = try mergedInto(current) {
            // Merges refuse anything that would close a circle; one here was written by another program.
            guard seen.insert(next).inserted else {
                throw FrontDeskError.badData("\(location): the merges of guest #\(id) go round in a circle")
            }
            current = next
        }
        return current
    }

    /// Search finds a merged profile by its old name and entries: each stands for its survivor,
    /// and a person found by both profiles is listed once, where the first was found.
    func survivingIDs(_ ids: [Int64]) throws -> [Int64] {
        let survivors = try survivorMap(ids)
        var seen = Set<Int64>()
        return ids.compactMap { id in
            let current = survivors[id] ?? id
            return seen.insert(current).inserted ? current : nil
        }
    }

    /// Each id asked for and the id it has now, following merges: one query per link of the
    /// longest chain of merges (usually one, whatever the number of ids).
    func survivorMap(_ ids: [Int64]) throws -> [Int64: Int64] {
        var into: [Int64: Int64] = [:]
        var asked = Array(Set(ids))
        while !asked.isEmpty {
            let links = try db.query("""
                SELECT absorbed_id, survivor_id FROM guest_merges WHERE absorbed_id IN (\(db.idsOfList))
                """, [SQLValue.jsonList(asked)]) { ($0.int(0), $0.int(1)) }
            asked = []
            for (absorbed, survivor) in links where into[absorbed] == nil {
                into[absorbed] = survivor
                asked.append(survivor)
            }
        }
        var result: [Int64: Int64] = [:]
        for id in ids {
            var current = id
            var seen: Set<Int64> = [id]
            while let next = into[current] {
                // Merges refuse anything that would close a circle; one here was written by another program.
                guard seen.insert(next).inserted else {
                    throw FrontDeskError.badData("\(location): the merges of guest #\(id) go round in a circle")
                }
                current = next
            }
            result[id] = current
        }
        return result
    }

    /// A draft table's rows move to the survivor unless the same associate already has one there
    /// (keyed by login and guest): those stay behind for the caller to join or leave.
    private func moveRowsWithoutCollision(of table: String, from absorbed: Int64, to survivor: Int64) throws {
        try db.run("""
            UPDATE \(table) SET guest_id = ? WHERE guest_id = ?
              AND login NOT IN (SELECT login FROM \(table) WHERE guest_id = ?)
            """, [.int(survivor), .int(absorbed), .int(survivor)])
    }

    /// Rows of many guests, read by their survivors' ids and handed back keyed by the ids asked for.
    func bySurvivor<T>(_ ids: [Int64], _ read: (_ survivors: [Int64]) throws -> [Int64: T]) throws -> [Int64: T] {
        guard !ids.isEmpty else { return [:] }
        return try db.read {
            let survivors = try survivorMap(ids)
            let rows = try read(Array(Set(survivors.values)))
            var result: [Int64: T] = [:]
            for id in ids { if let survivor = survivors[id], let row = rows[survivor] { result[id] = row } }
            return result
        }
    }
}
