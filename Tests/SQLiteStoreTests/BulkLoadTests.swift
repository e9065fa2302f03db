import Foundation
import FrontDeskCore
@testable import SQLiteStore
@testable import SQLStore
import Testing

@Suite("bulk load")
struct BulkLoadTests {
    @Test func loadsEverythingSearchableInOneTransaction() throws {
        let dir = try TemporaryDirectory()
        let store = try SQLiteGuestStore(path: dir.file("hotel.db"), create: true)
        let when = Date(timeIntervalSince1970: 1_700_000_000)
        let tokenBefore = try store.changeToken()
        try store.bulkLoad { loader in
            for i in 0..<500 {
                let id = try loader.addGuest(NewGuest(givenName: "Gäst\(i)", familyName: i % 2 == 0 ? "García" : "Lima",
                                                      phone: "+351 900 000 \(1000 + i)"), createdAt: when, actor: desk)
                if i % 10 == 0 {
                    _ = try loader.addStay(guestID: id, room: "\(100 + i)", arrival: Day("2024-06-01")!,
                                           departure: Day("2024-06-04")!, status: .inHouse, revenueMinor: 0, createdAt: when,
                                           actor: desk)
                    let p = try loader.addPreference(NewPreference(guestID: id, category: .allergy, detail: "Nuts"),
                                                     recordedAt: when, actor: desk)
                    try loader.confirm(preferenceID: p, at: when.addingTimeInterval(86_400), actor: desk)
                }
            }
        }
        #expect(try store.guestCount() == 500)
        #expect(try store.changeToken() != tokenBefore)
        #expect(try store.pragma("synchronous") == "2", "FULL again after the load")
        #expect(try store.integrityCheck() == [])
        let found = try store.searchGuests("gast10", limit: 5).results
        #expect(found.first?.displayName == "Gäst10 García")
        #expect(found.first?.room == "110")
        #expect(found.first?.hasAlert == true)
        #expect(try store.searchGuests("900 000 1010", limit: 5).results.map(\.displayName) == ["Gäst10 García"])
        let profile = try #require(try store.profile(guestID: found[0].guestID))
        #expect(profile.guest.createdAt == when)
        #expect(profile.preferences.first?.confirmations == 1)
        #expect(try store.inHouseGuests(property: "LIS", limit: 100).count == 50)
    }

    @Test func anErrorLeavesTheFileAsItWas() throws {
        let dir = try TemporaryDirectory()
        let store = try SQLiteGuestStore(path: dir.file("hotel.db"), create: true)
        try store.addGuest("Ana", "Lima")
        struct Stop: Error {}
        #expect(throws: Stop.self) {
            try store.bulkLoad { loader in
                for i in 0..<100 { _ = try loader.addGuest(NewGuest(givenName: "G\(i)", familyName: "Lima"), createdAt: Date(), actor: desk) }
                throw Stop()
            }
        }
        #expect(try store.guestCount() == 1)
        #expect(try store.searchGuests("lima", limit: 10).results.count == 1)
        #expect(try store.pragma("synchronous") == "2")
    }
}

@Suite("demo calendar")
struct DemoCalendarTests {
    /// A demo made ten days ago still has guests in house and arriving today once opened.
    @Test func theDemoHotelsStaysMoveUpToToday() throws {
        let dir = try TemporaryDirectory()
        var utc = Calendar(identifier: .gregorian)
        utc.timeZone = TimeZone(identifier: "UTC")!
        let today = Day("2026-11-22")!
        let made = Date(timeIntervalSince1970: 1_795_341_600 - 10 * 86_400) // 2026-11-12 10:00 UTC
        let store = try SQLiteGuestStore(path: dir.file("demo.db"), create: true, now: { made })
        try store.bulkLoad { loader in
            try DemoGenerator(guests: 300, property: "DEMO", today: today.adding(days: -10)).generate(into: loader, now: made)
        }
        let byHand = try store.addStay(guestID: 1, room: "1", arrival: Day("2026-11-12")!, departure: Day("2026-11-13")!,
                                       status: .departed, by: Actor(login: "ana", property: "DEMO", terminal: "desk"))
        #expect(try store.arrivingStays(property: "DEMO", on: today).isEmpty)
        let inHouseBefore = try store.inHouseGuests(property: "DEMO", limit: 500).count

        #expect(try store.moveDemoStays(to: today, calendar: utc) == 10)
        #expect(!(try store.arrivingStays(property: "DEMO", on: today).isEmpty), "a morning of arrivals")
        #expect(try store.inHouseGuests(property: "DEMO", limit: 500).count == inHouseBefore)
        let stays = try (1...300).flatMap { try store.profile(guestID: $0)?.stays ?? [] }
        #expect(stays.filter { $0.status == .inHouse }.allSatisfy { $0.arrival <= today && today <= $0.departure })
        #expect(try store.stay(id: byHand)?.arrival == Day("2026-11-12")!, "a stay added by hand stays put")
        #expect(try store.moveDemoStays(to: today, calendar: utc) == 0, "once a day")
    }
}
