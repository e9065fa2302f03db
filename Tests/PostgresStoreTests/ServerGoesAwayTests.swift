import Foundation
import FrontDeskCore
import PostgresStore
import PostgresTestServer
import Testing

/// The server goes away under a terminal: a killed backend, a restart, a server down for a while.
/// Each test has a server of its own, so stopping it troubles no other test.
@Suite(.enabled(if: !PostgresTestServer.isSkipped)) struct ServerGoesAwayTests {
    let desk = Actor(login: "ana", property: "LIS", terminal: "desk-1")

    func hotel(_ server: PostgresTestServer) throws -> (PostgresGuestStore, String) {
        let database = try server.createDatabase()
        let store = try PostgresGuestStore(conninfo: server.conninfo(database: database), location: database, create: true)
        return (store, database)
    }

    @Test func aKilledBackendIsReplacedAndTheNextSaveIsMadeOnce() throws {
        let server = try PostgresTestServer.startPrivate()
        defer { try? server.stop() }
        let (store, database) = try hotel(server)
        _ = try store.addGuest(NewGuest(givenName: "Ana", familyName: "Lima"), by: desk)
        let before = try store.changeToken()
        try server.psql("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '\(database)' AND pid <> pg_backend_pid()")

        let id = try store.addGuest(NewGuest(givenName: "Bea", familyName: "Lima"), by: desk)
        #expect(try store.guest(id: id)?.givenName == "Bea")
        #expect(try store.guestCount() == 2, "saved once, not twice")
        #expect(try store.changeToken() != before, "screens read afresh after the reconnection")
    }

    /// An import reads its rows from the file as it loads them: run again after a reconnection, it
    /// would start where the first run was cut off, keep only the rest and call that a success.
    @Test func aLoadCutOffMidwayKeepsNothingAndIsNotRunAgain() throws {
        let server = try PostgresTestServer.startPrivate()
        defer { try? server.stop() }
        let (store, database) = try hotel(server)
        var runs = 0
        #expect(throws: FrontDeskError.self) {
            try store.bulkLoad { sink in
                runs += 1
                for i in 0..<20 {
                    if i == 10 {
                        try server.psql("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '\(database)' AND pid <> pg_backend_pid()")
                    }
                    _ = try sink.addGuest(NewGuest(givenName: "Guest\(i)", familyName: "Lima"), createdAt: Date(), actor: desk)
                }
            }
        }
        #expect(runs == 1, "the load is not started again from where it was cut off")
        #expect(try store.guestCount() == 0, "nothing of it is kept")
        _ = try store.addGuest(NewGuest(givenName: "Ana", familyName: "Lima"), by: desk)
        #expect(try store.guestCount() == 1, "the next save reconnects and is made")
    }

    @Test func aSaveWhileTheServerIsDownIsRefusedClearlyAndTheNextOneAfterItIsBackSucceeds() throws {
        let server = try PostgresTestServer.startPrivate()
        defer { try? server.stop() }
        let (store, _) = try hotel(server)
        let guest = try store.addGuest(NewGuest(givenName: "Ana", familyName: "Lima"), by: desk)
        try server.stop()

        let note = NewPreference(guestID: guest, category: .bedding, detail: "Feather pillows")
        do {
            _ = try store.recordPreference(note, by: desk)
            Issue.record("a save with the server down was taken as done")
        } catch let error as FrontDeskError {
            guard case .unavailable(let message) = error else { Issue.record("\(error)"); return }
            #expect(message.contains("cannot be reached, so nothing was saved"), "\(message)")
        }
        #expect(throws: FrontDeskError.self, "the change token says the store is unreachable") { try store.changeToken() }

        try server.start()
        // The backoff allows the next attempt within five seconds at most.
        let deadline = Date().addingTimeInterval(8)
        var saved: Int64?
        while saved == nil && Date() < deadline {
            saved = try? store.recordPreference(note, by: desk)
            if saved == nil { usleep(200_000) }
        }
        #expect(saved != nil, "saved once the server is back")
        #expect(try store.profile(guestID: guest)?.preferences.map(\.detail) == ["Feather pillows"], "once, not twice")
    }

    @Test func aRestartInTheMiddleOfASessionLosesNothingCommitted() throws {
        let server = try PostgresTestServer.startPrivate()
        defer { try? server.stop() }
        let (store, database) = try hotel(server)
        let other = try PostgresGuestStore(conninfo: server.conninfo(database: database), location: database, create: false)
        let guest = try store.addGuest(NewGuest(givenName: "Ana", familyName: "Lima"), by: desk)
        try server.restart(immediately: true)
        #expect(try other.guest(id: guest)?.familyName == "Lima", "another terminal reads it after the restart")
        _ = try store.recordPreference(NewPreference(guestID: guest, category: .room, detail: "High floor"), by: desk)
        #expect(try other.profile(guestID: guest)?.preferences.count == 1)
    }
}
