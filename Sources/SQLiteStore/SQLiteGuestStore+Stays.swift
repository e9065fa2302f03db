import Foundation
import FrontDeskCore

extension SQLiteGuestStore {
    /// The stay is at the actor's property: the desk records stays for its own hotel.
    public func addStay(guestID: Int64, room: String, arrival: Day, departure: Day, status: StayStatus,
                        by actor: Actor) throws -> Int64 {
        try Self.validateStay(arrival: arrival, departure: departure)
        return try write {
            try requireGuest(guestID)
            return try insertStay(guestID: guestID, room: room, arrival: arrival, departure: departure,
                                  status: status, createdAt: now(), actor: actor)
        }
    }

    static func validateStay(arrival: Day, departure: Day) throws {
        if departure < arrival {
            throw FrontDeskError.invalid("the departure \(departure) is before the arrival \(arrival)")
        }
    }

    func insertStay(guestID: Int64, room: String, arrival: Day, departure: Day, status: StayStatus,
                    createdAt: Date, actor: Actor) throws -> Int64 {
        try db.run("""
            INSERT INTO stays (guest_id, property, room, arrival, departure, status,
                               created_by, created_at, created_property, created_terminal)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [.int(guestID), .text(actor.property), .text(room.trimmingCharacters(in: .whitespaces)),
                  .text(arrival.description), .text(departure.description), .text(status.rawValue),
                  .text(actor.login), .real(createdAt.unixSeconds), .text(actor.property), .text(actor.terminal)])
        return db.lastInsertRowID
    }

    func stays(guestID: Int64) throws -> [Stay] {
        try db.query("""
            SELECT id, property, room, arrival, departure, status FROM stays
            WHERE guest_id = ? ORDER BY arrival, id
            """, [.int(guestID)]) { row in
            let owner = "stay #\(row.int(0))"
            return Stay(id: row.int(0), guestID: guestID, property: row.text(1), room: row.text(2),
                        arrival: try day(row.text(3), owner), departure: try day(row.text(4), owner),
                        status: try decode(StayStatus(rawValue: row.text(5)), row.text(5), "stay status", owner))
        }
    }
}
