import Foundation
import CSQLite
import FrontDeskCore
@testable import SQLiteStore
@testable import SQLStore
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

    @Test func aVersionOneFileIsUpgradedWithItsGuestsKept() throws {
        let dir = try TemporaryDirectory()
        let path = dir.file("hotel.db")
        // A file as the first release left it: migration 1 only, one guest.
        let old = try SQLiteConnection(path: path, flags: SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, busyTimeoutMilliseconds: 1000)
        try old.script(Migrations.migration1)
        try old.script("PRAGMA user_version = 1")
        try old.script("""
            INSERT INTO guests (title, given, family, language, vip, created_at, created_by, created_property,
                                created_terminal, search_key)
            VALUES ('', '太郎', '山田', 'Japanese', 0, 0, 'ana', 'LIS', 't1', 'shan tian tai lang');
            """)
        old.close()
        let store = try SQLiteGuestStore(path: path, create: false)
        #expect(try store.schemaVersion() == SQLiteGuestStore.schemaVersion)
        let guest = try #require(try store.guest(id: 1))
        #expect(guest.displayName == "山田太郎")
        #expect(guest.nameReading == nil)
    }

    @Test func aVersionTwoFileIsUpgradedWithComplaintTables() throws {
        let dir = try TemporaryDirectory()
        let path = dir.file("hotel.db")
        // A file as the second release left it: migrations 1 and 2, one guest, no complaints.
        let old = try SQLiteConnection(path: path, flags: SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, busyTimeoutMilliseconds: 1000)
        try old.script(Migrations.migration1)
        try old.script(Migrations.migration2)
        try old.script("PRAGMA user_version = 2")
        try old.script("""
            INSERT INTO guests (title, given, family, language, vip, created_at, created_by, created_property,
                                created_terminal, search_key, reading)
            VALUES ('', 'Ana', 'Lima', 'pt', 0, 0, 'ana', 'LIS', 't1', 'ana lima', NULL);
            """)
        old.close()
        let store = try SQLiteGuestStore(path: path, create: false)
        #expect(try store.schemaVersion() == SQLiteGuestStore.schemaVersion)
        #expect(try store.guest(id: 1)?.familyName == "Lima")
        #expect(try store.complaints(guestID: 1) == [])
        let complaint = try store.logComplaint(NewComplaint(guestID: 1, category: .noise, summary: "Loud bar"),
                                               policy: .standard, by: desk)
        #expect(try store.entries(complaintID: complaint.id).map(\.kind) == [.logged])
        #expect(try store.integrityCheck() == [])
    }

    @Test func aFileOfTheReleaseBeforeComplaintDraftsKeepsThemAfterUpgrading() throws {
        let dir = try TemporaryDirectory()
        let path = dir.file("hotel.db")
        // Every migration before complaint drafts, as the release before them left a file.
        let old = try SQLiteConnection(path: path, flags: SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, busyTimeoutMilliseconds: 1000)
        try SearchFunctions.register(on: old.handle!)
        let before = Migrations.all.firstIndex(of: Migrations.complaintDrafts)!
        for sql in Migrations.all.prefix(before) { try old.script(sql) }
        try old.script("PRAGMA user_version = \(before)")
        old.close()
        let store = try SQLiteGuestStore(path: path, create: false)
        #expect(try store.schemaVersion() == SQLiteGuestStore.schemaVersion)
        let guest = try store.addGuest(NewGuest(givenName: "Ana", familyName: "Lima"), by: desk)
        let typed = ComplaintDraft(summary: "Shower cold", category: .maintenance, categoryChosenByHand: false, severity: .medium,
                                   immediateAction: "", amount: "", kind: .roomCredit)
        try store.saveComplaintDraft(typed, login: "ana", guestID: guest, savedAt: Date())
        #expect(try store.complaintDraft(login: "ana", guestID: guest) == typed)
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

@Suite("migrations: search keys")
struct SearchKeyMigrationTests {
    @Test func aFileIndexedWithTheOldKeysIsReindexedOnOpen() throws {
        let dir = try TemporaryDirectory()
        let path = dir.file("hotel.db")
        // A file as the release before left it: every earlier migration, a guest indexed by ICU's
        // one scheme (щ as ŝ, folded to s), so "shcherbakov" found nobody.
        let step = try #require(Migrations.all.firstIndex(of: Migrations.searchKeysAcrossScripts))
        let old = try SQLiteConnection(path: path, flags: SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, busyTimeoutMilliseconds: 1000)
        for sql in Migrations.all.prefix(step) { try old.script(sql) }
        try old.script("PRAGMA user_version = \(step)")
        try old.script("""
            INSERT INTO guests (title, given, family, language, vip, created_at, created_by, created_property,
                                created_terminal, search_key, email)
            VALUES ('', 'Дмитрий', 'Щербаков', '', 0, 0, 'ana', 'LIS', 't1', 'dmitrij serbakov', 'dima@example.com');
            INSERT INTO guest_tokens (token, guest_id) VALUES ('dmitrij', 1), ('serbakov', 1), ('dmitrij serbakov', 1),
                ('serbakov dmitrij', 1), ('dima example com', 1);
            INSERT INTO guest_search (rowid, text) VALUES (1, 'dmitrij serbakov | dima example com');
            """)
        old.close()

        let store = try SQLiteGuestStore(path: path, create: false)
        #expect(try store.schemaVersion() == SQLiteGuestStore.schemaVersion)
        for query in ["shcherbakov", "scherbakov", "dmitry shcherbakov", "dima@example", "erbak"] {
            #expect(try store.searchGuests(query, limit: 10).results.map(\.guestID) == [1], "\(query)")
        }
        let tokens = try store.db.query("SELECT token FROM guest_tokens WHERE guest_id = 1") { $0.text(0) }
        #expect(!tokens.contains("serbakov"), "the old keys are gone: \(tokens)")
        #expect(try store.guest(id: 1)?.familyName == "Щербаков", "the guest's own row is as it was")
        #expect(try store.searchGuests("shcherbakov", limit: 10).results.first?.nameReading == "Dmitrii Shcherbakov",
                "the Latin reading kept for the list")
        #expect(try store.integrityCheck() == [])
    }
}
