import Foundation
import FrontDeskCore
import PostgresStore
import PostgresTestServer

/// A primary of the tests' own with a streaming standby following it, for the tests of reading
/// from a replica. Its databases are copies of a template that already holds frontdesk's schema.
struct ReplicaPair: Sendable {
    let primary: PostgresTestServer
    let standby: PostgresTestServer
    let template: String

    /// The pair the store contract shares: started on first use, stopped at exit. Its standby
    /// always follows.
    static func shared() throws -> ReplicaPair { try sharedPair.get() }
    private static let sharedPair = Result { try ReplicaPair() }

    /// The pair of the tests that pause its standby's replay, one test at a time.
    static func pausable() throws -> ReplicaPair { try pausablePair.get() }
    private static let pausablePair = Result { try ReplicaPair() }

    /// A pair of its own, for a test that stops its standby.
    init() throws {
        primary = try PostgresTestServer.startPrivate()
        template = try primary.createDatabase()
        try PostgresGuestStore(conninfo: primary.conninfo(database: template), location: template, create: true).close()
        standby = try primary.startStandby()
    }

    /// A new database with frontdesk's schema and no data, already on the standby too.
    func fresh() throws -> String {
        let name = try primary.createDatabase(template: template)
        try standby.waitForReplay(of: primary)
        return name
    }

    /// A terminal on `database` that reads from the standby when it can.
    func open(_ database: String, user: String = "postgres", replica: String? = nil) throws -> PostgresGuestStore {
        try PostgresGuestStore(conninfo: primary.conninfo(database: database, user: user), location: database, create: false,
                               replica: (replica ?? standby.conninfo(database: database, user: user), "replica of \(database)"))
    }

    /// A terminal on `database` that reads from the primary alone.
    func openPrimaryOnly(_ database: String) throws -> PostgresGuestStore {
        try PostgresGuestStore(conninfo: primary.conninfo(database: database), location: database, create: false)
    }

    /// Changes a row behind frontdesk's back, on the primary: no terminal is told of it.
    func quietly(_ sql: String, in database: String) throws {
        try primary.psql(sql, database: database)
    }
}
