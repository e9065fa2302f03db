import Foundation
import PostgresTestServer
import Testing

let chainEnabled = endToEndEnabled && !PostgresTestServer.isSkipped

/// Two hotels of a chain on one PostgreSQL database, each with its own consoles: what one learns
/// about a guest shows at the other while its profile is open; what is for one hotel stays there;
/// complaints reach only their own hotel's queue.
@Suite(.enabled(if: chainEnabled, "FRONTDESK_SKIP_E2E=1 or FRONTDESK_SKIP_POSTGRES=1 was set"))
struct ChainEndToEndTests {
    /// Lisbon and New York on a new chain database, each with a supervisor and an associate, and
    /// each desk connecting with its hotel's own database role, made with `db grant-property`.
    func chain() throws -> (lisbon: Hotel, newYork: Hotel) {
        let server = try PostgresTestServer.shared()
        let database = try server.createDatabase()
        let chainURL = server.url(database: database)
        let headOffice = try Hotel(database: chainURL, property: "LIS")
        let db = ["--db", chainURL]
        try headOffice.expectOK(headOffice.run(["db", "init"] + db, as: Hotel.osUser))
        try headOffice.expectOK(headOffice.run(["staff", "add", "sam", "--name", "Sam Admin", "--role", "administrator"] + db, as: Hotel.osUser))
        var hotels: [Hotel] = []
        for (property, staff) in [("LIS", [("maria.s", "associate"), ("sue", "supervisor")]),
                                  ("NYC", [("noah", "associate"), ("nick", "supervisor")])] {
            let role = "\(database)_\(property.lowercased())"
            let granted = try headOffice.run(["db", "grant-property", property, "--role", role] + db, as: "sam")
            try headOffice.expectOK(granted)
            #expect(granted.output.contains("Role \(role) now works at \(property)"))
            let hotel = try Hotel(database: server.url(database: database, user: role), property: property)
            for (login, role) in staff {
                try hotel.expectOK(hotel.run(["staff", "add", login, "--name", login, "--role", role, "--property", property,
                                              "--db", hotel.database], as: "sam"))
            }
            hotels.append(hotel)
        }
        return (hotels[0], hotels[1])
    }

    @Test func whatOneHotelLearnsShowsAtTheOtherWhileItsComplaintsStayHome() throws {
        let (lisbon, newYork) = try chain()
        let guest = String(try lisbon.addGuest(["--given", "Ana", "--family", "Lima"]))

        let lis = try lisbon.console(as: "maria.s")
        let nyc = try newYork.console(as: "noah")
        try lis.openGuest("ana lima", named: "Ana Lima")
        try nyc.openGuest("ana lima", named: "Ana Lima")

        // A preference for every hotel, saved in Lisbon, appears on New York's open profile.
        try lis.press("p")
        try lis.waitFor("Preference pad")
        try lis.type("Feather pillows, never foam")
        try lis.press("C-s")
        try lis.waitFor("Saved to Bedding")
        try nyc.waitFor("Feather pillows, never foam", seconds: 2)

        // One for Lisbon only shows there, not in New York.
        try lisbon.expectOK(lisbon.run(["prefs", "add", guest, "--category", "room", "--detail", "Corner room facing the river",
                                        "--property", "LIS", "--db", lisbon.database]))
        try lis.waitFor("Corner room facing the river", seconds: 2)
        // New York heard the same notice and read the profile again: the Lisbon-only note is not on it.
        usleep(1_000_000)
        #expect(try !nyc.screen().contains("Corner room"), "a Lisbon-only preference is not shown in New York")
        try nyc.press("Escape")
        try nyc.waitFor("Find guest: ana lima")
        try nyc.press("Enter")
        try nyc.waitFor("Guest profile")
        #expect(try !nyc.screen().contains("Corner room"), "nor when the profile is opened again")
        #expect(try nyc.screen().contains("Feather pillows, never foam"))

        // A complaint logged in Lisbon reaches Lisbon's queue, live, and not New York's.
        let lisbonQueue = try lisbon.console(as: "sue")
        try lisbonQueue.waitFor("Find guest:")
        try lisbonQueue.press("F4")
        try lisbonQueue.waitFor("Complaint queue")
        let newYorkQueue = try newYork.console(as: "nick")
        try newYorkQueue.waitFor("Find guest:")
        try newYorkQueue.press("F4")
        try newYorkQueue.waitFor("Complaint queue")

        try lis.press("c")
        try lis.waitFor("What happened?")
        try lis.type("Shower cold since 6am")
        try lis.press("C-s")
        try lis.waitFor("Complaint logged")
        try lisbonQueue.waitFor("Shower cold since 6am", seconds: 2)
        usleep(1_500_000)
        #expect(try !newYorkQueue.screen().contains("Shower cold"), "New York's queue does not list Lisbon's complaint")
    }

    @Test func theConsoleRidesOutAKilledBackendAndARestartWithTheNoteIntact() throws {
        let server = try PostgresTestServer.startPrivate()
        defer { try? server.stop() }
        let database = try server.createDatabase()
        let hotel = try Hotel(database: server.url(database: database), property: "LIS")
        try hotel.expectOK(hotel.run(["db", "init", "--db", hotel.database], as: Hotel.osUser))
        let guest = String(try hotel.addGuest(["--given", "Ana", "--family", "Lima"], as: Hotel.osUser))
        let desk = try hotel.console(as: Hotel.osUser)
        try desk.openGuest("ana lima", named: "Ana Lima")

        // Its backend killed mid-note: the save goes through on a new connection, once.
        try desk.press("p")
        try desk.type("Extra towels every evening")
        try server.psql("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '\(database)' AND pid <> pg_backend_pid()")
        try desk.press("C-s")
        try desk.waitFor("Saved to")

        // The server stops mid-note: the status line says so, the save is refused clearly, the note stays.
        try desk.press("p")
        try desk.type("Late checkout at 2pm")
        try server.stop()
        try desk.waitFor("Database unreachable, reconnecting", seconds: 3)
        try desk.press("C-s")
        let refused = try desk.waitFor("Not saved: the database cannot be reached")
        #expect(refused.contains("Late checkout at 2pm"), "the note is still on the pad")
        try server.start()
        try desk.waitFor("Reconnected to the database", seconds: 8)
        try desk.press("C-s")
        try desk.waitFor("Saved to")

        let listed = try hotel.run(["prefs", "list", guest, "--db", hotel.database], as: Hotel.osUser)
        try hotel.expectOK(listed)
        #expect(listed.output.components(separatedBy: "Extra towels every evening").count == 2, "saved once")
        #expect(listed.output.components(separatedBy: "Late checkout at 2pm").count == 2, "saved once, after the restart")
    }

    @Test func aHotelsFileIsCopiedIntoTheChainWithTheCommandLine() throws {
        let server = try PostgresTestServer.shared()
        let chainURL = server.url(database: try server.createDatabase())
        let lisbon = try Hotel(property: "LIS").seeded()
        _ = try lisbon.addGuest(["--given", "Søren", "--family", "Kierkegaard"], as: Hotel.osUser)
        try lisbon.expectOK(lisbon.run(["db", "init", "--db", chainURL], as: Hotel.osUser))

        let copied = try lisbon.run(["db", "copy", "--from", lisbon.database, "--to", chainURL], as: Hotel.osUser)
        try lisbon.expectOK(copied)
        #expect(copied.output.contains("Copied \(lisbon.database) into"), "\(copied.output)")
        #expect(copied.output.split(separator: "\n").contains { $0.split(separator: " ") == ["guests", "1", "1"] }, "\(copied.output)")
        #expect(copied.error.isEmpty, "no progress line when standard error is not a terminal: \(copied.error)")
        let found = try lisbon.run(["guests", "search", "soren", "--db", chainURL], as: Hotel.osUser)
        #expect(found.output.contains("Søren Kierkegaard"), "\(found.output)")
    }
}
