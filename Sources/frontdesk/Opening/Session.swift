import Foundation
import FrontDeskCore
import FrontDeskStores

/// Opens the store a command works on and signs its user in. A database the user named must already
/// exist: a typo never silently starts an empty hotel. Only the default file is created on first use.
enum Session {
    static func store(_ settings: Settings) throws -> FrontDeskStore {
        if let named = settings.namedLocation { return try Stores.open(named) }
        try makeDirectory(settings.dataDirectory)
        return try Stores.open(.file(settings.defaultDatabase), StoreOpeningOptions(create: true))
    }

    /// The store, and the desk its user signed in at.
    static func desk(_ settings: Settings, defaultProperty: String = "MAIN") throws -> Desk {
        try desk(on: try store(settings), settings, defaultProperty: defaultProperty)
    }

    static func desk(on store: FrontDeskStore, _ settings: Settings, defaultProperty: String = "MAIN") throws -> Desk {
        try SignIn.desk(store, try settings.signInRequest(defaultProperty: defaultProperty), pins: PinHasher())
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
