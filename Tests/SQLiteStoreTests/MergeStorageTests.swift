import FrontDeskCore
@testable import SQLiteStore
@testable import SQLStore
import StoreContract
import Testing

@Suite("merge storage")
struct MergeStorageTests {
    let supervisor = Actor(login: "sara", property: "LIS", terminal: "office")

    /// Two profiles of one person, each with a preference; the absorbed one also with a stay.
    func twoProfiles(_ store: SQLiteGuestStore) throws -> (survivor: Int64, absorbed: Int64) {
        let survivor = try store.addGuest("Ana", "Lima")
        let absorbed = try store.addGuest("Ana", "Lima")
        _ = try store.recordPreference(NewPreference(guestID: absorbed, category: .bedding, detail: "Feather pillows"), by: desk)
        _ = try store.addStay(guestID: absorbed, room: "101", arrival: Day("2026-11-20")!, departure: Day("2026-11-21")!,
                              status: .reserved, by: desk)
        return (survivor, absorbed)
    }

    @Test func aMergeThatFailsHalfwayLeavesEverythingWhereItWas() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("hotel.db")
        let store = try SQLiteGuestStore(path: path, create: true)
        let (survivor, absorbed) = try twoProfiles(store)
        // Another program's trigger makes the last step, recording the merge, fail.
        try rawConnection(path).run("""
            CREATE TRIGGER no_merges BEFORE INSERT ON guest_merges BEGIN SELECT RAISE(ABORT, 'not today'); END
            """)
        #expect(frontDeskError { try store.mergeGuests(survivor: survivor, absorbed: absorbed, by: supervisor) } != nil)
        #expect(try store.profile(guestID: absorbed)?.guest.id == absorbed)
        #expect(try store.profile(guestID: absorbed)?.preferences.map(\.detail) == ["Feather pillows"])
        #expect(try store.profile(guestID: absorbed)?.stays.count == 1)
        #expect(try store.profile(guestID: survivor)?.preferences.isEmpty == true)
    }

    @Test func preferencesAndMergesStayUneditableEvenBySQL() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("hotel.db")
        let store = try SQLiteGuestStore(path: path, create: true)
        let (survivor, absorbed) = try twoProfiles(store)
        _ = try store.mergeGuests(survivor: survivor, absorbed: absorbed, by: supervisor)
        let raw = try rawConnection(path)
        for sql in ["UPDATE preferences SET detail = 'Foam pillows'", "DELETE FROM guest_merges",
                    "UPDATE guest_merges SET survivor_id = \(absorbed)"] {
            #expect(frontDeskError { try raw.run(sql) } != nil, "\(sql) must be refused")
        }
        #expect(try store.resolvedGuestID(absorbed) == survivor)
    }

    @Test func theMergeRowSaysWhoAndWhatMoved() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("hotel.db")
        let store = try SQLiteGuestStore(path: path, create: true)
        let (survivor, absorbed) = try twoProfiles(store)
        _ = try store.mergeGuests(survivor: survivor, absorbed: absorbed, by: supervisor)
        let row = try rawConnection(path).first("SELECT survivor_id, moved, login, property, terminal FROM guest_merges") {
            [String($0.int(0)), $0.text(1), $0.text(2), $0.text(3), $0.text(4)]
        }
        #expect(row == [String(survivor), "1 preference, 1 stay", "sara", "LIS", "office"])
    }

    @Test func duplicateCandidatesAreExactlyThePairsTheRulesAcceptAmongAllPairs() throws {
        let directory = try TemporaryDirectory()
        let store = try SQLiteGuestStore(path: directory.file("hotel.db"), create: true)
        // Demo guests share common names by the dozen, and now and then a phone number.
        try store.bulkLoad { loader in
            try DemoGenerator(guests: 600, property: "LIS", today: Day("2026-11-20")!, seed: 7).generate(into: loader)
        }
        let planted = [NewGuest(givenName: "Olga", familyName: "Petrova", birthDate: Day("1972-02-29")),
                       NewGuest(givenName: "Olga", familyName: "Petrowa", birthDate: Day("1972-02-29")),
                       NewGuest(givenName: "Petrova", familyName: "Olga", email: "olga@example.ru"),
                       NewGuest(givenName: "Olga", familyName: "Petrova", email: "OLGA@example.ru", birthDate: Day("1972-02-29"))]
        for guest in planted { _ = try store.addGuest(guest, by: desk) }

        let count = Int64(try store.guestCount())
        let everyone = try (1...count).map { try #require(try store.guest(id: $0)) }.map { GuestIdentity($0) }
        var expected = Set<[Int64]>()
        for i in everyone.indices {
            for j in everyone.indices where j > i {
                if let m = DuplicateScoring.match(everyone[i], everyone[j]) { expected.insert([m.olderID, m.newerID]) }
            }
        }
        let found = try store.duplicateCandidates(limit: 100_000)
        #expect(Set(found.map { [$0.olderID, $0.newerID] }) == expected)
        #expect(found.count == expected.count, "each pair once")
        #expect(expected.isSuperset(of: [[count - 3, count - 2], [count - 3, count], [count - 2, count], [count - 1, count]]))
    }
}
