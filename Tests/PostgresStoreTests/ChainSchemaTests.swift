import Foundation
import FrontDeskCore
import PostgresStore
import PostgresTestServer
import Testing

/// Opening a chain database: frontdesk's own schema is made once and checked each time; what is
/// not frontdesk's, or too old or too new for it, is refused by name and left as it was.
@Suite(.enabled(if: !PostgresTestServer.isSkipped)) struct ChainSchemaTests {
    func refusal(_ database: String, create: Bool = false) throws -> String {
        do {
            _ = try PostgresGuestStore(conninfo: try ChainDatabase.server().conninfo(database: database), location: database, create: create)
            return "opened"
        } catch let error as FrontDeskError {
            return error.description
        }
    }

    /// What `db check` expects of the database's own rules is what a new database has.
    @Test func dbCheckExpectsTheRulesANewDatabaseHas() throws {
        let database = try ChainDatabase.fresh()
        let server = try ChainDatabase.server()
        let secured = try server.psql("SELECT string_agg(relname, ' ' ORDER BY relname) FROM pg_class WHERE relrowsecurity", database: database)
        #expect(secured.trimmingCharacters(in: .whitespacesAndNewlines) == PostgresGuestStore.rowSecured.sorted().joined(separator: " "))
        let triggers = try server.psql("""
            SELECT string_agg(c.relname || '.' || t.tgname, ' ' ORDER BY c.relname, t.tgname)
            FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid WHERE NOT t.tgisinternal
            """, database: database)
        #expect(triggers.trimmingCharacters(in: .whitespacesAndNewlines)
                == PostgresGuestStore.historyTriggers.map { $0.table + "." + $0.trigger }.sorted().joined(separator: " "))
    }

    @Test func anEmptyDatabaseIsMadeOnlyWhenAskedAndAnotherProgramsIsLeftAlone() throws {
        let server = try ChainDatabase.server()
        let empty = try server.createDatabase()
        #expect(try refusal(empty).contains("holds no frontdesk data yet: create it with 'frontdesk db init"))
        #expect(try refusal(empty, create: true) == "opened")
        #expect(try ChainDatabase.open(empty).schemaVersion() == PostgresGuestStore.schemaVersion)

        let other = try server.createDatabase()
        try server.psql("CREATE TABLE invoices (id int)", database: other)
        #expect(try refusal(other, create: true).contains("is not a frontdesk database (it holds another program's tables)"))
        #expect(try server.psql("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'", database: other)
            .trimmingCharacters(in: .whitespacesAndNewlines) == "1", "nothing was added to it")
    }

    @Test func aSchemaTooOldOrTooNewIsRefusedByItsVersion() throws {
        let server = try ChainDatabase.server()
        let old = try ChainDatabase.fresh()
        try server.psql("UPDATE frontdesk_schema SET version = 5", database: old)
        #expect(try refusal(old).contains("has schema version 5, older than the first chain schema"))
        let new = try ChainDatabase.fresh()
        try server.psql("UPDATE frontdesk_schema SET version = 999", database: new)
        #expect(try refusal(new).contains("has schema version 999, newer than the \(PostgresGuestStore.schemaVersion) this frontdesk knows"))
    }

    @Test func historyIsAppendOnlyEvenForTheOwner() throws {
        let database = try ChainDatabase.fresh()
        let store = try ChainDatabase.open(database)
        let desk = Actor(login: "ana", property: "LIS", terminal: "t1")
        let guest = try store.addGuest(NewGuest(givenName: "Ana", familyName: "Lima"), by: desk)
        _ = try store.logComplaint(NewComplaint(guestID: guest, category: .noise, summary: "Bar"), policy: FollowUpPolicy(), by: desk)
        for (sql, refusal) in [("UPDATE complaint_entries SET text = 'x'", "complaint entries are never edited"),
                               ("DELETE FROM complaint_entries", "complaint entries are never deleted"),
                               ("DELETE FROM guests", "guests are never deleted")] {
            do {
                try ChainDatabase.server().psql(sql, database: database)
                Issue.record("\(sql) was allowed")
            } catch {
                #expect("\(error)".contains(refusal), "\(error)")
            }
        }
    }
}
