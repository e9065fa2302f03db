import Foundation
import FrontDeskCore

/// Correcting a profile and retiring one made by mistake: each change kept with who and when, an
/// edit never undoing another terminal's, the search finding the profile by its new details only,
/// and a retired profile found by no search yet opened by its id, taking nothing new until it is
/// reinstated.
enum GuestHistoryContract {
    static var cases: [(name: String, run: (FrontDeskStore) throws -> Void)] {
        [
            ("a correction keeps every changed field in the profile's history", keepsHistory),
            ("a correction writes only what the editor changed, and never undoes another terminal's", concurrentEdits),
            ("the search finds a corrected profile by its new details, not its old ones", searchFollows),
            ("a retired profile leaves search and duplicates, and its id still opens it", retiredLeavesSearch),
            ("an id merged into another profile is neither edited nor retired by mistake", absorbedIDs),
        ]
    }

    static let desk = Actor(login: "maria.s", property: "LIS", terminal: "desk 1")

    static func edit(_ store: FrontDeskStore, _ id: Int64, _ change: (inout NewGuest) -> Void) throws -> [GuestChange] {
        let base = NewGuest(try store.guest(id: id)!)
        var edited = base
        change(&edited)
        return try store.updateGuest(id: id, from: base, to: edited, by: desk)
    }

    static func keepsHistory(_ store: FrontDeskStore) throws {
        let id = try store.addGuest(NewGuest(givenName: "Ana", familyName: "Lma", vip: .gold, email: "ana@old.example"), by: desk)
        let start = Date()
        let changes = try edit(store, id) { g in
            g.familyName = "Lima"
            g.email = nil
            g.phone = "+351 912 345 678"
            g.vip = .none
        }
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
        try Expect.equal(try edit(store, id) { _ in }, [], "nothing edited changes nothing")
        try Expect.equal(try store.profile(guestID: id)!.changes.count, 3, "and writes no history")
        try Expect.fails("a guest with no name left", as: \.isInvalid) { try edit(store, id) { ($0.givenName, $0.familyName) = ("", " ") } }
        try Expect.fails("an unknown guest", as: \.isNotFound) {
            try store.updateGuest(id: 9_999, from: NewGuest(givenName: "A", familyName: "B"), to: NewGuest(givenName: "A", familyName: "C"), by: desk)
        }
    }

    static func concurrentEdits(_ store: FrontDeskStore) throws {
        let id = try store.addGuest(NewGuest(givenName: "Ana", familyName: "Lima", email: "ana@old.example", phone: "+351 912 000 000"),
                                    by: desk)
        // Two terminals open the same profile; the first corrects the e-mail.
        let seenByBoth = NewGuest(try store.guest(id: id)!)
        var first = seenByBoth
        first.email = "ana@new.example"
        _ = try store.updateGuest(id: id, from: seenByBoth, to: first, by: desk)
        // The second corrects the phone only: the first one's e-mail stands.
        var second = seenByBoth
        second.phone = "+351 912 111 111"
        _ = try store.updateGuest(id: id, from: seenByBoth, to: second, by: Actor(login: "tom.b", property: "LIS"))
        let now = try store.guest(id: id)!
        try Expect.equal(now.email, "ana@new.example", "an edit never puts back what another terminal corrected")
        try Expect.equal(now.phone, "+351 912 111 111", "and keeps its own change")
        // A third, from the same old view, changes the e-mail too: refused, naming the field.
        var third = seenByBoth
        third.email = "ana@third.example"
        let why = try Expect.fails("a field changed meanwhile", as: \.isInvalid) {
            try store.updateGuest(id: id, from: seenByBoth, to: third, by: desk)
        }
        try Expect.that(why.contains("e-mail") && why.contains("another terminal"), "says which field: \(why)")
        try Expect.equal(try store.guest(id: id)!.email, "ana@new.example", "nothing refused was written")
    }

    static func searchFollows(_ store: FrontDeskStore) throws {
        let id = try store.addGuest(NewGuest(givenName: "Ana", familyName: "Lma", loyaltyNumber: "FD1234"), by: desk)
        _ = try edit(store, id) { g in
            g.familyName = "Lima"
            g.loyaltyNumber = "FD9876"
        }
        let found = { (query: String) in try store.searchGuests(query, limit: 5).results.map(\.guestID) }
        try Expect.equal(try found("ana lima"), [id], "by the new name")
        try Expect.equal(try found("fd9876"), [id], "by the new loyalty number")
        try Expect.equal(try found("fd1234"), [], "not by the old one")
        try Expect.equal(try found("lma"), [], "not by the old spelling")
        try Expect.equal(try store.integrityCheck(), [], "the search index is sound after the correction")
        // A name in another script corrected: found by the new name's passport spelling, shown with its reading.
        let ukrainian = try store.addGuest(NewGuest(givenName: "Олена", familyName: "Чала"), by: desk)
        _ = try edit(store, ukrainian) { $0.familyName = "Шевченко" }
        let found2 = try store.searchGuests("shevchenko", limit: 5).results
        try Expect.equal(found2.map(\.guestID), [ukrainian], "by the corrected name's Latin spelling")
        try Expect.that(found2.first?.nameReading?.lowercased().contains("shevchenko") == true,
                        "with the corrected reading beside it: \(found2.first?.nameReading ?? "none")")
        try Expect.equal(try store.searchGuests("chala", limit: 5).results.map(\.guestID), [], "not by the old one")
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
        try Expect.equal(try store.duplicates(of: mistake), [], "nor offers the real guest to be merged into it")
        try Expect.equal(try store.duplicateCandidates(limit: 10), [], "nor in the duplicates list")
        try Expect.fails("the real guest merged into the retired profile", as: \.isInvalid) {
            try store.mergeGuests(survivor: mistake, absorbed: kept, by: desk)
        }
        let profile = try store.profile(guestID: mistake)
        try Expect.equal(profile?.guest.id, mistake, "its id still opens it")
        try Expect.equal(profile?.retirement?.reason, "typed twice at check-in", "with why")
        try Expect.equal(profile?.retirement?.signature.login, "maria.s", "and who")
        try Expect.fails("retired twice", as: \.isInvalid) { try store.retireGuest(id: mistake, reason: "again", by: desk) }
        try Expect.fails("a retired profile edited", as: \.isInvalid) { try edit(store, mistake) { $0.familyName = "Lima-Souza" } }
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
        // A retirement made by mistake is undone by reinstating, with why; both stay in its history.
        try Expect.fails("reinstating one that is in use", as: \.isInvalid) { try store.reinstateGuest(id: kept, reason: "x", by: desk) }
        try store.reinstateGuest(id: mistake, reason: "not a duplicate after all: her daughter", by: desk)
        try Expect.equal(try store.profile(guestID: mistake)?.retirement, nil, "in use again")
        try Expect.equal(Set(try store.searchGuests("ana lima", limit: 5).results.map(\.guestID)), [kept, mistake], "found again")
        try Expect.equal(try store.profile(guestID: mistake)?.changes.map(\.description),
                         ["profile retired: typed twice at check-in", "profile reinstated: not a duplicate after all: her daughter"],
                         "both in the history")
    }

    static func absorbedIDs(_ store: FrontDeskStore) throws {
        let survivor = try store.addGuest(NewGuest(givenName: "Ana", familyName: "Lima"), by: desk)
        let absorbed = try store.addGuest(NewGuest(givenName: "Ana", familyName: "Lima"), by: desk)
        _ = try store.mergeGuests(survivor: survivor, absorbed: absorbed, by: desk)
        let why = try Expect.fails("retiring by the merged id", as: \.isInvalid) {
            try store.retireGuest(id: absorbed, reason: "duplicate", by: desk)
        }
        try Expect.that(why.contains("merged into guest #\(survivor)"), "names the profile it leads to: \(why)")
        try Expect.equal(try store.profile(guestID: survivor)?.retirement, nil, "the real guest is not retired")
        try Expect.fails("editing by the merged id", as: \.isInvalid) {
            try store.updateGuest(id: absorbed, from: NewGuest(try store.guest(id: survivor)!),
                                  to: NewGuest(givenName: "Ana", familyName: "Silva"), by: desk)
        }
        try Expect.equal(try store.guest(id: survivor)?.familyName, "Lima", "the real guest is not edited")
    }
}
