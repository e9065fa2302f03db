import Foundation
import FrontDeskCore
import SQLiteStore

/// `frontdesk db init|migrate|check`: for the engineers who run the servers.
enum DatabaseCommand {
    static func run(_ args: Arguments, settings: Settings) throws {
        try args.allowOnly([], command: "db")
        let words = Array(args.words.dropFirst())
        guard words.count == 1 else { throw CommandFailure.usage("db needs one command: init, migrate or check") }
        switch words[0] {
        case "init":
            guard let path = settings.namedDatabase else { throw CommandFailure.usage("db init needs --db PATH") }
            if FileManager.default.fileExists(atPath: path) {
                throw CommandFailure(code: .notPermitted, message: "\(path) already exists; db init only creates new databases")
            }
            let store = try StoreOpening.open(path: path, create: true)
            Output.print("Created \(path) (schema \(try store.schemaVersion())).")
        case "migrate":
            // Opening applies any migrations that are due, each in its own transaction.
            let store = try StoreOpening.open(settings)
            Output.print("Schema is at version \(try store.schemaVersion()).")
        case "check":
            let store = try StoreOpening.open(settings)
            let problems = try store.integrityCheck()
            if problems.isEmpty {
                Output.print("ok: schema \(try store.schemaVersion()), \(try store.guestCount()) guests")
            } else {
                throw CommandFailure(code: .badData, message: "integrity check failed:\n" + problems.joined(separator: "\n"))
            }
        default:
            throw CommandFailure.usage("unknown db command '\(words[0])' (init, migrate, check)")
        }
    }
}
