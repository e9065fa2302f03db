import Foundation
import FrontDeskCore

/// Data in and out, and a guest's rights, alike on every store: PMS profile numbers, every guest
/// a page at a time, a guest's whole record, erasure, and the recognition report's facts.
enum ExchangeContract {
    static var cases: [(name: String, run: (FrontDeskStore) throws -> Void)] {
        [
            ("a PMS profile number finds its guest, one guest per number", externalIDs),
            ("every guest in use, a page at a time, in id order", pages),
            ("a guest's drafts, complaint drafts and merged profiles are all found", recordParts),
            ("an erasure clears the guest and every profile merged into it, and is kept", erasure),
            ("the recognition report's facts are counted at the hotel", recognitionFacts),
        ]
    }

    static let desk = Actor(login: "maria.s", property: "LIS", terminal: "desk 1")

    static func externalIDs(_ store: FrontDeskStore) throws {
        let id = try store.addGuest(NewGuest(givenName: "Ana", familyName: "Lima", externalID: "100234"), by: desk)
        try Expect.equal(try store.guestID(externalID: "100234"), id, "found by its number")
        try Expect.equal(try store.guest(id: id)?.externalID, "100234", "kept on the guest")
        try Expect.equal(try store.guestID(externalID: "999"), nil, "an unknown number is nobody")
        _ = try Expect.fails("a second guest with the same number", as: { _ in true }) {
            try store.addGuest(NewGuest(givenName: "Bo", familyName: "Ek", externalID: "100234"), by: desk)
        }
    }

    static func pages(_ store: FrontDeskStore) throws {
        let ids = try (0..<5).map { try store.addGuest(NewGuest(givenName: "Guest", familyName: "No \($0)"), by: desk) }
        try store.retireGuest(id: ids[1], reason: "typed twice", by: desk)
        let first = try store.guestPage(after: 0, limit: 2)
        let second = try store.guestPage(after: first.last!.id, limit: 2)
        try Expect.equal((first + second).map(\.id), [ids[0], ids[2], ids[3], ids[4]], "every guest in use, retired ones left out")
        try Expect.equal(try store.guestPage(after: ids[4], limit: 2).count, 0, "then nothing")
    }

    static func recordParts(_ store: FrontDeskStore) throws {
        let id = try store.addGuest(NewGuest(givenName: "Ana", familyName: "Lima"), by: desk)
        let twice = try store.addGuest(NewGuest(givenName: "Ana", familyName: "Lima", email: "ana@old.example"), by: desk)
        _ = try store.updateGuest(id: twice, from: NewGuest(givenName: "Ana", familyName: "Lima", email: "ana@old.example"),
                                  to: NewGuest(givenName: "Ana", familyName: "Lima", email: "ana@older.example"), by: desk)
        try store.saveDraft(Draft(login: "maria.s", guestID: id, preference: NewPreference(guestID: id, category: .room, detail: "Quiet"),
                                  savedAt: Date()))
        try store.saveComplaintDraft(ComplaintDraft(summary: "Cold shower", category: .maintenance, categoryChosenByHand: false,
                                                    severity: .medium, immediateAction: "", amount: "", kind: .roomCredit),
                                     login: "tom.b", guestID: id, savedAt: Date())
        _ = try store.mergeGuests(survivor: id, absorbed: twice, by: desk)
        try Expect.equal(try store.drafts(guestID: id).map(\.preference.detail), ["Quiet"], "the pad drafts")
        try Expect.equal(try store.complaintDrafts(guestID: id).map(\.login), ["tom.b"], "the complaint drafts, with whose")
        let merged = try store.mergedProfiles(of: id)
        try Expect.equal(merged.map(\.guest.email), ["ana@older.example"], "the profile merged in, as kept")
        try Expect.equal(merged.first?.changes.map { "\($0.old ?? "") → \($0.new ?? "")" }, ["ana@old.example → ana@older.example"],
                         "and its own corrections")
        try store.recordSensitiveRead(action: "export subject", subject: "guest #\(id)", by: desk)
        try Expect.that(try store.auditTrail(subjects: ["guest #\(id)"]).contains { $0.action == "export subject" },
                        "the audit lines about the guest")
    }

    static func erasure(_ store: FrontDeskStore) throws {
        let id = try store.addGuest(NewGuest(givenName: "Zebedee", familyName: "Quuxworth", email: "zeb@quux.example",
                                             externalID: "900"), by: desk)
        let twice = try store.addGuest(NewGuest(givenName: "Zeb", familyName: "Quuxworth"), by: desk)
        _ = try store.mergeGuests(survivor: id, absorbed: twice, by: desk)
        _ = try store.recordPreference(NewPreference(guestID: id, category: .bedding, detail: "Quuxworth's pillows"), by: desk)
        _ = try store.recordPreference(NewPreference(guestID: id, category: .health, detail: "Diabetic", consent: true), by: desk)
        let other = try store.addGuest(NewGuest(givenName: "Ana", familyName: "Lima"), by: desk)
        try Expect.equal(try store.eraseGuests(ids: [id], reason: "request 1", by: desk), 2, "the guest and the profile merged in")
        try Expect.that(try store.isErased(guestID: id) && store.isErased(guestID: twice), "both erased")
        try Expect.that(!(try store.isErased(guestID: other)), "nobody else")
        try Expect.equal(try store.searchGuests("quuxworth", limit: 5).results.count, 0, "out of search")
        let left = try store.profile(guestID: id)!
        try Expect.equal(left.guest.familyName, "(erased)", "no name")
        try Expect.equal(left.guest.email, nil, "no contact")
        try Expect.equal(left.guest.externalID, "900", "the PMS number stays, so an import does not bring the guest back")
        try Expect.equal(left.preferences.map(\.detail), ["(erased)"], "the words gone, the sensitive fact deleted")
        try Expect.that(try store.auditTrail(subjects: ["guest #\(id)"]).contains { $0.action == "guest erased" && $0.detail == "request 1" },
                        "the erasure on the trail, with why")
        _ = try Expect.fails("an erasure without a reason", as: { if case .invalid = $0 { true } else { false } }) {
            try store.eraseGuests(ids: [other], reason: " ", by: desk)
        }
    }

    static func recognitionFacts(_ store: FrontDeskStore) throws {
        let today = Day(Date())
        let ana = try store.addGuest(NewGuest(givenName: "Ana", familyName: "Lima"), by: desk)
        _ = try store.recordPreference(NewPreference(guestID: ana, category: .room, detail: "High floor"), by: desk)
        let stay = try store.addStay(guestID: ana, room: "1", arrival: today.adding(days: 1), departure: today.adding(days: 2),
                                     status: .reserved, by: desk)
        try store.reviewArrival(stayID: stay, by: desk)
        try store.recordQuestionAsked(guestID: ana, category: .room, by: desk)
        let bo = try store.addGuest(NewGuest(givenName: "Bo", familyName: "Berg"), by: desk)
        _ = try store.recordPreference(NewPreference(guestID: bo, category: .bedding, detail: "Feather pillows"), by: desk)
        _ = try store.eraseGuests(ids: [bo], reason: "request 2", by: desk)
        let facts = try store.recognitionActivity(property: "LIS", from: today, to: today.adding(days: 7),
                                                  since: Date().addingTimeInterval(-3600), until: Date().addingTimeInterval(3600))
        try Expect.equal(facts.guestsWithStandingPreference, 1, "one guest with a standing preference; an erased one is nobody")
        try Expect.equal(facts.recorded.count, 2, "two recorded: the erased guest's still counts as the desk's work, without the person")
        try Expect.equal(facts.arrivals.count, 1, "one arrival")
        try Expect.that(facts.arrivals.first?.reviewed != nil, "reviewed")
        try Expect.equal(facts.questions.map(\.answered), [false], "asked after the preference was recorded: not answered by it")
    }
}
