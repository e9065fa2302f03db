import Foundation
import FrontDeskCore
import PostgresStore
import PostgresTestServer
import StoreContract
import Testing

/// A hotel that reads from a streaming replica near it: search and profiles come from the replica,
/// yet an associate always sees their own save and every change their screen was told of, and a
/// replica that lags, stops or is no replica at all only sends the reads to the primary.
@Suite(.enabled(if: !PostgresTestServer.isSkipped), .serialized) struct ReadReplicaTests {
    let desk = Actor(login: "ana", property: "LIS", terminal: "lis-1")
    let otherDesk = Actor(login: "rui", property: "POR", terminal: "por-1")

    func familyName(_ store: PostgresGuestStore, _ guest: Int64) throws -> String? {
        try store.profile(guestID: guest)?.guest.familyName
    }

    /// Brings `terminal` to reading from the replica: its first read notes where the primary's log
    /// is (and may go to the primary), the replica gets there, and the next read finds it has.
    func readingFromTheReplica(_ terminal: PostgresGuestStore, _ pair: ReplicaPair, guest: Int64) throws {
        _ = try terminal.profile(guestID: guest)
        try pair.standby.waitForReplay(of: pair.primary)
        _ = try terminal.profile(guestID: guest)
    }

    /// A new database with one guest, and a terminal on it reading from the replica.
    func hotelReadingFromTheReplica(_ pair: ReplicaPair) throws -> (database: String, terminal: PostgresGuestStore, guest: Int64) {
        let database = try pair.fresh()
        let terminal = try pair.open(database)
        let guest = try terminal.addGuest(NewGuest(givenName: "Ana", familyName: "Lima"), by: desk)
        try readingFromTheReplica(terminal, pair, guest: guest)
        return (database, terminal, guest)
    }

    @Test func searchAndProfilesAreReadFromTheReplica() throws {
        let pair = try ReplicaPair.pausable()
        let database = try pair.fresh()
        let writer = try pair.openPrimaryOnly(database)
        let guest = try writer.addGuest(NewGuest(givenName: "Ana", familyName: "Lima"), by: desk)
        let terminal = try pair.open(database)
        try readingFromTheReplica(terminal, pair, guest: guest)
        #expect(try familyName(terminal, guest) == "Lima")

        // The standby stops applying the log; a change made behind every terminal's back shows
        // which server a read came from.
        try pair.standby.pauseReplay()
        defer { try? pair.standby.resumeReplay() }
        try pair.quietly("UPDATE guests SET family = 'Quill' WHERE id = \(guest)", in: database)
        #expect(try familyName(writer, guest) == "Quill", "the primary has it")
        #expect(try familyName(terminal, guest) == "Lima", "the profile came from the replica")
        #expect(try writer.searchGuests("ana lima", limit: 5).results.first?.displayName.contains("Quill") == true)
        #expect(try terminal.searchGuests("ana lima", limit: 5).results.first?.displayName.contains("Lima") == true,
                "and so did the search")

        try pair.standby.resumeReplay()
        try pair.standby.waitForReplay(of: pair.primary)
        #expect(try familyName(terminal, guest) == "Quill", "once replayed, the replica has it too")
    }

    @Test func anAssociateSeesTheirOwnSaveAtOnceWhileTheReplicaLags() throws {
        let pair = try ReplicaPair.pausable()
        let (database, terminal, guest) = try hotelReadingFromTheReplica(pair)
        try pair.standby.pauseReplay()
        defer { try? pair.standby.resumeReplay() }
        try pair.quietly("UPDATE guests SET family = 'Quill' WHERE id = \(guest)", in: database)
        #expect(try familyName(terminal, guest) == "Lima", "the replica is what this terminal reads")

        _ = try terminal.recordPreference(NewPreference(guestID: guest, category: .bedding, detail: "Feather pillows"), by: desk)
        #expect(try terminal.profile(guestID: guest)?.preferences.map(\.detail) == ["Feather pillows"])
        #expect(try familyName(terminal, guest) == "Quill", "read from the primary after the save")
        let newcomer = try terminal.addGuest(NewGuest(givenName: "Bea", familyName: "Quill"), by: desk)
        #expect(try terminal.searchGuests("bea quill", limit: 5).results.map(\.guestID) == [newcomer])
    }

    @Test func aChangeAnotherTerminalMadeIsReadOnceTheScreenIsToldOfIt() throws {
        let pair = try ReplicaPair.pausable()
        let (database, terminal, guest) = try hotelReadingFromTheReplica(pair)
        #expect(try terminal.profile(guestID: guest)?.preferences == [])
        try pair.standby.pauseReplay()
        defer { try? pair.standby.resumeReplay() }

        let before = try terminal.changeToken()
        let porto = try pair.openPrimaryOnly(database)
        _ = try porto.recordPreference(NewPreference(guestID: guest, category: .beverage, detail: "Green tea"), by: otherDesk)
        let deadline = Date().addingTimeInterval(5)
        while try terminal.changeToken() == before && Date() < deadline { usleep(10_000) }
        #expect(try terminal.changeToken() != before, "told of Porto's save")
        #expect(try terminal.profile(guestID: guest)?.preferences.map(\.detail) == ["Green tea"],
                "the refreshed profile shows it, though the replica has not replayed it")
    }

    @Test func aReplicaThatStopsSendsTheReadsToThePrimaryUntilItIsBack() throws {
        let pair = try ReplicaPair()
        defer { try? pair.standby.stop(); try? pair.primary.stop() }
        let database = try pair.fresh()
        let terminal = try pair.open(database)
        let guest = try terminal.addGuest(NewGuest(givenName: "Ana", familyName: "Lima"), by: desk)

        try pair.standby.stop()
        #expect(try familyName(terminal, guest) == "Lima", "read from the primary")
        #expect(try terminal.searchGuests("lima", limit: 5).results.map(\.guestID) == [guest])
        _ = try terminal.recordPreference(NewPreference(guestID: guest, category: .room, detail: "High floor"), by: desk)
        #expect(try terminal.profile(guestID: guest)?.preferences.map(\.detail) == ["High floor"])
        let problems = try terminal.integrityCheck()
        #expect(problems.count == 1 && problems[0].hasPrefix("the read replica replica of \(database) needs attention (meanwhile the reads it cannot answer go to the primary)"),
                "db check says so: \(problems)")

        try pair.standby.start()
        try pair.standby.waitForReplay(of: pair.primary)
        #expect(try terminal.integrityCheck() == [], "back in use")
        try readingFromTheReplica(terminal, pair, guest: guest)
        try pair.standby.pauseReplay()
        try pair.quietly("UPDATE guests SET family = 'Quill' WHERE id = \(guest)", in: database)
        #expect(try familyName(terminal, guest) == "Lima", "reads come from the replica again")
    }

    /// A replica that stops answering (its process stopped; the connection looks open) holds a
    /// read up a few seconds once; the read is made on the primary, and the next ones go there at once.
    @Test(.timeLimit(.minutes(1))) func aReplicaThatStopsAnsweringIsLetGoOf() throws {
        let pair = try ReplicaPair.pausable()
        let (database, terminal, guest) = try hotelReadingFromTheReplica(pair)
        let backend = try pair.standby.psql("""
            SELECT pid FROM pg_stat_activity WHERE datname = '\(database)' AND application_name = 'frontdesk replica reads'
            """).trimmingCharacters(in: .whitespacesAndNewlines)
        let pid = try #require(pid_t(backend), "the terminal's backend on the standby: '\(backend)'")
        kill(pid, SIGSTOP)
        defer { kill(pid, SIGCONT) }
        try pair.quietly("UPDATE guests SET family = 'Quill' WHERE id = \(guest)", in: database)

        #expect(try familyName(terminal, guest) == "Quill", "read from the primary once the replica gave no answer")
        #expect(try terminal.searchGuests("ana", limit: 5).results.map(\.guestID) == [guest])
        #expect(try terminal.integrityCheck() == [], "the standby itself answers on a new connection; only that one was stuck")
    }

    /// Named by mistake, or changed since (a standby promoted, a URL left over from another
    /// chain): a server that is not this database's standby, read as this terminal's role, holds
    /// other rows or other rights, and is never read from.
    @Test func aServerThatIsNotThisDatabasesStandbyIsNotReadFrom() throws {
        let pair = try ReplicaPair.pausable()
        let database = try pair.fresh()
        let elsewhere = try pair.fresh()
        _ = try pair.openPrimaryOnly(elsewhere).addGuest(NewGuest(givenName: "Eve", familyName: "Lima"), by: otherDesk)
        let other = try ReplicaPair.shared()
        let role = "\(database)_lisbon"
        try pair.primary.psql("CREATE ROLE \(role) LOGIN")
        try pair.standby.waitForReplay(of: pair.primary)
        let mistakes = [
            (pair.primary.conninfo(database: elsewhere), "it is not a standby server replaying the primary's log"),
            (pair.standby.conninfo(database: elsewhere), "it holds the database \(elsewhere), not \(database)"),
            (other.standby.conninfo(database: other.template), "it is a standby of another database server"),
            (pair.standby.conninfo(database: database, user: role),
             "it is read as \(role) and the primary as postgres: read it as the hotel's own role, so its rules apply there too"),
        ]
        let guest = try pair.openPrimaryOnly(database).addGuest(NewGuest(givenName: "Ana", familyName: "Lima"), by: desk)
        for (replica, why) in mistakes {
            let terminal = try pair.open(database, replica: replica)
            #expect(try terminal.searchGuests("lima", limit: 5).results.map(\.guestID) == [guest], "this database's guests: \(why)")
            let problems = try terminal.integrityCheck()
            #expect(problems.count == 1 && problems[0].hasSuffix(why), "\(problems)")
        }
    }

    @Test func aHotelsRoleReadsOnlyWhatItMayFromTheReplicaToo() throws {
        let pair = try ReplicaPair.pausable()
        let database = try pair.fresh()
        let owner = try pair.openPrimaryOnly(database)
        let admin = Actor(login: "sam", property: "LIS", terminal: "hq")
        try owner.addStaff(StaffMember(login: "sam", displayName: "Sam", role: .administrator, homeProperty: "LIS"), by: admin)
        let guest = try owner.addGuest(NewGuest(givenName: "Ana", familyName: "Lima"), by: desk)
        _ = try owner.recordPreference(NewPreference(guestID: guest, category: .bedding, detail: "Feather pillows"), by: otherDesk)
        _ = try owner.recordPreference(NewPreference(guestID: guest, category: .room, detail: "River view", onlyProperty: "POR"), by: otherDesk)
        let role = "\(database)_lisbon"
        try owner.grantProperty("LIS", role: role, by: admin)
        try pair.standby.waitForReplay(of: pair.primary)

        let lisbon = try pair.open(database, user: role)
        try readingFromTheReplica(lisbon, pair, guest: guest)
        #expect(try lisbon.integrityCheck() == [], "a hotel's role may ask how far the replica has got")
        #expect(try lisbon.profile(guestID: guest)?.preferences.map(\.detail) == ["Feather pillows"], "the chain's, not Porto's own")
        try pair.standby.pauseReplay()
        defer { try? pair.standby.resumeReplay() }
        try pair.quietly("UPDATE guests SET family = 'Quill' WHERE id = \(guest)", in: database)
        let profile = try lisbon.profile(guestID: guest)
        #expect(profile?.guest.familyName == "Lima", "read from the replica")
        #expect(profile?.preferences.map(\.detail) == ["Feather pillows"], "with the hotel's own rights")
        let paused = try lisbon.integrityCheck()
        #expect(paused.count == 1 && paused[0].hasSuffix("its replay of the primary's log is paused, so it falls behind: SELECT pg_wal_replay_resume() there"),
                "\(paused)")
    }
}

/// The whole store contract again, each terminal reading from a replica: whatever it asks of a
/// store holds when the snapshot reads go to a standby.
@Test("store contract on PostgreSQL, reading from a replica", .enabled(if: !PostgresTestServer.isSkipped),
      arguments: Contract.caseNames)
func contractReadingFromAReplica(_ name: String) throws {
    let pair = try ReplicaPair.shared()
    try runContract(name, fresh: pair.fresh, open: { try pair.open($0) })
}
