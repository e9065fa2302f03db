import FrontDeskCore

extension SQLiteGuestStore {
    public func profile(guestID: Int64) throws -> GuestProfile? {
        // One read transaction: the guest, stays and preferences come from the same snapshot.
        try db.read {
            guard let guest = try guest(id: guestID) else { return nil }
            // guest.id, not guestID: the id asked for may be a profile merged into this one.
            return GuestProfile(guest: guest, stays: try stays(guestID: guest.id),
                                preferences: try preferences(guestID: guest.id), flags: try flags(guestID: guest.id),
                                lastQuestion: try lastQuestion(guestID: guest.id))
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
}
