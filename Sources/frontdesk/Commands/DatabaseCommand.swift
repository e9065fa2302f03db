import Foundation
import FrontDeskCore
import FrontDeskOutput
import FrontDeskStores

/// `frontdesk db init|migrate|check`: for the engineers who run the servers.
enum DatabaseCommand {
    static func initialise(_ operands: [String], _ args: Arguments, settings: Settings) throws {
        try noOperands(operands, "init")
        // Without --db: the hotel's own file, which the console and commands then use.
        let location = try settings.namedLocation ?? .file(settings.defaultDatabase)
        if case .file(let path) = location {
            if FileManager.default.fileExists(atPath: path) {
                throw CommandFailure(code: .notPermitted, message: "\(path) already exists; db init only creates new databases")
            }
            // The hotel's own file, or the one the system configuration names: its folder is made
            // (the owner's alone); a path typed with --db must lead somewhere already.
            if settings.userNamedLocation == nil { try Session.makeDirectory((path as NSString).deletingLastPathComponent) }
        } else if let existing = try? Stores.open(location) {
            throw CommandFailure(code: .notPermitted, message: "\(location) already holds frontdesk data (schema \(try existing.schemaVersion())); "
                                 + "db init only creates new databases: 'frontdesk db migrate' upgrades one")
        }
        let property = try settings.property()
        let store = try Session.create(location, settings, property: property)
        Output.print("Created \(store.location) for \(property) (schema \(try store.schemaVersion())).")
    }

    static func migrate(_ operands: [String], _ args: Arguments, settings: Settings) throws {
        try noOperands(operands, "migrate")
        let store = try Session.store(settings)
        Output.print("Schema is at version \(try store.migrate()).")
    }

    static func check(_ operands: [String], _ args: Arguments, settings: Settings) throws {
        try noOperands(operands, "check")
        let store = try Session.store(settings)
        for warning in store.accessWarnings() { Output.note("warning: " + warning) }
        let problems = try store.integrityCheck()
        guard problems.isEmpty else {
            throw CommandFailure(code: .badData, message: "integrity check failed:\n" + problems.joined(separator: "\n"))
        }
        let replica = settings.readReplica.map { "; search and profiles are read from the replica \($0)" } ?? ""
        Output.print("ok: schema \(try store.schemaVersion()), \(try store.guestCount()) guests" + replica)
    }

    static func grantProperty(_ operands: [String], _ args: Arguments, settings: Settings) throws {
        guard operands.count == 1, let code = operands.first else {
            throw CommandFailure.usage("db grant-property takes one property code: db grant-property LIS --role lisbon_desk")
        }
        guard let role = args.option("role") else { throw CommandFailure.usage("db grant-property needs --role NAME") }
        let desk = try Session.desk(settings)
        try desk.grantProperty(code, role: role)
        Output.print("Role \(role) now works at \(code.uppercased()): it sees that hotel's complaints, traces, stays and settings, and the chain's guests.")
    }

    static func copy(_ operands: [String], _ args: Arguments, settings: Settings) throws {
        try noOperands(operands, "copy")
        guard let from = args.option("from"), let to = args.option("to") else {
            throw CommandFailure.usage("db copy needs --from PATH|URL and --to PATH|URL")
        }
        let source = try Stores.open(StoreLocation(from))
        let toLocation = StoreLocation(to)
        let property = args.option("property")
        let target: FrontDeskStore
        if case .file(let path) = toLocation, !FileManager.default.fileExists(atPath: path) {
            target = try Session.create(toLocation, settings, property: property?.uppercased() ?? settings.property())
        } else {
            target = try Stores.open(toLocation)
        }
        let desk = try Session.desk(on: target, settings)
        let bar = ProgressLine()
        let counts = try desk.copy(from: source, property: property) { bar.show($0.table, done: $0.rows, of: $0.total) }
        bar.finish()
        Output.print(Table.text(["table", "read", "added"], counts.map { [$0.table, String($0.read), String($0.added)] }))
        let kept = counts.filter { $0.added < $0.read }.map { "\($0.read - $0.added) \($0.table)" }
        Output.print("Copied \(source.location) into \(target.location): every table's rows counted on both sides"
                     + (kept.isEmpty ? "." : "; the destination kept its own \(kept.joined(separator: ", ")) of the same name."))
    }

    private static func noOperands(_ operands: [String], _ verb: String) throws {
        guard operands.isEmpty else { throw CommandFailure.usage("db \(verb) takes no operands; name the database with --db") }
    }
}
