import Foundation
import FrontDeskCore
import FrontDeskStores

/// Which hotel a command or the console works on, and who is at the keyboard. One rule for both:
/// the database named with --db (or FRONTDESK_DB), which must exist; else the hotel's own file;
/// else the demo hotel, once it has been opened. A command never creates a database; the console
/// makes the hotel's own file on first use, and `db init` makes any. The property is the one named,
/// else the one the database was made for, else MAIN.
enum Session {
    static func store(_ settings: Settings, creating: Bool = false) throws -> FrontDeskStore {
        if let named = try settings.namedLocation { return try open(named, lent: settings.lent, replica: settings.readReplica) }
        let fm = FileManager.default
        if fm.fileExists(atPath: settings.defaultDatabase) { return try open(.file(settings.defaultDatabase), replica: settings.readReplica) }
        if fm.fileExists(atPath: settings.demoDatabase) {
            let demo = try open(.file(settings.demoDatabase))
            try demo.moveDemoStays(to: Day(Date()), calendar: .current)
            return demo
        }
        guard creating else {
            throw CommandFailure(code: .noInput, message: "no hotel database yet at \(settings.defaultDatabase): open the console once "
                                 + "(frontdesk), try the demo hotel (frontdesk --demo), or name one with --db (make it with 'frontdesk db init')")
        }
        try makeDirectory(settings.dataDirectory)
        return try create(.file(settings.defaultDatabase), settings, property: try settings.property())
    }

    /// A new database, made for `property`.
    static func create(_ location: StoreLocation, _ settings: Settings, property: String) throws -> FrontDeskStore {
        let store = try Stores.open(location, StoreOpeningOptions(create: true))
        try store.setHomeProperty(property, by: Actor(login: settings.login, property: property, terminal: settings.terminal))
        return store
    }

    /// The store, and the desk its user signed in at.
    static func desk(_ settings: Settings) throws -> Desk {
        try desk(on: try store(settings), settings)
    }

    static func desk(on store: FrontDeskStore, _ settings: Settings, fallback: String = "MAIN") throws -> Desk {
        try SignIn.desk(store, try request(on: store, settings, fallback: fallback), pins: PinHasher())
    }

    /// Who signs in where: the property named, else the one the database was made for.
    static func request(on store: FrontDeskStore, _ settings: Settings, fallback: String = "MAIN") throws -> SignIn.Request {
        try settings.signInRequest(defaultProperty: try store.homeProperty() ?? fallback)
    }

    /// Opens an existing database, with the read replica named for it; one that is not there says
    /// how to make it. For a caller the group is lent to, the files must be the group's, never the
    /// caller's own (`lentFilesCheck`).
    static func open(_ location: StoreLocation, lent: Bool = false, replica: StoreLocation? = nil) throws -> FrontDeskStore {
        if lent, case .file(let path) = location { try checkLentFiles(path) }
        do {
            return try Stores.open(location, StoreOpeningOptions(readReplica: replica))
        } catch FrontDeskError.notFound(let message) {
            throw CommandFailure(code: .noInput, message: message + " (make one with 'frontdesk db init --db \(location)')")
        }
    }

    /// A database file a session opens with a lent group must exist with its -wal and -shm, none
    /// of them the caller's own: a file the caller owns (made by their own session) they could
    /// read or change directly, around frontdesk.
    static func checkLentFiles(_ path: String) throws {
        for file in [path, path + "-wal", path + "-shm"] {
            var info = stat()
            guard stat(file, &info) == 0 else {
                throw CommandFailure(code: .unavailable, message: "\(file) is missing: someone in the data's group runs "
                                     + "'frontdesk db check' on this server once to make it (ask whoever runs this server)")
            }
            if info.st_uid == getuid() {
                throw CommandFailure(code: .notPermitted, message: "\(file) belongs to you, so it is not kept from you: "
                                     + "whoever runs this server gives it to root (chown root '\(file)')")
            }
        }
    }

    static func makeDirectory(_ path: String) throws {
        do {
            let existed = FileManager.default.fileExists(atPath: path)
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
            // The hotel's data directory is its owner's alone, whatever the umask.
            if !existed { chmod(path, 0o700) }
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
