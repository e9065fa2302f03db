import Foundation

/// Loading many records at once: demo hotels, benchmark data and imports. One transaction, all or
/// nothing; the caller gives timestamps and signatures, so generated history can span years and hotels.
public protocol BulkLoading: AnyObject {
    /// Runs `body` with a sink that writes inside one transaction; an error from `body` leaves the data as it was.
    func bulkLoad(_ body: (BulkSink) throws -> Void) throws

    /// Moves the stays the demo generator made (terminal "demo") forward so that the day they were made
    /// becomes `today`, so a demo hotel always has guests in house and arriving. Returns by how many days.
    @discardableResult
    func moveDemoStays(to today: Day, calendar: Calendar) throws -> Int
}

/// Writes inside `BulkLoading.bulkLoad`; valid only during that call. Input is checked as the
/// single-record writes check it.
public protocol BulkSink: AnyObject {
    func addGuest(_ guest: NewGuest, createdAt: Date, actor: Actor) throws -> Int64
    /// Brings a guest's details to `guest` (its VIP level stays as it is), each changed field kept
    /// in the profile's history as an edit would keep it; returns what changed.
    func updateGuest(id: Int64, to guest: NewGuest, actor: Actor) throws -> [GuestChange]
    /// The stay is at the actor's property; `createdAt` nil means now.
    func addStay(guestID: Int64, room: String, arrival: Day, departure: Day, status: StayStatus, revenueMinor: Int64,
                 createdAt: Date?, actor: Actor) throws -> Int64
    /// Brings a stay on file to what a PMS file says of it: room and departure, and the status and
    /// revenue when given (the status only as `StayStatus.movesOnByImport` allows, each move kept in
    /// the stay's history). Returns whether anything changed.
    func updateStay(id: Int64, room: String, departure: Day, status: StayStatus?, revenueMinor: Int64?, actor: Actor) throws -> Bool
    func addPreference(_ preference: NewPreference, recordedAt: Date, actor: Actor) throws -> Int64
    func confirm(preferenceID: Int64, at date: Date, actor: Actor) throws
    func retire(preferenceID: Int64, reason: String, at date: Date, actor: Actor) throws
}

extension BulkSink {
    public func addStay(guestID: Int64, room: String, arrival: Day, departure: Day, status: StayStatus,
                        revenueMinor: Int64 = 0, actor: Actor) throws -> Int64 {
        try addStay(guestID: guestID, room: room, arrival: arrival, departure: departure, status: status,
                    revenueMinor: revenueMinor, createdAt: nil, actor: actor)
    }
}
