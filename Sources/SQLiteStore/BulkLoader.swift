import Foundation
import FrontDeskCore

extension SQLiteGuestStore: BulkLoading {
    /// Loads demo or benchmark data in one transaction with cached statements: a million guests
    /// in minutes. All or nothing: an error from `body` leaves the file as it was.
    /// `synchronous` is relaxed for the load (a crash loses the load, never the file) and restored to FULL.
    public func bulkLoad(_ body: (BulkSink) throws -> Void) throws {
        let cacheSize = try db.int("PRAGMA cache_size")
        try db.run("PRAGMA synchronous = OFF")
        try db.run("PRAGMA cache_size = -262144") // 256 MiB: fewer pages spilled to the WAL mid-transaction
        defer {
            try? db.run("PRAGMA cache_size = \(cacheSize)")
            try? db.run("PRAGMA synchronous = FULL")
        }
        try write {
            let loader = BulkLoader(store: self)
            defer { loader.isOpen = false }
            try body(loader)
            // Merge the trigram index's many segments into one: substring search reads one b-tree, not dozens.
            try db.run("INSERT INTO guest_search (guest_search) VALUES ('optimize')")
        }
        // Fold the large WAL back into the file and shrink it. The load is already committed, so a
        // checkpoint held up by a reader is no failure: SQLite finishes it at a later commit or close.
        try? db.run("PRAGMA wal_checkpoint(TRUNCATE)")
    }
}

/// Writes inside `SQLiteGuestStore.bulkLoad`; only valid during the call.
/// Timestamps and actors are given, so generated history can span years and properties.
final class BulkLoader: BulkSink {
    private let store: SQLiteGuestStore
    private let keyMemo = SearchKeyMemo()
    fileprivate var isOpen = true

    fileprivate init(store: SQLiteGuestStore) { self.store = store }

    private func requireOpen() {
        precondition(isOpen, "a BulkLoader is only valid inside bulkLoad")
    }

    func addGuest(_ guest: NewGuest, createdAt: Date, actor: Actor) throws -> Int64 {
        requireOpen()
        return try store.insertGuest(try guest.validated(), createdAt: createdAt, actor: actor, keyMemo: keyMemo)
    }

    /// The stay is at the actor's property; without `createdAt`, stamped with the store's clock.
    func addStay(guestID: Int64, room: String, arrival: Day, departure: Day, status: StayStatus,
                 revenueMinor: Int64, createdAt: Date?, actor: Actor) throws -> Int64 {
        requireOpen()
        try SQLiteGuestStore.validateStay(arrival: arrival, departure: departure)
        try Stay.checkRevenue(revenueMinor)
        return try store.insertStay(guestID: guestID, room: room, arrival: arrival, departure: departure,
                                    status: status, revenueMinor: revenueMinor, createdAt: createdAt ?? store.now(), actor: actor)
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
