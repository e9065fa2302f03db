import Foundation
import FrontDeskCore
@testable import SQLiteStore
@testable import SQLStore
import Testing

@Suite("several processes on one file")
struct ConcurrencyTests {
    @Test func aLockHeldTooLongIsReportedAndNothingIsWritten() throws {
        let dir = try TemporaryDirectory()
        let path = dir.file("hotel.db")
        let holder = try SQLiteGuestStore(path: path, create: true)
        let guest = try holder.addGuest("Ana", "Lima")
        let waiter = try SQLiteGuestStore(path: path, create: false, busyTimeoutMilliseconds: 100)
        try holder.db.run("BEGIN EXCLUSIVE")
        let error = frontDeskError { try waiter.addGuest("Bruno", "Costa") }
        #expect(error?.kind == "unavailable")
        #expect(error?.description.hasPrefix("\(path) is busy with another program") == true, "\(String(describing: error))")
        #expect(frontDeskError { try waiter.retirePreference(id: 1, reason: "x", by: desk) }?.kind == "unavailable")
        // WAL: readers are not blocked by a writer, and a terminal can still open the file and search.
        #expect(try waiter.searchGuests("lima", limit: 5).results.map(\.guestID) == [guest])
        let latecomer = try SQLiteGuestStore(path: path, create: false, busyTimeoutMilliseconds: 100)
        #expect(try latecomer.profile(guestID: guest)?.guest.familyName == "Lima")
        try holder.db.run("ROLLBACK")
        try waiter.addGuest("Bruno", "Costa")
        #expect(try holder.guestCount() == 2)
    }
}
