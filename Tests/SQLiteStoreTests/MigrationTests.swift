import Foundation
import FrontDeskCore
@testable import SQLiteStore
import Testing

@Suite("migrations")
struct MigrationTests {
    @Test func appliedOnceAndReopeningChangesNothing() throws {
        let dir = try TemporaryDirectory()
        let path = dir.file("hotel.db")
        let guest = try SQLiteGuestStore(path: path, create: true).addGuest("Ana", "Lima")
        let schema = try rawConnection(path).query("SELECT sql FROM sqlite_schema ORDER BY name") { $0.optionalText(0) }
        for _ in 0..<3 {
            let store = try SQLiteGuestStore(path: path, create: false)
            #expect(try store.schemaVersion() == SQLiteGuestStore.schemaVersion)
            #expect(try store.guestCount() == 1)
            #expect(try store.guest(id: guest)?.familyName == "Lima")
        }
        #expect(try rawConnection(path).query("SELECT sql FROM sqlite_schema ORDER BY name") { $0.optionalText(0) } == schema)
    }

    @Test func everyMigrationIsNumberedInOrder() {
        #expect(SQLiteGuestStore.schemaVersion == Migrations.all.count)
        #expect(SQLiteGuestStore.schemaVersion >= 1)
    }

    @Test func processesOpeningANewFileTogetherMigrateItOnce() throws {
        let dir = try TemporaryDirectory()
        let path = dir.file("hotel.db")
        let failures = Failures()
        DispatchQueue.concurrentPerform(iterations: 4) { i in
            do {
                let store = try SQLiteGuestStore(path: path, create: true)
                try store.addGuest("Guest\(i)", "Lima")
            } catch {
                failures.add("opener \(i): \(error)")
            }
        }
        #expect(failures.all == [])
        let store = try SQLiteGuestStore(path: path, create: false)
        #expect(try store.guestCount() == 4)
        #expect(try store.integrityCheck() == [])
    }
}
