import Foundation
import FrontDeskCore
@testable import SQLiteStore
@testable import SQLStore
import Testing


@Suite("opening a file")
struct OpeningTests {
    @Test func missingFileIsNotCreated() throws {
        let dir = try TemporaryDirectory()
        let path = dir.file("typo.db")
        #expect(throws: FrontDeskError.notFound("no database at \(path)")) {
            try SQLiteGuestStore(path: path, create: false)
        }
        #expect(throws: FrontDeskError.notFound("no database at \(path)")) {
            try SQLiteGuestStore(path: path, create: true, readOnly: true)
        }
        #expect(try fileManager.contentsOfDirectory(atPath: dir.path) == [], "no file, no -wal, no -shm")
    }

    @Test func missingDirectoryIsNamed() throws {
        let dir = try TemporaryDirectory()
        let path = dir.file("nowhere/hotel.db")
        let error = frontDeskError { try SQLiteGuestStore(path: path, create: true) }
        #expect(error?.kind == "notFound")
        #expect(error?.description.contains(path) == true)
        #expect(!fileManager.fileExists(atPath: dir.file("nowhere")))
    }

    @Test func createdFileIsReadyToUse() throws {
        let dir = try TemporaryDirectory()
        let store = try SQLiteGuestStore(path: dir.file("hotel.db"), create: true)
        #expect(try store.schemaVersion() == SQLiteGuestStore.schemaVersion)
        #expect(try store.pragma("application_id") == String(SQLiteGuestStore.applicationID))
        #expect(try store.pragma("journal_mode") == "wal")
        #expect(try store.pragma("synchronous") == "2", "FULL")
        #expect(try store.pragma("foreign_keys") == "1")
        #expect(try store.pragma("busy_timeout") == "5000")
        #expect(try store.integrityCheck() == [])
        #expect(try store.guestCount() == 0)
    }

    @Test func aFileThatIsNotSQLiteIsRefusedAndLeftAlone() throws {
        let dir = try TemporaryDirectory()
        let path = dir.file("notes.txt")
        let text = Data(String(repeating: "Room 12: extra towels, late checkout.\n", count: 200).utf8)
        try text.write(to: URL(fileURLWithPath: path))
        for create in [false, true] {
            let error = frontDeskError { try SQLiteGuestStore(path: path, create: create) }
            #expect(error?.kind == "badData")
            #expect(error?.description.hasPrefix("\(path) is not a frontdesk database (") == true, "\(String(describing: error))")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == text, "the file is unchanged")
    }

    @Test(arguments: [Int32(0), Int32(0x1234)])
    func anotherProgramsDatabaseIsRefused(applicationID: Int32) throws {
        let dir = try TemporaryDirectory()
        let path = dir.file("other.db")
        do {
            let other = try rawConnection(path)
            try other.script("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL); PRAGMA application_id = \(applicationID);")
        }
        for create in [false, true] {
            let error = frontDeskError { try SQLiteGuestStore(path: path, create: create) }
            #expect(error?.kind == "badData")
            #expect(error?.description.hasPrefix("\(path) is not a frontdesk database") == true, "\(String(describing: error))")
        }
        let other = try rawConnection(path)
        #expect(try other.int("PRAGMA user_version") == 0, "no migration ran")
        #expect(try other.query("SELECT name FROM sqlite_schema") { $0.text(0) } == ["invoices"])
    }

    @Test func aNewerSchemaIsRefused() throws {
        let dir = try TemporaryDirectory()
        let path = dir.file("hotel.db")
        _ = try SQLiteGuestStore(path: path, create: true)
        try rawConnection(path).script("PRAGMA user_version = 99")
        let error = frontDeskError { try SQLiteGuestStore(path: path, create: false) }
        #expect(error?.kind == "badData")
        #expect(error?.description.contains(path) == true)
        #expect(error?.description.contains("99") == true)
    }

    @Test func anEmptyFileTheUserNamedIsRefusedAndLeftAlone() throws {
        let dir = try TemporaryDirectory()
        let path = dir.file("empty.db")
        #expect(fileManager.createFile(atPath: path, contents: Data()))
        let error = frontDeskError { try SQLiteGuestStore(path: path, create: false) }
        #expect(error?.kind == "badData")
        #expect(error?.description.contains(path) == true)
        #expect((try fileManager.attributesOfItem(atPath: path)[.size] as? Int) == 0)
    }

    @Test func anEmptyFileBecomesADatabaseWhenCreatingOne() throws {
        let dir = try TemporaryDirectory()
        let path = dir.file("empty.db")
        #expect(fileManager.createFile(atPath: path, contents: Data()))
        let store = try SQLiteGuestStore(path: path, create: true)
        #expect(try store.schemaVersion() == SQLiteGuestStore.schemaVersion)
    }

    @Test func aDirectoryIsNotADatabase() throws {
        let dir = try TemporaryDirectory()
        let error = frontDeskError { try SQLiteGuestStore(path: dir.path, create: true) }
        #expect(error?.kind == "badData")
        #expect(error?.description.contains(dir.path) == true)
    }

    @Test func openedReadOnlyItReadsAndRefusesEveryWrite() throws {
        let dir = try TemporaryDirectory()
        let path = dir.file("hotel.db")
        let guest: Int64
        do {
            let writer = try SQLiteGuestStore(path: path, create: true)
            guest = try writer.addGuest("Ana", "Lima")
        }
        let store = try SQLiteGuestStore(path: path, create: false, readOnly: true)
        #expect(store.isReadOnly)
        #expect(try store.searchGuests("lima", limit: 5).results.map(\.guestID) == [guest])
        let writes: [(String, () throws -> Void)] = [
            ("add guest", { _ = try store.addGuest("Bruno", "Costa") }),
            ("record", { _ = try store.recordPreference(NewPreference(guestID: guest, category: .other, detail: "Tea"), by: desk) }),
            ("stay", { _ = try store.addStay(guestID: guest, room: "1", arrival: Day("2024-01-01")!,
                                             departure: Day("2024-01-02")!, status: .reserved, by: desk) }),
            ("draft", { try store.saveDraft(Draft(login: "ana", guestID: guest,
                                                  preference: NewPreference(guestID: guest, category: .other, detail: ""),
                                                  savedAt: Date())) }),
        ]
        for (what, write) in writes {
            let error = frontDeskError(write)
            #expect(error?.kind == "notPermitted", "\(what)")
            #expect(error?.description.contains(path) == true, "\(what): \(String(describing: error))")
        }
        #expect(try store.guestCount() == 1)
    }

    @Test func aWriteProtectedFileCanStillBeRead() throws {
        let dir = try TemporaryDirectory()
        let path = dir.file("hotel.db")
        do { try SQLiteGuestStore(path: path, create: true).addGuest("Ana", "Lima") }
        try fileManager.setAttributes([.posixPermissions: 0o444], ofItemAtPath: path)
        let store = try SQLiteGuestStore(path: path, create: false)
        #expect(try store.searchGuests("ana", limit: 5).results.count == 1)
        if geteuid() == 0 {
            // Root ignores file modes, so the OS really lets this process write: the store must not pretend otherwise.
            #expect(!store.isReadOnly)
        } else {
            #expect(store.isReadOnly)
            let error = frontDeskError { try store.addGuest("Bruno", "Costa") }
            #expect(error?.kind == "notPermitted")
            #expect(error?.description.contains(path) == true)
        }
    }
    // An unreadable file is refused with notPermitted: tested end to end as an unprivileged
    // user (EndToEndTests.PermissionEndToEndTests), since root ignores file modes.
}
