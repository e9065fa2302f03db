import Foundation
import FrontDeskCore
import PostgresStore
import PostgresTestServer
import SQLiteStore
import Testing

/// A hotel moving into the chain database must find its guests exactly as before: the same
/// generated hotel in an SQLite file and in PostgreSQL gives the same list, in the same order,
/// with the same suggestions, for every query of a corpus drawn from its own multilingual names.
@Suite(.enabled(if: !PostgresTestServer.isSkipped)) struct SameResultsTests {
    static let now = Date(timeIntervalSince1970: 1_796_000_000)

    @Test func theSameHotelGivesTheSameSearchOnBothStores() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("same-\(UUID().uuidString).db").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: file + suffix) } }
        let sqlite = try SQLiteGuestStore(path: file, create: true, now: { Self.now })
        let chain = try ChainDatabase.open(try ChainDatabase.fresh(), now: { Self.now })
        let hotel = DemoGenerator(guests: 2500, property: "LIS", today: Day(Self.now), seed: 11)
        for store in [sqlite, chain] as [FrontDeskStore] {
            try store.bulkLoad { try hotel.generate(into: $0, now: Self.now) }
        }
        #expect(try sqlite.guestCount() == chain.guestCount())

        var queries = ["a", "m", "zh", "mü", "ö", "ivan", "иван", "Ζω", "李", "yamada", "garsia", "jose garsia", "o'b",
                       "@example", "+44", "07", "rc-", "1204", "lopez", "lópez", "smith j", "  ana  ", "\"", "%", "_", "a%b"]
        var scripts = Set<String>()
        for id in stride(from: Int64(1), through: 2500, by: 23) {
            guard let guest = try sqlite.guest(id: id) else { continue }
            scripts.insert(guest.language)
            let family = guest.familyName
            queries += (1...min(family.count, 6)).map { String(family.prefix($0)) }
            queries += [guest.givenName + " " + family, family + " " + guest.givenName, String(family.dropFirst(2))]
            queries += [guest.email, guest.phone, guest.loyaltyNumber, guest.company, guest.nameReading].compactMap { $0 }
        }
        var differing: [String] = []
        for query in queries where try sqlite.searchGuests(query, limit: 12) != chain.searchGuests(query, limit: 12) {
            differing.append(query)
        }
        #expect(differing.isEmpty, "queries listing differently: \(differing.prefix(20))")
        #expect(queries.count > 800 && scripts.count >= 5, "a corpus of \(queries.count) queries in \(scripts.count) languages")
        #expect(try sqlite.duplicateCandidates(limit: 50) == chain.duplicateCandidates(limit: 50), "the same duplicates, best first")
    }
}

/// One version number means one schema on either store: a migration added to one is added to both.
@Test func bothStoresNumberTheirSchemaAlike() {
    #expect(PostgresGuestStore.schemaVersion == SQLiteGuestStore.schemaVersion)
}
