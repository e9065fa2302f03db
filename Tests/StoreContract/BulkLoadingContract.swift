import Foundation
import FrontDeskCore

/// Loading many records at once: what is given is kept with its own timestamps and found by search,
/// an error keeps nothing, and demo stays move with the calendar.
enum BulkLoadingContract {
    static var cases: [(name: String, run: (FrontDeskStore) throws -> Void)] {
        [
            ("a load keeps what it is given, with its own times, and search finds it", keeps),
            ("a load that fails keeps nothing", allOrNothing),
            ("a guest corrected within the load is found by the new name only, during the load and after", correctedWithin),
            ("demo stays move up to today; stays added by hand stay", demoStays),
        ]
    }

    static let clerk = Actor(login: "ana", property: "LIS", terminal: "import")
    static let then = Date(timeIntervalSince1970: 1_700_000_000)

    static func keeps(_ store: FrontDeskStore) throws {
        var guest: Int64 = 0
        var preference: Int64 = 0
        try store.bulkLoad { sink in
            guest = try sink.addGuest(NewGuest(givenName: "Søren", familyName: "Kierkegaard"), createdAt: then, actor: clerk)
            _ = try sink.addStay(guestID: guest, room: "512", arrival: Day("2023-11-14")!, departure: Day("2023-11-16")!,
                                 status: .departed, revenueMinor: 42_000, createdAt: then, actor: clerk)
            preference = try sink.addPreference(NewPreference(guestID: guest, category: .bedding, detail: "Feather pillows"),
                                                recordedAt: then, actor: clerk)
            try sink.confirm(preferenceID: preference, at: then.addingTimeInterval(86_400), actor: clerk)
            let old = try sink.addPreference(NewPreference(guestID: guest, category: .room, detail: "Low floor"), recordedAt: then, actor: clerk)
            try sink.retire(preferenceID: old, reason: "moved on", at: then.addingTimeInterval(60), actor: clerk)
        }
        let profile = try store.profile(guestID: guest).unwrap("the loaded guest")
        try Expect.sameTime(profile.guest.createdAt, then, "the guest's own creation time")
        try Expect.equal(profile.stays.map(\.revenueMinor), [42_000], "the stay and its revenue")
        let pillows = try profile.preferences.first { $0.id == preference }.unwrap("the preference")
        try Expect.sameTime(pillows.recorded.at, then, "recorded when the load says")
        try Expect.equal(pillows.confirmations, 1, "its confirmation")
        try Expect.equal(profile.preferences.first { $0.detail == "Low floor" }?.retirement?.reason, "moved on", "a retirement")
        try Expect.equal(try store.searchGuests("soren", limit: 5).results.map(\.guestID), [guest], "search finds it")
    }

    static func correctedWithin(_ store: FrontDeskStore) throws {
        var corrected: Int64 = 0, unsearched: Int64 = 0
        try store.bulkLoad { sink in
            for i in 0..<50 { _ = try sink.addGuest(NewGuest(givenName: "Guest\(i)", familyName: "Lima"), createdAt: then, actor: clerk) }
            corrected = try sink.addGuest(NewGuest(givenName: "Zeno", familyName: "Quarrington"), createdAt: then, actor: clerk)
            try Expect.equal(try store.searchGuests("arringto", limit: 5).results.map(\.guestID), [corrected],
                             "a part of a name added earlier in the load")
            _ = try sink.updateGuest(id: corrected, to: NewGuest(givenName: "Zeno", familyName: "Wetherby"), actor: clerk)
            _ = try sink.addGuest(NewGuest(givenName: "Ida", familyName: "Lima"), createdAt: then, actor: clerk)
            // Added and corrected with no search between: its first entry may still be waiting to go in.
            unsearched = try sink.addGuest(NewGuest(givenName: "Ola", familyName: "Pemberton"), createdAt: then, actor: clerk)
            _ = try sink.updateGuest(id: unsearched, to: NewGuest(givenName: "Ola", familyName: "Fairweather"), actor: clerk)
        }
        try Expect.equal(try store.searchGuests("arringto", limit: 5).results.count, 0, "the old name is gone from search")
        try Expect.equal(try store.searchGuests("etherb", limit: 5).results.map(\.guestID), [corrected], "the new name is found")
        try Expect.equal(try store.searchGuests("lima", limit: 60).results.count, 51, "every other guest of the load")
        try Expect.equal(try store.searchGuests("emberto", limit: 5).results.count, 0, "nor the name corrected before any search")
        try Expect.equal(try store.searchGuests("airweat", limit: 5).results.map(\.guestID), [unsearched], "its new name found")
    }

    static func allOrNothing(_ store: FrontDeskStore) throws {
        try Expect.fails("a load with a guest without a name", as: \.isInvalid) {
            try store.bulkLoad { sink in
                _ = try sink.addGuest(NewGuest(givenName: "Ana", familyName: "Lima"), createdAt: then, actor: clerk)
                _ = try sink.addGuest(NewGuest(givenName: " ", familyName: ""), createdAt: then, actor: clerk)
            }
        }
        try Expect.equal(try store.guestCount(), 0, "nothing of the failed load is kept")
        try Expect.equal(try store.searchGuests("lima", limit: 5).results.count, 0, "nor indexed")
    }

    static func demoStays(_ store: FrontDeskStore) throws {
        let made = Day("2026-11-01")!
        let demo = Actor(login: "demo", property: "DEMO", terminal: "demo")
        var generated: Int64 = 0
        try store.bulkLoad { sink in
            let g = try sink.addGuest(NewGuest(givenName: "Ana", familyName: "Lima"), createdAt: made.start, actor: demo)
            generated = try sink.addStay(guestID: g, room: "101", arrival: made, departure: made.adding(days: 2),
                                         status: .inHouse, revenueMinor: 0, createdAt: made.start, actor: demo)
        }
        let g = try store.addGuest(NewGuest(givenName: "Ben", familyName: "Okafor"), by: clerk)
        let byHand = try store.addStay(guestID: g, room: "102", arrival: made, departure: made, status: .reserved, by: clerk)
        let utc = Calendar.utc
        try Expect.equal(try store.moveDemoStays(to: made.adding(days: 21), calendar: utc), 21, "moved by the days gone by")
        try Expect.equal(try store.stay(id: generated)?.arrival, made.adding(days: 21), "the demo stay arrives today")
        try Expect.equal(try store.stay(id: byHand)?.arrival, made, "a stay added by hand stays where it is")
        try Expect.equal(try store.moveDemoStays(to: made.adding(days: 21), calendar: utc), 0, "moved once a day")
    }
}
