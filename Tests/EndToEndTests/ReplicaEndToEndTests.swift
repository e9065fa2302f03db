import Foundation
import PostgresTestServer
import Testing

/// A hotel far from the chain's database reads from a streaming replica near it: its console
/// finds guests and shows what other hotels learn, live, even while the replica lags, and
/// `db check` says whether the replica is in use.
@Suite(.enabled(if: chainEnabled, "FRONTDESK_SKIP_E2E=1 or FRONTDESK_SKIP_POSTGRES=1 was set"))
struct ReplicaEndToEndTests {
    @Test func aHotelReadingFromAReplicaSeesWhatTheChainLearnsLive() throws {
        let primary = try PostgresTestServer.startPrivate()
        defer { try? primary.stop() }
        let database = try primary.createDatabase()
        let chainURL = primary.url(database: database)
        let headOffice = try Hotel(database: chainURL, property: "NYC")
        try headOffice.expectOK(headOffice.run(["db", "init", "--db", chainURL], as: Hotel.osUser))
        try headOffice.expectOK(headOffice.run(["staff", "add", "sam", "--name", "Sam Admin", "--role", "administrator", "--db", chainURL],
                                               as: Hotel.osUser))
        let role = "\(database)_lis"
        try headOffice.expectOK(headOffice.run(["db", "grant-property", "LIS", "--role", role, "--db", chainURL], as: "sam"))
        let guest = String(try headOffice.addGuest(["--given", "Ana", "--family", "Lima"], as: "sam"))
        let standby = try primary.startStandby()
        defer { try? standby.stop() }
        try standby.waitForReplay(of: primary)

        let lisbon = try Hotel(database: primary.url(database: database, user: role), property: "LIS")
        lisbon.extraEnvironment["FRONTDESK_READ_DB"] = standby.url(database: database, user: role)
        try lisbon.expectOK(lisbon.run(["staff", "add", "maria.s", "--name", "Maria", "--role", "associate", "--property", "LIS",
                                        "--db", lisbon.database], as: "sam"))
        let check = try lisbon.run(["db", "check", "--db", lisbon.database], as: Hotel.osUser)
        try lisbon.expectOK(check)
        #expect(check.output.contains("search and profiles are read from the replica postgres://\(role)@"), "\(check.output)")

        let desk = try lisbon.console(as: "maria.s")
        try desk.openGuest("ana lima", named: "Ana Lima")
        try headOffice.expectOK(headOffice.run(["prefs", "add", guest, "--category", "bedding", "--detail", "Feather pillows, never foam",
                                                "--db", chainURL], as: "sam"))
        try desk.waitFor("Feather pillows, never foam", seconds: 3)

        // The replica falls behind: what New York learns still shows, read from the primary.
        try standby.pauseReplay()
        try headOffice.expectOK(headOffice.run(["prefs", "add", guest, "--category", "beverage", "--detail", "Green tea on arrival",
                                                "--db", chainURL], as: "sam"))
        try desk.waitFor("Green tea on arrival", seconds: 3)
        try desk.press("p")
        try desk.waitFor("Preference pad")
        try desk.type("Quiet room away from the lift")
        try desk.press("C-s")
        try desk.waitFor("Saved to")
        try desk.waitFor("Quiet room away from the lift", seconds: 3)

        // The replica stops: the desk carries on, and db check says what is wrong.
        try standby.stop()
        try desk.press("Escape")
        try desk.waitFor("Find guest: ana lima")
        try desk.press("Enter")
        try desk.waitFor("Guest profile")
        try desk.waitFor("Green tea on arrival")
        let down = try lisbon.run(["db", "check", "--db", lisbon.database], as: Hotel.osUser)
        #expect(down.status == 65)
        #expect(down.error.contains("the read replica postgres://\(role)@"), "\(down.error)")
        #expect(down.error.contains("needs attention (meanwhile the reads it cannot answer go to the primary)"), "\(down.error)")
    }

    @Test func aReplicaNamedForAHotelsOwnFileIsRefusedClearly() throws {
        let hotel = try Hotel().seeded()
        let result = try hotel.run(["guests", "search", "lima", "--db", hotel.database, "--read-db", "postgres://replica/chain"],
                                   as: Hotel.osUser)
        #expect(result.status == 65)
        #expect(result.error.contains("a read replica (postgres://replica/chain) serves a chain database on PostgreSQL, and \(hotel.database) is a hotel's own file: leave the replica out"),
                "\(result.error)")
    }
}
