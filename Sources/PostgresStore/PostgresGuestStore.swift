import Foundation
import FrontDeskCore
import SQLStore

/// The chain's store: every hotel of a chain on one PostgreSQL database, through libpq. The rules
/// and statements are the SQLite store's (`SQLGuestStore`); this class only opens, checks and
/// upgrades the database. One instance is one connection; use it from one thread at a time.
public final class PostgresGuestStore: SQLGuestStore, FrontDeskStore {
    public static var schemaVersion: Int { PostgresSchema.version }

    let connection: PGConnection
    /// Snapshot reads from a read replica, when one is named.
    let replicaReads: ReplicaReads?
    public var currentSchemaVersion: Int { Self.schemaVersion }

    /// Opens the database a libpq connection string or `postgres://` URL names; with `create`, an
    /// empty database gets frontdesk's schema. `location` is how messages name it (no password).
    /// A `replica` (a streaming standby of the same server) takes the snapshot reads it can answer.
    public init(conninfo: String, location: String, create: Bool, readOnly: Bool = false,
                replica: (conninfo: String, location: String)? = nil,
                now: @escaping @Sendable () -> Date = Date.init) throws {
        let db = try PGConnection(conninfo: conninfo, location: location)
        connection = db
        replicaReads = replica.map { ReplicaReads(primary: db, replicaConninfo: $0.conninfo, replicaLocation: $0.location) }
        super.init(db: replicaReads ?? db, now: now)
        try prepareSchema(create: create)
        if readOnly {
            db.sessionSettings = "SET default_transaction_read_only = on"
            try db.script(db.sessionSettings)
        }
    }

    private func prepareSchema(create: Bool) throws {
        let db = connection
        let hasSchema = try db.int("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema() AND tablename = 'frontdesk_schema'") > 0
        if !hasSchema {
            let others = try db.int("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()")
            if others > 0 {
                throw FrontDeskError.badData("\(location) is not a frontdesk database (it holds another program's tables)")
            }
            guard create else {
                throw FrontDeskError.notFound(
                    "\(location) holds no frontdesk data yet: create it with 'frontdesk db init --db \(location)'")
            }
        }
        let version = hasSchema ? try schemaVersion() : 0
        if version > Self.schemaVersion {
            throw FrontDeskError.badData(
                "\(location) has schema version \(version), newer than the \(Self.schemaVersion) this frontdesk knows: upgrade frontdesk")
        }
        if version < Self.schemaVersion { try migrate() }
    }

    public func close() {
        replicaReads?.close()
        connection.close()
    }

    /// Through `frontdesk_grant_property` (which quotes the role's name itself), and kept in the
    /// database's settings history, in one transaction.
    public func grantProperty(_ code: String, role: String, by actor: Actor) throws {
        try write {
            try db.run("SELECT frontdesk_grant_property(?, ?)", [.text(code), .text(role)])
            try addDatabaseSetting("role " + role, code, by: actor)
        }
    }

    public func schemaVersion() throws -> Int {
        Int(try db.int("SELECT version FROM frontdesk_schema"))
    }

    /// Each step in its own transaction, under a lock every terminal takes: two desk servers
    /// starting a new build at once upgrade the database once.
    @discardableResult
    public func migrate() throws -> Int {
        let first = PostgresSchema.bookkeeping + PostgresSchema.tables + PostgresSecurity.schema
        while true {
            let done: Bool = try db.write {
                try db.run("SELECT pg_advisory_xact_lock(7478213)")
                let exists = try db.int("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema() AND tablename = 'frontdesk_schema'") > 0
                let version = exists ? try schemaVersion() : 0
                guard version < Self.schemaVersion else { return true }
                if version == 0 {
                    // The functions that run with the owner's rights keep this path: the schema, and the
                    // session's temporary tables last, so none can stand in for property_roles or staff.
                    try db.run("SELECT set_config('search_path', quote_ident(current_schema()) || ', pg_temp', true)")
                    try connection.script(first)
                    try db.run("UPDATE frontdesk_schema SET version = ?", [.int(Int64(PostgresSchema.baseline))])
                } else if version < PostgresSchema.baseline {
                    throw FrontDeskError.badData("\(location) has schema version \(version), older than the first chain schema "
                                                 + "(\(PostgresSchema.baseline)): make a new database with 'frontdesk db init' and 'frontdesk db copy'")
                } else {
                    try connection.script(PostgresSchema.later[version - PostgresSchema.baseline])
                    try db.run("UPDATE frontdesk_schema SET version = ?", [.int(Int64(version + 1))])
                }
                return false
            }
            if done { return try schemaVersion() }
        }
    }

    /// What the server does not check for itself: the extension and index search depends on, the
    /// rules the database enforces (`securityProblems`), and the read replica if one is named.
    public func integrityCheck() throws -> [String] {
        var problems: [String] = []
        if try db.int("SELECT count(*) FROM pg_extension WHERE extname = 'pg_trgm'") == 0 {
            problems.append("the pg_trgm extension is missing: substring search cannot work (CREATE EXTENSION pg_trgm)")
        }
        let index = try db.int("""
            SELECT count(*) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
            WHERE c.relname = 'guests_search_text' AND i.indisvalid
            """)
        if index == 0 {
            problems.append("the search index guests_search_text is missing or invalid: REINDEX INDEX guests_search_text")
        }
        problems += try securityProblems()
        if let replica = replicaReads?.replica, let why = replica.check() {
            problems.append("the read replica \(replica.location) needs attention (meanwhile the reads it cannot answer go to the primary): \(why)")
        }
        return problems
    }
}
