import FrontDeskCore
import SQLiteStore
import Testing

/// The recognition history (stay changes, arrival reviews, flags, questions, settings) is in the audit trail.
@Suite struct RecognitionAuditTests {
    @Test func everyRecognitionWriteIsInTheTrail() throws {
        let directory = try TemporaryDirectory()
        let store = try SQLiteGuestStore(path: directory.file("hotel.db"), create: true)
        let guest = try store.addGuest("Ana", "Lima")
        let stay = try store.addStay(guestID: guest, room: "101", arrival: Day("2026-11-20")!, departure: Day("2026-11-23")!,
                                     status: .reserved, by: desk)
        _ = try store.setStayStatus(stayID: stay, to: .inHouse, revenueMinor: nil, by: desk)
        try store.reviewArrival(stayID: stay, by: desk)
        try store.setFlag(.problematic, guestID: guest, reason: "shouted at the porter", by: desk)
        try store.clearFlag(.problematic, guestID: guest, reason: "apologised", by: desk)
        try store.recordQuestionAsked(guestID: guest, category: .bedding, by: desk)
        try store.setRecognitionOption("reconfirm-after-days", value: "180", property: "LIS", by: desk)

        let trail = try store.auditTrail(login: "ana", since: nil, property: "LIS", limit: 50)
        func line(_ action: String) -> [String]? {
            trail.first { $0.action == action }.map { [$0.subject, $0.detail] }
        }
        #expect(line("stay in-house") == ["stay #\(stay)", "guest #\(guest), room 101"])
        #expect(line("arrival reviewed") == ["stay #\(stay)", "guest #\(guest), room 101, arriving 2026-11-20"])
        #expect(line("flag set") == ["guest #\(guest)", "problematic: shouted at the porter"])
        #expect(line("flag cleared") == ["guest #\(guest)", "problematic: apologised"])
        #expect(line("question asked") == ["guest #\(guest)", "bedding"])
        #expect(line("setting changed") == ["property LIS", "reconfirm-after-days = 180"])
        #expect(trail.allSatisfy { $0.terminal == "desk-1" && !$0.refused })
    }

    /// Who recorded a sensitive fact is in the trail; its words are not, since the trail is exported.
    @Test func theTrailNeverSpellsOutASensitiveFact() throws {
        let directory = try TemporaryDirectory()
        let store = try SQLiteGuestStore(path: directory.file("hotel.db"), create: true)
        let guest = try store.addGuest("Ana", "Lima")
        let id = try store.recordPreference(NewPreference(guestID: guest, category: .sobriety, detail: "Recovering: no alcohol",
                                                          consent: true), by: desk)
        try store.retirePreference(id: id, reason: "guest asked us to forget it", by: desk)
        _ = try store.recordPreference(NewPreference(guestID: guest, category: .bedding, detail: "Foam pillows"), by: desk)
        let trail = try store.auditTrail(login: "ana", since: nil, property: nil, limit: 50)
        #expect(trail.contains { $0.action == "preference recorded" && $0.detail == "sobriety: (sensitive)" })
        #expect(trail.contains { $0.action == "preference retired" && $0.detail == "(sensitive)" }, "nor why it was retired")
        #expect(!trail.contains { $0.detail.contains("forget") })
        #expect(trail.contains { $0.detail == "bedding: Foam pillows" })
        #expect(!trail.contains { $0.detail.contains("alcohol") })
    }
}
