import CSQLite
import Foundation
import FrontDeskCore
@testable import SQLiteStore
@testable import SQLStore

let desk = Actor(login: "ana", property: "LIS", terminal: "desk-1")

/// The FrontDeskError a call fails with, or nil when it succeeds.
func frontDeskError<T>(_ body: () throws -> T) -> FrontDeskError? {
    do {
        _ = try body()
        return nil
    } catch let error as FrontDeskError {
        return error
    } catch {
        return .unavailable("not a FrontDeskError: \(error)")
    }
}

extension FrontDeskError {
    var kind: String {
        switch self {
        case .invalid: return "invalid"
        case .notFound: return "notFound"
        case .badData: return "badData"
        case .unavailable: return "unavailable"
        case .notPermitted: return "notPermitted"
        }
    }
}

extension SQLiteGuestStore {
    @discardableResult
    func addGuest(_ given: String, _ family: String) throws -> Int64 {
        try addGuest(NewGuest(givenName: given, familyName: family), by: desk)
    }

    /// A pragma's value as text, read through the store's own connection.
    func pragma(_ name: String) throws -> String {
        try db.first("PRAGMA \(name)") { $0.text(0) } ?? ""
    }
}

/// A plain SQLite connection, as another program would open the file.
func rawConnection(_ path: String, busyTimeoutMilliseconds: Int32 = 5000) throws -> SQLiteConnection {
    try SQLiteConnection(path: path, flags: rawReadWriteCreate, busyTimeoutMilliseconds: busyTimeoutMilliseconds)
}

let fileManager = FileManager.default

let rawReadWriteCreate = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE
