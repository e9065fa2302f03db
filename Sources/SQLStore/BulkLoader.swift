import Foundation
import FrontDeskCore

extension SQLGuestStore {
    /// Loads demo or benchmark data in one transaction with cached statements: a million guests
    /// in minutes. All or nothing: an error from `body` leaves the database as it was. The engine
    /// relaxes what it can for the load and restores it (`SQLDatabase.bulkLoading`).
    public func bulkLoad(_ body: (BulkSink) throws -> Void) throws {
        try db.bulkLoading {
            let loader = BulkLoader(store: self)
            defer { loader.isOpen = false }
            try body(loader)
        }
    }
}

/// Writes inside `SQLGuestStore.bulkLoad`; only valid during the call.
/// Timestamps and actors are given, so generated history can span years and properties.
final class BulkLoader: BulkSink {
    private let store: SQLGuestStore
    private let keyMemo = SearchKeyMemo()
    fileprivate var isOpen = true

    fileprivate init(store: SQLGuestStore) { self.store = store }

    private func requireOpen() {
        precondition(isOpen, "a BulkLoader is only valid inside bulkLoad")
    }

    func addGuest(_ guest: NewGuest, createdAt: Date, actor: Actor) throws -> Int64 {
        requireOpen()
        return try store.insertGuest(try guest.validated(), createdAt: createdAt, actor: actor, keyMemo: keyMemo)
    }

    func updateGuest(id: Int64, to guest: NewGuest, actor: Actor) throws -> [GuestChange] {
        requireOpen()
        guard let current = try store.guest(id: id) else { throw FrontDeskError.notFound("no guest #\(id)") }
        var edited = try guest.validated()
        edited.vip = current.vip
        return try store.applyUpdate(id: current.id, from: NewGuest(current), to: edited, by: actor)
    }

    /// The stay is at the actor's property; without `createdAt`, stamped with the store's clock.
    func addStay(guestID: Int64, room: String, arrival: Day, departure: Day, status: StayStatus,
                 revenueMinor: Int64, createdAt: Date?, actor: Actor) throws -> Int64 {
        requireOpen()
        try SQLGuestStore.validateStay(arrival: arrival, departure: departure)
        try Stay.checkRevenue(revenueMinor)
        return try store.insertStay(guestID: guestID, room: room, arrival: arrival, departure: departure,
                                    status: status, revenueMinor: revenueMinor, createdAt: createdAt ?? store.now(), actor: actor)
    }

    func updateStay(id: Int64, room: String, departure: Day, status: StayStatus?, revenueMinor: Int64?, actor: Actor) throws -> Bool {
        requireOpen()
        guard let stay = try store.stay(id: id) else { throw FrontDeskError.notFound("no stay #\(id)") }
        return try store.applyStayUpdate(stay, room: room, departure: departure, status: status, revenueMinor: revenueMinor, actor: actor)
    }

    func addPreference(_ preference: NewPreference, recordedAt: Date, actor: Actor) throws -> Int64 {
        requireOpen()
        return try store.insertPreference(try preference.validated(), recordedAt: recordedAt, actor: actor)
    }

    func confirm(preferenceID: Int64, at date: Date, actor: Actor) throws {
        requireOpen()
        try store.appendEvent(preferenceID: preferenceID, kind: "confirmed", reason: nil, at: date, actor: actor)
    }

    func retire(preferenceID: Int64, reason: String, at date: Date, actor: Actor) throws {
        requireOpen()
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        if reason.isEmpty { throw FrontDeskError.invalid("retiring preference #\(preferenceID) needs a reason") }
        try store.appendEvent(preferenceID: preferenceID, kind: "retired", reason: reason, at: date, actor: actor)
    }
}
