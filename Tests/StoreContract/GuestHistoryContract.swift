import Foundation
import FrontDeskCore

/// Correcting a profile and retiring one made by mistake: each change kept with who and when, the
/// search finding the profile by its new details only, and a retired profile found by no search
/// yet opened by its id.
enum GuestHistoryContract {
    static var cases: [(name: String, run: (FrontDeskStore) throws -> Void)] {
        [
            ("a correction keeps every changed field in the profile's history", keepsHistory),
            ("the search finds a corrected profile by its new details, not its old ones", searchFollows),
            ("a retired profile leaves search and duplicates, and its id still opens it", retiredLeavesSearch),
        ]
    }

    static let desk = Actor(login: "maria.s", property: "LIS", terminal: "desk 1")

    static func keepsHistory(_ store: FrontDeskStore) throws {
        let id = try store.addGuest(NewGuest(givenName: "Ana", familyName: "Lma", vip: .gold, email: "ana@old.example"), by: desk)
        var edited = NewGuest(try store.guest(id: id)!)
        edited.familyName = "Lima"
        edited.email = nil
        edited.phone = "+351 912 345 678"
        edited.vip = .none
        let start = Date()
        let changes = try store.updateGuest(id: id, to: edited, by: desk)
        try Expect.equal(changes.map(\.field), ["family name", "e-mail", "phone"], "what changed, in the form's order")
        let profile = try store.profile(guestID: id)!
        try Expect.equal(profile.guest.familyName, "Lima", "the new name")
        try Expect.equal(profile.guest.email, nil, "the e-mail removed")
        try Expect.equal(profile.guest.vip, .gold, "the VIP level is not the desk's to edit here")
        try Expect.equal(profile.changes.map(\.description),
                         ["family name Lma → Lima", "e-mail removed (was ana@old.example)", "phone added: +351 912 345 678"],
                         "the history, oldest first")
        try Expect.equal(profile.changes.first?.signature.login, "maria.s", "who")
        try Expect.stampedDuring(profile.changes.first?.signature.at, since: start, "when")
        try Expect.equal(try store.updateGuest(id: id, to: edited, by: desk), [], "the same again changes nothing")
        try Expect.equal(try store.profile(guestID: id)!.changes.count, 3, "and writes no history")
        var nameless = edited
        (nameless.givenName, nameless.familyName) = ("", " ")
        try Expect.fails("a guest with no name left", as: \.isInvalid) { try store.updateGuest(id: id, to: nameless, by: desk) }
        try Expect.fails("an unknown guest", as: \.isNotFound) { try store.updateGuest(id: 9_999, to: edited, by: desk) }
    }

    static func searchFollows(_ store: FrontDeskStore) throws {
        let id = try store.addGuest(NewGuest(givenName: "Ana", familyName: "Lma", loyaltyNumber: "FD1234"), by: desk)
        var edited = NewGuest(try store.guest(id: id)!)
        edited.familyName = "Lima"
        edited.loyaltyNumber = "FD9876"
        _ = try store.updateGuest(id: id, to: edited, by: desk)
        let found = { (query: String) in try store.searchGuests(query, limit: 5).results.map(\.guestID) }
        try Expect.equal(try found("ana lima"), [id], "by the new name")
        try Expect.equal(try found("fd9876"), [id], "by the new loyalty number")
        try Expect.equal(try found("fd1234"), [], "not by the old one")
        try Expect.equal(try found("lma"), [], "not by the old spelling")
    }

    static func retiredLeavesSearch(_ store: FrontDeskStore) throws {
        let kept = try store.addGuest(NewGuest(givenName: "Ana", familyName: "Lima", email: "ana@example.com"), by: desk)
        let mistake = try store.addGuest(NewGuest(givenName: "Ana", familyName: "Lima", email: "ana@example.com"), by: desk)
        try Expect.that(try store.duplicates(of: kept).contains { $0.newerID == mistake || $0.olderID == mistake },
                        "a probable duplicate before")
        try Expect.fails("a retirement without a reason", as: \.isInvalid) { try store.retireGuest(id: mistake, reason: " ", by: desk) }
        try store.retireGuest(id: mistake, reason: "typed twice at check-in", by: desk)
        try Expect.equal(try store.searchGuests("ana lima", limit: 5).results.map(\.guestID), [kept], "out of search")
        try Expect.equal(try store.duplicates(of: kept), [], "no longer offered as a duplicate")
        try Expect.equal(try store.duplicateCandidates(limit: 10), [], "nor in the duplicates list")
        let profile = try store.profile(guestID: mistake)
        try Expect.equal(profile?.guest.id, mistake, "its id still opens it")
        try Expect.equal(profile?.retirement?.reason, "typed twice at check-in", "with why")
        try Expect.equal(profile?.retirement?.signature.login, "maria.s", "and who")
        try Expect.fails("retired twice", as: \.isInvalid) { try store.retireGuest(id: mistake, reason: "again", by: desk) }
        try Expect.fails("a retired profile edited", as: \.isInvalid) {
            try store.updateGuest(id: mistake, to: NewGuest(givenName: "Ana", familyName: "Lima-Souza"), by: desk)
        }
        // It takes nothing new: whatever the guest says goes on their own profile.
        try Expect.fails("a preference on a retired profile", as: \.isInvalid) {
            try store.recordPreference(NewPreference(guestID: mistake, category: .bedding, detail: "Feather pillow"), by: desk)
        }
        try Expect.fails("a stay on a retired profile", as: \.isInvalid) {
            try store.addStay(guestID: mistake, room: "101", arrival: Day("2026-11-21")!, departure: Day("2026-11-23")!, status: .inHouse, by: desk)
        }
        try Expect.fails("a complaint on a retired profile", as: \.isInvalid) {
            try store.logComplaint(NewComplaint(guestID: mistake, category: .room, summary: "Cold"), policy: .standard, by: desk)
        }
        try Expect.fails("a trace on a retired profile", as: \.isInvalid) {
            try store.addTrace(NewTrace(guestID: mistake, department: .housekeeping, text: "Towels", due: Date()), by: desk)
        }
        try store.saveDraft(Draft(login: "maria.s", guestID: mistake, preference: NewPreference(guestID: mistake, category: .bedding, detail: "Feather"),
                                  savedAt: Date()))
        try Expect.equal(try store.draft(login: "maria.s", guestID: mistake)?.preference.detail, "Feather",
                         "a draft is still kept, so a terminal that had it open can leave")
    }
}
