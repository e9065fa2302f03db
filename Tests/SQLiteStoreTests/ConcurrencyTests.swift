import Foundation
import FrontDeskCore
@testable import SQLiteStore
import Testing

@Suite("several processes on one file")
struct ConcurrencyTests {
    @Test func concurrentWritersLoseNothing() throws {
        let dir = try TemporaryDirectory()
        let path = dir.file("hotel.db")
        let guest = try SQLiteGuestStore(path: path, create: true).addGuest("Ana", "Lima")
        let failures = Failures()
        let writers = 4, each = 25
        DispatchQueue.concurrentPerform(iterations: writers) { w in
            do {
                // One connection per thread, as one per terminal process.
                let store = try SQLiteGuestStore(path: path, create: false)
                let actor = Actor(login: "writer\(w)", property: "LIS", terminal: "t\(w)")
                for n in 0..<each {
                    let id = try store.recordPreference(
                        NewPreference(guestID: guest, category: .other, detail: "note \(w)-\(n)"), by: actor)
                    if n % 5 == 0 { try store.confirmPreference(id: id, by: actor) }
                    _ = try store.searchGuests("lima", limit: 5)
                }
            } catch {
                failures.add("writer \(w): \(error)")
            }
        }
        #expect(failures.all == [], "no write failed, none saw \"database is locked\"")
        let preferences = try SQLiteGuestStore(path: path, create: false).profile(guestID: guest)?.preferences ?? []
        #expect(preferences.count == writers * each)
        #expect(Set(preferences.map(\.detail)).count == writers * each)
        #expect(preferences.filter { $0.confirmations == 1 }.count == writers * each / 5)
    }

    @Test func aLockHeldTooLongIsReportedAndNothingIsWritten() throws {
        let dir = try TemporaryDirectory()
        let path = dir.file("hotel.db")
        let holder = try SQLiteGuestStore(path: path, create: true)
        let guest = try holder.addGuest("Ana", "Lima")
        let waiter = try SQLiteGuestStore(path: path, create: false, busyTimeoutMilliseconds: 100)
        try holder.db.run("BEGIN EXCLUSIVE")
        let error = frontDeskError { try waiter.addGuest("Bruno", "Costa") }
        #expect(error?.kind == "unavailable")
        #expect(error?.description.hasPrefix("\(path) is locked by another program") == true, "\(String(describing: error))")
        #expect(frontDeskError { try waiter.retirePreference(id: 1, reason: "x", by: desk) }?.kind == "unavailable")
        // WAL: readers are not blocked by a writer, and a terminal can still open the file and search.
        #expect(try waiter.searchGuests("lima", limit: 5).results.map(\.guestID) == [guest])
        let latecomer = try SQLiteGuestStore(path: path, create: false, busyTimeoutMilliseconds: 100)
        #expect(try latecomer.profile(guestID: guest)?.guest.familyName == "Lima")
        try holder.db.run("ROLLBACK")
        try waiter.addGuest("Bruno", "Costa")
        #expect(try holder.guestCount() == 2)
    }

    @Test func anotherConnectionsCommitChangesTheToken() throws {
        let dir = try TemporaryDirectory()
        let path = dir.file("hotel.db")
        let console = try SQLiteGuestStore(path: path, create: true)
        let other = try SQLiteGuestStore(path: path, create: false)
        let before = try console.changeToken()
        #expect(try console.changeToken() == before, "nothing happened, nothing changed")
        try other.addGuest("Ana", "Lima")
        let afterOther = try console.changeToken()
        #expect(afterOther != before, "another connection's commit is seen")
        try console.addGuest("Bruno", "Costa")
        #expect(try console.changeToken() != afterOther, "its own commit changes it too")
        _ = try console.searchGuests("lima", limit: 5)
        #expect(try console.changeToken() == console.changeToken(), "reads change nothing")
    }
}
