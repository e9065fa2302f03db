import Foundation
import FrontDeskCore
import PostgresStore
import PostgresTestServer

/// Databases on the tests' own PostgreSQL server: each new one is a copy of a template that already
/// holds frontdesk's schema, so a test starts from an empty chain database in a few milliseconds.
enum ChainDatabase {
    static func server() throws -> PostgresTestServer { try PostgresTestServer.shared() }

    private static let template = Result<String, Error> {
        let server = try PostgresTestServer.shared()
        let name = try server.createDatabase()
        try PostgresGuestStore(conninfo: server.conninfo(database: name), location: name, create: true).close()
        return name
    }

    /// A new database with frontdesk's schema and no data; its name.
    static func fresh() throws -> String {
        try server().createDatabase(template: try template.get())
    }

    /// A connection to the database `name`, as the given role (the superuser by default).
    static func open(_ name: String, user: String = "postgres", now: @escaping @Sendable () -> Date = Date.init) throws -> PostgresGuestStore {
        try PostgresGuestStore(conninfo: try server().conninfo(database: name, user: user), location: name, create: false, now: now)
    }
}
