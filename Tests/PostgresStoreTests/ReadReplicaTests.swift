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

    @Test func searchAndProfilesAreReadFromTheReplica() throws {
        let pair = try ReplicaPair.pausable()
        let database = try pair.fresh()
        let writer = try pair.openPrimaryOnly(database)
        let guest = try writer.addGuest(NewGuest(givenName: "Ana", familyName: "Lima"), by: desk)
        try pair.standby.waitForReplay(of: pair.primary)
        let terminal = try pair.open(database)
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
        let database = try pair.fresh()
        let terminal = try pair.open(database)
        let guest = try terminal.addGuest(NewGuest(givenName: "Ana", familyName: "Lima"), by: desk)
        try pair.standby.pauseReplay()
        defer { try? pair.standby.resumeReplay() }

        _ = try terminal.recordPreference(NewPreference(guestID: guest, category: .bedding, detail: "Feather pillows"), by: desk)
        #expect(try terminal.profile(guestID: guest)?.preferences.map(\.detail) == ["Feather pillows"])
        let newcomer = try terminal.addGuest(NewGuest(givenName: "Bea", familyName: "Quill"), by: desk)
        #expect(try terminal.searchGuests("bea quill", limit: 5).results.map(\.guestID) == [newcomer])
    }

    @Test func aChangeAnotherTerminalMadeIsReadOnceTheScreenIsToldOfIt() throws {
        let pair = try ReplicaPair.pausable()
        let database = try pair.fresh()
        let terminal = try pair.open(database)
        let guest = try terminal.addGuest(NewGuest(givenName: "Ana", familyName: "Lima"), by: desk)
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
        #expect(problems.count == 1 && problems[0].hasPrefix("the read replica replica of \(database) cannot be used, so every read goes to the primary"),
                "db check says so: \(problems)")

        try pair.standby.start()
        try pair.standby.waitForReplay(of: pair.primary)
        #expect(try terminal.integrityCheck() == [], "back in use")
        #expect(try familyName(terminal, guest) == "Lima")
        try pair.standby.pauseReplay()
        try pair.quietly("UPDATE guests SET family = 'Quill' WHERE id = \(guest)", in: database)
        #expect(try familyName(terminal, guest) == "Lima", "reads come from the replica again")
    }

    @Test func aReplicaThatIsNoStandbyIsNotReadFrom() throws {
        let pair = try ReplicaPair.pausable()
        let database = try pair.fresh()
        // The primary itself named as the replica: a mistake, or a standby promoted since.
        let terminal = try pair.open(database, replica: pair.primary.conninfo(database: database))
        let guest = try terminal.addGuest(NewGuest(givenName: "Ana", familyName: "Lima"), by: desk)
        #expect(try terminal.searchGuests("lima", limit: 5).results.map(\.guestID) == [guest])
        let problems = try terminal.integrityCheck()
        #expect(problems.count == 1 && problems[0].hasSuffix("it is not a standby server replaying the primary's log"), "\(problems)")
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
        #expect(try lisbon.profile(guestID: guest)?.preferences.map(\.detail) == ["Feather pillows"], "the chain's, not Porto's own")
        try pair.standby.pauseReplay()
        defer { try? pair.standby.resumeReplay() }
        try pair.quietly("UPDATE guests SET family = 'Quill' WHERE id = \(guest)", in: database)
        let profile = try lisbon.profile(guestID: guest)
        #expect(profile?.guest.familyName == "Lima", "read from the replica")
        #expect(profile?.preferences.map(\.detail) == ["Feather pillows"], "with the hotel's own rights")
        #expect(try lisbon.integrityCheck() == [], "a hotel's role may ask how far the replica has got")
    }
}

/// The whole store contract again, each terminal reading from a replica: whatever it asks of a
/// store holds when the snapshot reads go to a standby.
@Test("store contract on PostgreSQL, reading from a replica", .enabled(if: !PostgresTestServer.isSkipped),
      arguments: Contract.caseNames)
func contractReadingFromAReplica(_ name: String) throws {
    let pair = try ReplicaPair.shared()
    let stores = StoresUnderTest(
        fresh: { try pair.open(try pair.fresh()) },
        sharedDatabase: {
            let database = try pair.fresh()
            return { try pair.open(database) }
        })
    do {
        try Contract.run(name, on: stores)
    } catch let failure as ContractFailure {
        Issue.record(Comment(rawValue: failure.message),
                     sourceLocation: SourceLocation(fileID: failure.fileID, filePath: failure.filePath,
                                                    line: failure.line, column: 1))
    }
}
