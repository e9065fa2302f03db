import Foundation
import FrontDeskCore

/// The store's rules and statements, written once for every relational engine: each engine's store
/// (`SQLiteGuestStore`, `PostgresGuestStore`) is this class over its own `SQLDatabase`, adding only
/// how it opens, checks and upgrades its database. One instance is one connection; use it from one
/// thread at a time.
open class SQLGuestStore {
    package let db: any SQLDatabase
    package let now: @Sendable () -> Date

    package init(db: any SQLDatabase, now: @escaping @Sendable () -> Date) {
        self.db = db
        self.now = now
    }

    public var location: String { db.location }

    /// Every write goes through here: all or nothing, the write lock taken up front.
    package func write<T>(_ body: () throws -> T) throws -> T {
        try db.write(body)
    }

    public func changeToken() throws -> Int64 {
        try db.changeToken()
    }
}
