import Foundation
import FrontDeskCore
import FrontDeskOutput
import FrontDeskStores

/// `frontdesk db init|migrate|check`: for the engineers who run the servers.
enum DatabaseCommand {
    static func run(_ args: Arguments, settings: Settings) throws {
        try args.allowOnly([], command: "db")
        let words = Array(args.words.dropFirst())
        guard words.count == 1 else { throw CommandFailure.usage("db needs one command: init, migrate or check") }
        switch words[0] {
        case "init":
            guard let location = settings.namedLocation else { throw CommandFailure.usage("db init needs --db PATH") }
            if case .file(let path) = location, FileManager.default.fileExists(atPath: path) {
                throw CommandFailure(code: .notPermitted, message: "\(path) already exists; db init only creates new databases")
            }
            let store = try Stores.open(location, StoreOpeningOptions(create: true))
            Output.print("Created \(store.location) (schema \(try store.schemaVersion())).")
        case "migrate":
            let store = try Session.store(settings)
            Output.print("Schema is at version \(try store.migrate()).")
        case "check":
            let store = try Session.store(settings)
            let problems = try store.integrityCheck()
            guard problems.isEmpty else {
                throw CommandFailure(code: .badData, message: "integrity check failed:\n" + problems.joined(separator: "\n"))
            }
            Output.print("ok: schema \(try store.schemaVersion()), \(try store.guestCount()) guests")
        default:
            throw CommandFailure.usage("unknown db command '\(words[0])' (init, migrate, check)")
        }
    }
}
