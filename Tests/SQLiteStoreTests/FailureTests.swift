import Foundation
import FrontDeskCore
@testable import SQLiteStore
@testable import SQLStore
import Testing

@Suite("failing writes")
struct FailureTests {
    @Test func aFullDiskIsReportedAndNothingIsHalfWritten() throws {
        let dir = try TemporaryDirectory()
        let path = dir.file("hotel.db")
        let store = try SQLiteGuestStore(path: path, create: true)
        try store.addGuest("Ana", "Lima")
        // The file may not grow past its current size: SQLite answers SQLITE_FULL, as on a full disk.
        try store.db.run("PRAGMA max_page_count = \(try store.pragma("page_count"))")
        var added = 1
        var failure: FrontDeskError?
        for i in 0..<5000 {
            failure = frontDeskError {
                try store.addGuest(NewGuest(givenName: "Guest\(i) with a long given name to fill pages",
                                            familyName: "Family\(i)", email: "guest\(i)@example.com",
                                            company: "Company number \(i) of many"), by: desk)
            }
            if failure != nil { break }
            added += 1
        }
        #expect(failure?.kind == "unavailable")
        #expect(failure?.description.contains(path) == true)
        #expect(failure?.description.contains("disk is full") == true, "\(String(describing: failure))")
        #expect(try store.guestCount() == added)
        #expect(try store.db.int("SELECT count(*) FROM guest_tokens WHERE guest_id NOT IN (SELECT id FROM guests)") == 0,
                "no search entries without their guest")
        #expect(try store.integrityCheck() == [])
        #expect(!store.connection.isInTransaction, "the failed transaction was rolled back")
    }

    @Test func historyCannotBeRewrittenBehindTheStoresBack() throws {
        let dir = try TemporaryDirectory()
        let store = try SQLiteGuestStore(path: dir.file("hotel.db"), create: true)
        let guest = try store.addGuest("Ana", "Lima")
        let id = try store.recordPreference(NewPreference(guestID: guest, category: .other, detail: "Tea"), by: desk)
        try store.confirmPreference(id: id, by: desk)
        for sql in ["UPDATE preferences SET detail = 'Coffee'", "DELETE FROM preferences",
                    "UPDATE preference_events SET login = 'x'", "DELETE FROM preference_events"] {
            #expect(frontDeskError { try store.db.run(sql) } != nil, "\(sql)")
        }
        #expect(try store.profile(guestID: guest)?.preferences.first?.detail == "Tea")
        #expect(try store.profile(guestID: guest)?.preferences.first?.confirmations == 1)
    }
}
