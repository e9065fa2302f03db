import Foundation
import FrontDeskCore

extension SQLGuestStore {
    /// The stay is at the actor's property: the desk records stays for its own hotel.
    public func addStay(guestID: Int64, room: String, arrival: Day, departure: Day, status: StayStatus,
                        revenueMinor: Int64, by actor: Actor) throws -> Int64 {
        try Self.validateStay(arrival: arrival, departure: departure)
        try Stay.checkRevenue(revenueMinor)
        return try write {
            return try insertStay(guestID: try writableGuestID(guestID), room: room, arrival: arrival, departure: departure,
                                  status: status, revenueMinor: revenueMinor, createdAt: now(), actor: actor)
        }
    }

    /// Check-in, check-out, cancellation: the row holds the status now, stay_events the history.
    public func setStayStatus(stayID: Int64, to status: StayStatus, revenueMinor: Int64?, by actor: Actor) throws -> Stay {
        if let revenueMinor { try Stay.checkRevenue(revenueMinor) }
        return try write {
            guard let stay = try stay(id: stayID) else { throw FrontDeskError.notFound("no stay #\(stayID) in \(location)") }
            guard stay.status.canMove(to: status) else {
                throw FrontDeskError.invalid("stay #\(stayID): \(stay.status.refusal(to: status))")
            }
            try recordStatus(of: stayID, status, revenueMinor: revenueMinor, by: actor)
            return try self.stay(id: stayID)!
        }
    }

    /// The row holds the status now; stay_events keeps each move with who, when and where.
    private func recordStatus(of stayID: Int64, _ status: StayStatus, revenueMinor: Int64?, by actor: Actor) throws {
        try db.run("UPDATE stays SET status = ?, revenue_minor = coalesce(?, revenue_minor) WHERE id = ?",
                   [.text(status.rawValue), .int(revenueMinor), .int(stayID)])
        try db.run("""
            INSERT INTO stay_events (stay_id, status, login, at, property, terminal) VALUES (?, ?, ?, ?, ?, ?)
            """, [.int(stayID), .text(status.rawValue), .text(actor.login), .real(now().unixSeconds),
                  .text(actor.property), .text(actor.terminal)])
    }

    /// What an import changes of a stay on file (`BulkSink.updateStay`), inside the caller's write.
    func applyStayUpdate(_ stay: Stay, room: String, departure: Day, status: StayStatus?, revenueMinor: Int64?,
                         actor: Actor) throws -> Bool {
        try Self.validateStay(arrival: stay.arrival, departure: departure)
        if let revenueMinor { try Stay.checkRevenue(revenueMinor) }
        let room = room.trimmingCharacters(in: .whitespaces)
        var changed = false
        if room != stay.room || departure != stay.departure || (revenueMinor != nil && revenueMinor != stay.revenueMinor) {
            try db.run("UPDATE stays SET room = ?, departure = ?, revenue_minor = coalesce(?, revenue_minor) WHERE id = ?",
                       [.text(room), .text(departure.description), .int(revenueMinor), .int(stay.id)])
            changed = true
        }
        if let status, status != stay.status {
            guard stay.status.movesOnByImport(to: status) else {
                throw FrontDeskError.invalid("stay #\(stay.id): \(stay.status.refusal(to: status))")
            }
            try recordStatus(of: stay.id, status, revenueMinor: nil, by: actor)
            changed = true
        }
        return changed
    }

    public func stay(id: Int64) throws -> Stay? {
        try db.first("SELECT \(Self.stayColumns) FROM stays WHERE id = ?", [.int(id)], map: decodeStay)
    }

    static func validateStay(arrival: Day, departure: Day) throws {
        if departure < arrival {
            throw FrontDeskError.invalid("the departure \(departure) is before the arrival \(arrival)")
        }
    }

    func insertStay(guestID: Int64, room: String, arrival: Day, departure: Day, status: StayStatus,
                    revenueMinor: Int64 = 0, createdAt: Date, actor: Actor) throws -> Int64 {
        try db.int("""
            INSERT INTO stays (guest_id, property, room, arrival, departure, status,
                               created_by, created_at, created_property, created_terminal, revenue_minor)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
            """, [.int(guestID), .text(actor.property), .text(room.trimmingCharacters(in: .whitespaces)),
                  .text(arrival.description), .text(departure.description), .text(status.rawValue),
                  .text(actor.login), .real(createdAt.unixSeconds), .text(actor.property), .text(actor.terminal),
                  .int(revenueMinor)])
    }

    public func stays(guestIDs: [Int64]) throws -> [Int64: [Stay]] {
        try bySurvivor(guestIDs) { try staysOf($0) }
    }

    /// Stays of guests by their own ids, oldest first; every guest asked for has an entry.
    func staysOf(_ ids: [Int64]) throws -> [Int64: [Stay]] {
        var stays = Dictionary(uniqueKeysWithValues: ids.map { ($0, [Stay]()) })
        try db.each("""
            SELECT \(Self.stayColumns) FROM stays WHERE guest_id IN (\(db.idsOfList)) ORDER BY arrival, id
            """, [SQLValue.jsonList(ids)]) { row in
            let stay = try decodeStay(row)
            stays[stay.guestID, default: []].append(stay)
        }
        return stays
    }

    /// Stays arriving at a property on a day, cancelled ones left out.
    public func arrivingStays(property: String, on day: Day) throws -> [Stay] {
        try db.query("""
            SELECT \(Self.stayColumns) FROM stays WHERE property = ? AND arrival = ? AND status <> 'cancelled'
            ORDER BY id
            """, [.text(property), .text(day.description)], map: decodeStay)
    }

    static let stayColumns = "id, guest_id, property, room, arrival, departure, status, revenue_minor"

    func decodeStay(_ row: any SQLRow) throws -> Stay {
        let owner = "stay #\(row.int(0))"
        return Stay(id: row.int(0), guestID: row.int(1), property: row.text(2), room: row.text(3),
                    arrival: try day(row.text(4), owner), departure: try day(row.text(5), owner),
                    status: try decode(StayStatus(rawValue: row.text(6)), row.text(6), "stay status", owner),
                    revenueMinor: row.int(7))
    }
}
