import FrontDeskCore

extension SQLGuestStore {
    /// One read transaction, a fixed number of statements whatever the number of guests: the guests,
    /// their stays, preferences and events, flags and last questions come from the same snapshot.
    public func profiles(guestIDs: [Int64]) throws -> [Int64: GuestProfile] {
        try bySurvivor(guestIDs) { survivors in
            let guests = try guestsByID(survivors)
            let found = Array(guests.keys)
            let stays = try staysOf(found)
            let preferences = try preferencesOf(found)
            let flags = try flagsOf(found)
            let questions = try lastQuestions(of: found)
            let changes = try changesOf(found)
            let retirements = try retirements(of: found)
            return guests.mapValues { guest in
                var profile = GuestProfile(guest: guest, stays: stays[guest.id] ?? [], preferences: preferences[guest.id] ?? [],
                                           flags: flags[guest.id] ?? [], lastQuestion: questions[guest.id])
                profile.changes = changes[guest.id] ?? []
                profile.retirement = retirements[guest.id]
                return profile
            }
        }
    }

    public func inHouseGuests(property: String, limit: Int) throws -> [GuestSearchResult] {
        guard limit > 0 else { return [] }
        return try db.read {
            // length, then text: rooms 98, 101, 1001 in the order of the corridor, not of the alphabet.
            let ids = try db.query("""
                SELECT guest_id FROM stays WHERE property = ? AND status = 'in-house'
                ORDER BY length(room), room, guest_id
                """, [.text(property)]) { $0.int(0) }
            var picked = PickedGuests(limit: limit)
            picked.add(ids)
            return try searchResults(for: picked.ids)
        }
    }

    /// Guests by their own ids (no merges followed).
    func guestsByID(_ ids: [Int64]) throws -> [Int64: Guest] {
        var guests: [Int64: Guest] = [:]
        try db.each("SELECT \(Self.guestColumns) FROM guests WHERE id IN (\(db.idsOfList))", [SQLValue.jsonList(ids)]) { row in
            let guest = try decodeGuest(row)
            guests[guest.id] = guest
        }
        return guests
    }
}
