import Foundation
import FrontDeskCore
import SQLiteStore

/// Opens the database a command works on. A file the user named must already exist:
/// a typo never silently starts an empty hotel. Only the default file is created on first use.
enum StoreOpening {
    static func open(_ settings: Settings) throws -> SQLiteGuestStore {
        if let named = settings.namedDatabase {
            return try open(path: named, create: false)
        }
        try makeDirectory(settings.dataDirectory)
        return try open(path: settings.defaultDatabase, create: true)
    }

    static func open(path: String, create: Bool) throws -> SQLiteGuestStore {
        do {
            return try SQLiteGuestStore(path: path, create: create)
        } catch let error as FrontDeskError {
            throw CommandFailure(error)
        }
    }

    static func makeDirectory(_ path: String) throws {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw CommandFailure(code: .notPermitted, message: "cannot create the data directory \(path): \(error.localizedDescription)")
        }
    }
}

extension CommandFailure {
    /// Maps the core's errors to exit codes a script can act on.
    init(_ error: FrontDeskError) {
        switch error {
        case .invalid(let m): self.init(code: .badData, message: m)
        case .notFound(let m): self.init(code: .noInput, message: m)
        case .badData(let m): self.init(code: .badData, message: m)
        case .unavailable(let m): self.init(code: .unavailable, message: m)
        case .notPermitted(let m): self.init(code: .notPermitted, message: m)
        }
    }
}
