import Foundation
import FrontDeskCore
import PostgresStore
import PostgresTestServer
import SQLiteStore
import Testing

/// `db copy`: a hotel's file moves into a chain database that already holds another hotel, and one
/// hotel of the chain moves out into a file; every row arrives, and every id still leads where it did.
@Suite(.enabled(if: !PostgresTestServer.isSkipped)) struct CopyTests {
    static let now = Date(timeIntervalSince1970: 1_796_000_000)
    let lisbon = Actor(login: "ana", property: "LIS", terminal: "lis-1")
    let newYork = Actor(login: "noah", property: "NYC", terminal: "nyc-1")

    func file(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("copy-\(name)-\(UUID().uuidString).db").path
    }

    @Test func aHotelsFileMovesIntoAChainThatHasAnotherHotelAndBackOut() throws {
        // Lisbon's own file: a generated hotel, a merge, a complaint with its timeline, a trace.
        let path = file("lisbon")
        let hotel = try SQLiteGuestStore(path: path, create: true, now: { Self.now })
        try hotel.bulkLoad { try DemoGenerator(guests: 400, property: "LIS", today: Day(Self.now), seed: 5).generate(into: $0, now: Self.now) }
        let survivor = try hotel.addGuest(NewGuest(givenName: "Marta", familyName: "Sousa", email: "marta@example.pt"), by: lisbon)
        let absorbed = try hotel.addGuest(NewGuest(givenName: "Marta", familyName: "Souza"), by: lisbon)
        _ = try hotel.recordPreference(NewPreference(guestID: absorbed, category: .bedding, detail: "Two extra pillows"), by: lisbon)
        _ = try hotel.mergeGuests(survivor: survivor, absorbed: absorbed, by: lisbon)
        let stay = try hotel.addStay(guestID: survivor, room: "12", arrival: Day(Self.now), departure: Day(Self.now).adding(days: 2),
                                     status: .inHouse, by: lisbon)
        try hotel.saveDraft(Draft(login: "ana", guestID: survivor, preference: NewPreference(
            guestID: survivor, category: .room, detail: "Away from the tram", scope: .thisStay, stayID: stay), savedAt: Self.now))
        let complaint = try hotel.logComplaint(NewComplaint(guestID: survivor, category: .noise, summary: "Tram bell at 6am"),
                                               policy: FollowUpPolicy(), by: lisbon)
        _ = try hotel.addTrace(NewTrace(guestID: survivor, department: .maintenance, text: "Check the window seal",
                                        due: Self.now, complaintID: complaint.id), by: lisbon)

        // The chain already knows New York's guests, so Lisbon's ids must move.
        let database = try ChainDatabase.fresh()
        let chain = try ChainDatabase.open(database, now: { Self.now })
        for n in 1...7 { _ = try chain.addGuest(NewGuest(givenName: "Guest\(n)", familyName: "NewYork"), by: newYork) }
        try chain.addStaff(StaffMember(login: "noah", displayName: "Noah", role: .associate, homeProperty: "NYC"), by: newYork)
        try chain.setPinHash(login: "noah", hash: "$y$j9T$salt$noah", by: newYork)
        try chain.addStaff(StaffMember(login: "rita", displayName: "Rita", role: .associate, homeProperty: "LIS"), by: lisbon)
        try chain.setPinHash(login: "rita", hash: "$y$j9T$salt$rita", by: lisbon)
        _ = try chain.logComplaint(NewComplaint(guestID: 1, category: .billing, summary: "Double charge"), policy: FollowUpPolicy(), by: newYork)

        var reported: [CopyProgress] = []
        let counts = try hotel.copy(to: chain, property: nil) { reported.append($0) }
        #expect(counts.allSatisfy { $0.read == $0.added }, "every row of every table arrived: \(counts.filter { $0.read != $0.added })")
        #expect(counts.first { $0.table == "guests" }?.read == 402)
        #expect(reported.last.map { $0.rows == $0.total } == true, "progress reaches the whole")
        #expect(try chain.guestCount() == 409)

        // Ids moved past New York's, and still lead where they did: the merge's forwarding included.
        let found = try #require(try chain.searchGuests("marta sousa", limit: 5).results.first)
        #expect(found.guestID == survivor + 7)
        #expect(try chain.resolvedGuestID(absorbed + 7) == survivor + 7, "the absorbed id forwards to the survivor")
        #expect(try chain.profile(guestID: absorbed + 7)?.preferences.map(\.detail).contains("Two extra pillows") == true)
        let moved = try #require(try chain.complaints(guestID: survivor + 7).first)
        #expect(moved.summary == "Tram bell at 6am" && moved.property == "LIS")
        #expect(try chain.entries(complaintID: moved.id).count == (try hotel.entries(complaintID: complaint.id).count))
        #expect(try chain.traces(TraceQuery(complaintID: moved.id)).map(\.text) == ["Check the window seal"])
        let draft = try #require(try chain.draft(login: "ana", guestID: survivor + 7))
        #expect(draft.preference.detail == "Away from the tram")
        #expect(draft.preference.guestID == survivor + 7, "the draft's own guest id moved with the rows'")
        #expect(try draft.preference.stayID.flatMap { try chain.stay(id: $0) }?.room == "12", "and its stay is the same stay")
        // New rows get new ids after the copied ones.
        let next = try chain.addGuest(NewGuest(givenName: "Late", familyName: "Arrival"), by: lisbon)
        #expect(next > survivor + 7)

        // Lisbon alone, out of the chain into a new file: its complaints, not New York's; search works there.
        let outPath = file("lisbon-out")
        let out = try SQLiteGuestStore(path: outPath, create: true, now: { Self.now })
        let outCounts = try chain.copy(to: out, property: "LIS") { _ in }
        #expect(outCounts.first { $0.table == "complaints" }?.read == 1)
        #expect(try out.complaints(property: nil, statuses: nil, owner: nil).map(\.summary) == ["Tram bell at 6am"])
        #expect(try out.pinSetting(login: "rita") == "$y$j9T$salt", "Lisbon's staff keep their PINs")
        #expect(try out.pinSetting(login: "noah") == nil, "New York's staff are listed, their PIN hashes stay in the chain")
        #expect(try out.searchGuests("sousa", limit: 5).results.first?.displayName.contains("Marta") == true)
        #expect(try out.searchGuests("ousa", limit: 5).results.isEmpty == false, "the substring index was built as rows arrived")
        for p in [path, outPath] { for s in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: p + s) } }
    }

    @Test func aStaffLoginTheChainAlreadyHasKeepsTheChainsOwn() throws {
        let database = try ChainDatabase.fresh()
        let chain = try ChainDatabase.open(database)
        _ = try chain.addGuest(NewGuest(givenName: "Ana", familyName: "Lima"), by: lisbon)
        let path = file("twice")
        let hotel = try SQLiteGuestStore(path: path, create: true)
        _ = try hotel.addGuest(NewGuest(givenName: "Rui", familyName: "Costa"), by: lisbon)
        try hotel.addStaff(StaffMember(login: "ana", displayName: "Ana", role: .supervisor, homeProperty: "LIS"), by: lisbon)
        try chain.addStaff(StaffMember(login: "ana", displayName: "Ana Lima", role: .associate, homeProperty: "LIS"), by: lisbon)
        let counts = try hotel.copy(to: chain, property: nil) { _ in }
        #expect(counts.first { $0.table == "staff" } == CopiedCount(table: "staff", read: 1, added: 0), "the chain keeps its own ana")
        #expect(try chain.staffMember(login: "ana")?.role == .associate)
        #expect(try chain.guestCount() == 2)
        for s in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + s) }
    }
}
