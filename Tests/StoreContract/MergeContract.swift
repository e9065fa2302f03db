import Foundation
import FrontDeskCore

/// Probable duplicates and merging them, for every store: a merge keeps everything anyone
/// recorded, under the survivor, and the absorbed id keeps leading there.
/// Permissions are not the store's (`MergePermission` is the caller's): these cases merge as anyone.
enum MergeContract {
    typealias Store = FrontDeskStore

    static var cases: [(name: String, run: (Store) throws -> Void)] {
        [
            ("a merge keeps all history under the survivor", keepsEverything),
            ("drafts move, and two of one associate become one", drafts),
            ("an absorbed id leads to the survivor, through chains", absorbedIDResolves),
            ("search finds a merged guest once, as the survivor", searchFindsTheSurvivorOnce),
            ("the merge is in the audit trail", audited),
            ("refused merges change nothing", refusals),
            ("duplicates of one guest", duplicatesOfOneGuest),
            ("a flag in force on either profile stays set", flagsInForceStaySet),
            ("drafts of different categories are not joined", draftsOfDifferentCategoriesStayApart),
            ("a one-off draft is not joined to a standing one", draftsOfDifferentScopesStayApart),
            ("details the survivor lacked are taken", detailsTheSurvivorLackedAreTaken),
            ("duplicate candidates across the database, best first", candidates),
        ]
    }

    static let ana = Actor(login: "ana", property: "LIS", terminal: "desk-1")
    static let sara = Actor(login: "sara", property: "LIS", terminal: "office")

    static func add(_ store: Store, _ given: String, _ family: String, email: String? = nil, loyalty: String? = nil,
                    born: String? = nil) throws -> Int64 {
        try store.addGuest(NewGuest(givenName: given, familyName: family, loyaltyNumber: loyalty, email: email,
                                    birthDate: born.map { Day($0)! }), by: ana)
    }

    /// Two profiles of one person: the survivor with a preference of its own, the absorbed one with a bit of everything.
    static func twoProfiles(_ store: Store) throws -> (survivor: Int64, absorbed: Int64) {
        let survivor = try add(store, "Ana", "Lima", email: "ana.lima@example.com")
        let absorbed = try add(store, "Ana", "Lima", email: "ana.lima@example.com")
        _ = try store.recordPreference(NewPreference(guestID: survivor, category: .beverage, detail: "Green tea"), by: ana)
        return (survivor, absorbed)
    }

    static func keepsEverything(_ store: Store) throws {
        let (survivor, absorbed) = try twoProfiles(store)
        let pillows = try store.recordPreference(NewPreference(guestID: absorbed, category: .bedding, detail: "Feather pillows"), by: ana)
        try store.confirmPreference(id: pillows, by: ana)
        let view = try store.recordPreference(NewPreference(guestID: absorbed, category: .room, detail: "Sea view"), by: ana)
        try store.retirePreference(id: view, reason: "asked for a quiet courtyard room since", by: ana)
        let stay = try store.addStay(guestID: absorbed, room: "101", arrival: Day("2026-11-20")!, departure: Day("2026-11-23")!,
                                     status: .inHouse, by: ana)
        let complaint = try store.logComplaint(NewComplaint(guestID: absorbed, category: .noise, summary: "Loud lift"),
                                               policy: .standard, by: ana)
        _ = try store.addEntry(complaintID: complaint.id, kind: .note, text: "called engineering", newOwner: nil,
                               compensation: nil, policy: .standard, by: ana)
        try store.setFlag(.problematic, guestID: absorbed, reason: "shouted at the night porter", by: sara)
        try store.recordQuestionAsked(guestID: absorbed, category: .bedding, by: ana)

        let summary = try store.mergeGuests(survivor: survivor, absorbed: absorbed, by: sara)
        try Expect.equal(summary, MergeSummary(survivorID: survivor, absorbedID: absorbed, preferences: 2, stays: 1,
                                               complaints: 1, flags: 1, questions: 1), "what moved")

        let profile = try store.profile(guestID: survivor).unwrap("the survivor's profile")
        try Expect.equal(Set(profile.preferences.map(\.detail)), ["Green tea", "Feather pillows", "Sea view"], "every preference")
        try Expect.that(profile.preferences.allSatisfy { $0.guestID == survivor }, "preferences belong to the survivor")
        let kept = try profile.preferences.first { $0.id == pillows }.unwrap("the confirmed preference")
        try Expect.equal(kept.confirmations, 1, "its confirmation moved with it")
        let retired = try profile.preferences.first { $0.id == view }.unwrap("the retired preference")
        try Expect.equal(retired.retirement?.reason, "asked for a quiet courtyard room since", "a retired one stays retired, with its reason")
        try Expect.equal(profile.stays.map(\.id), [stay], "the stay")
        try Expect.equal(profile.flags.map(\.kind), [.problematic], "the flag")
        try Expect.equal(profile.lastQuestion, .bedding, "the question asked")
        try Expect.equal(try store.complaints(guestID: survivor).map(\.id), [complaint.id], "the complaint")
        try Expect.equal(try store.entries(complaintID: complaint.id).map(\.text), ["Loud lift", "called engineering"],
                         "the complaint's timeline")
    }

    /// What the survivor lacked comes from the absorbed profile; what it had stays; the higher VIP level stands.
    static func detailsTheSurvivorLackedAreTaken(_ store: Store) throws {
        let survivor = try store.addGuest(NewGuest(givenName: "Ana", familyName: "Lima", email: "ana@example.com"), by: ana)
        let absorbed = try store.addGuest(NewGuest(givenName: "Ana", familyName: "Lima", vip: .gold, loyaltyNumber: "RC-7",
                                                   email: "old@example.com", birthDate: Day("1980-02-29")), by: ana)
        let summary = try store.mergeGuests(survivor: survivor, absorbed: absorbed, by: sara)
        let guest = try store.guest(id: survivor).unwrap("the survivor")
        try Expect.equal(guest.email, "ana@example.com", "the survivor's own e-mail stays")
        try Expect.equal(guest.loyaltyNumber, "RC-7", "the loyalty number it lacked")
        try Expect.equal(guest.birthDate, Day("1980-02-29"), "the birth date it lacked")
        try Expect.equal(guest.vip, .gold, "the higher VIP level")
        try Expect.equal(summary.detailsTaken, ["loyalty number", "birth date", "VIP level"], "said in the summary")
        try Expect.that(summary.description.contains("took loyalty number, birth date, VIP level from guest #\(absorbed)"),
                        "and in the audit trail's words")
    }

    /// Interleaved flag histories must not lift a flag: "do not rent" on either profile stays set.
    static func flagsInForceStaySet(_ store: Store) throws {
        let (survivor, absorbed) = try twoProfiles(store)
        try store.setFlag(.doNotRent, guestID: absorbed, reason: "unpaid bill", by: sara)
        try store.setFlag(.doNotRent, guestID: survivor, reason: "damaged room 301", by: sara)
        try store.clearFlag(.doNotRent, guestID: absorbed, reason: "bill paid", by: sara)
        _ = try store.mergeGuests(survivor: survivor, absorbed: absorbed, by: sara)
        try Expect.equal(try store.profile(guestID: survivor)?.flags.map(\.kind), [.doNotRent], "still do not rent")
    }

    /// Drafts of different categories are never joined: a health fact must not become a room note.
    static func draftsOfDifferentCategoriesStayApart(_ store: Store) throws {
        let (survivor, absorbed) = try twoProfiles(store)
        let at = Date(timeIntervalSince1970: 1_760_000_000)
        try store.saveDraft(Draft(login: "ana", guestID: survivor, preference: NewPreference(guestID: survivor, category: .room,
                                                                                        detail: "quiet room"), savedAt: at))
        try store.saveDraft(Draft(login: "ana", guestID: absorbed, preference: NewPreference(guestID: absorbed, category: .health,
                                                                                        detail: "insulin", consent: true), savedAt: at))
        let summary = try store.mergeGuests(survivor: survivor, absorbed: absorbed, by: sara)
        try Expect.equal([summary.draftsJoined, summary.draftsLeft], [0, 1], "left apart")
        try Expect.equal(try store.draft(login: "ana", guestID: survivor)?.preference.detail, "quiet room", "the room note unchanged")
        try store.discardDraft(login: "ana", guestID: survivor)
        let next = try store.draft(login: "ana", guestID: survivor).unwrap("the health note, offered next")
        try Expect.equal([next.preference.detail, next.preference.category.rawValue], ["insulin", "health"], "kept whole, not lost")
        try Expect.equal(try store.draft(login: "ana", guestID: absorbed)?.preference.detail, "insulin", "also by the absorbed id")
        // Kept while the pad is open again: the edited note replaces it, no stale copy is left to come back.
        var edited = next
        edited.preference.detail = "insulin, in the minibar fridge"
        try store.saveDraft(edited)
        try store.discardDraft(login: "ana", guestID: absorbed)
        try Expect.equal(try store.draft(login: "ana", guestID: survivor), nil, "each offered once, then none")
    }

    /// A one-off and a standing note are not joined: the joined note would make the one-off a rule.
    static func draftsOfDifferentScopesStayApart(_ store: Store) throws {
        let (survivor, absorbed) = try twoProfiles(store)
        let at = Date(timeIntervalSince1970: 1_760_000_000)
        try store.saveDraft(Draft(login: "ana", guestID: survivor, preference: NewPreference(
            guestID: survivor, category: .bedding, detail: "feather pillows"), savedAt: at))
        try store.saveDraft(Draft(login: "ana", guestID: absorbed, preference: NewPreference(
            guestID: absorbed, category: .bedding, detail: "extra pillow tonight", scope: .thisStay), savedAt: at))
        let summary = try store.mergeGuests(survivor: survivor, absorbed: absorbed, by: sara)
        try Expect.equal([summary.draftsJoined, summary.draftsLeft], [0, 1], "left apart")
        try Expect.equal(try store.draft(login: "ana", guestID: survivor)?.preference.detail, "feather pillows", "the survivor's first")
        try store.discardDraft(login: "ana", guestID: survivor)
        try Expect.equal(try store.draft(login: "ana", guestID: survivor)?.preference.scope, .thisStay, "then the other, as it was")
    }

    static func drafts(_ store: Store) throws {
        let (survivor, absorbed) = try twoProfiles(store)
        let at = Date(timeIntervalSince1970: 1_760_000_000)
        func pad(_ guest: Int64, _ detail: String) -> NewPreference { NewPreference(guestID: guest, category: .other, detail: detail) }
        try store.saveDraft(Draft(login: "ana", guestID: absorbed, preference: pad(absorbed, "ana's half note"), savedAt: at))
        try store.saveDraft(Draft(login: "ben", guestID: survivor, preference: pad(survivor, "ben on the survivor"), savedAt: at))
        try store.saveDraft(Draft(login: "ben", guestID: absorbed, preference: pad(absorbed, "ben on the absorbed"), savedAt: at))

        let summary = try store.mergeGuests(survivor: survivor, absorbed: absorbed, by: sara)
        try Expect.equal([summary.drafts, summary.draftsJoined], [1, 1], "drafts moved and joined")
        try Expect.equal(try store.draft(login: "ana", guestID: survivor)?.preference.detail, "ana's half note", "ana's draft moved")
        try Expect.equal(try store.draft(login: "ben", guestID: survivor)?.preference.detail,
                         "ben on the survivor / ben on the absorbed", "two drafts of one associate become one with both texts")
    }

    static func absorbedIDResolves(_ store: Store) throws {
        let (survivor, absorbed) = try twoProfiles(store)
        _ = try store.mergeGuests(survivor: survivor, absorbed: absorbed, by: sara)
        try Expect.equal(try store.resolvedGuestID(absorbed), survivor, "the absorbed id resolves")
        try Expect.equal(try store.resolvedGuestID(survivor), survivor, "the survivor is itself")
        try Expect.equal(try store.guest(id: absorbed)?.id, survivor, "guest(id:) of the absorbed id")
        try Expect.equal(try store.profile(guestID: absorbed)?.guest.id, survivor, "the absorbed profile shows the survivor")
        try Expect.equal(try store.profile(guestID: absorbed)?.preferences.map(\.detail), ["Green tea"], "with the survivor's history")
        try Expect.equal(try store.resolvedGuestID(absorbed + survivor + 1000), nil, "an unknown id resolves to nothing")

        let third = try add(store, "Ana", "Lima", email: "ana.lima@example.com")
        _ = try store.mergeGuests(survivor: third, absorbed: survivor, by: sara)
        try Expect.equal(try store.resolvedGuestID(absorbed), third, "a chain of merges is followed to its end")
        try Expect.equal(try store.profile(guestID: absorbed)?.preferences.map(\.detail), ["Green tea"], "history follows the chain")
    }

    static func searchFindsTheSurvivorOnce(_ store: Store) throws {
        let survivor = try add(store, "Ana", "Lima", email: "ana.lima@example.com")
        let absorbed = try add(store, "Anna", "Lima", loyalty: "RC-7788", born: "1980-04-23")
        _ = try store.mergeGuests(survivor: survivor, absorbed: absorbed, by: sara)
        for query in ["anna", "RC-7788", "lima", "an"] {
            let found = try store.searchGuests(query, limit: 10).results
            try Expect.equal(found.map(\.guestID), [survivor], "'\(query)' finds the survivor once")
        }
        try Expect.equal(try store.searchGuests("lima", limit: 10).results.first?.displayName, "Ana Lima", "by the survivor's name")
        try Expect.equal(try store.guestCount(), 2, "the absorbed row is kept, not deleted")
    }

    static func audited(_ store: Store) throws {
        let (survivor, absorbed) = try twoProfiles(store)
        _ = try store.recordPreference(NewPreference(guestID: absorbed, category: .bedding, detail: "Feather pillows"), by: ana)
        _ = try store.mergeGuests(survivor: survivor, absorbed: absorbed, by: sara)
        let merge = try store.auditTrail(login: "sara", since: nil, limit: 10).first { $0.action == "guests merged" }
            .unwrap("the merge in the trail")
        try Expect.equal([merge.subject, merge.detail, merge.property, merge.terminal],
                         ["guest #\(survivor)", "absorbed guest #\(absorbed): 1 preference", "LIS", "office"], "the merge entry")
        try Expect.equal(merge.refused, false, "a merge done, not refused")
    }

    static func refusals(_ store: Store) throws {
        let (survivor, absorbed) = try twoProfiles(store)
        let unknown = survivor + absorbed + 1000
        try Expect.fails("merging a guest into itself", as: \.isInvalid) {
            try store.mergeGuests(survivor: survivor, absorbed: survivor, by: sara)
        }
        let missing = try Expect.fails("an unknown survivor", as: \.isNotFound) {
            try store.mergeGuests(survivor: unknown, absorbed: absorbed, by: sara)
        }
        try Expect.that(missing.contains("#\(unknown)"), "the error names the id: \(missing)")
        try Expect.fails("an unknown absorbed guest", as: \.isNotFound) {
            try store.mergeGuests(survivor: survivor, absorbed: unknown, by: sara)
        }
        try Expect.equal(try store.auditTrail(login: "sara", since: nil, limit: 10).count, 0, "refusals wrote nothing")

        _ = try store.mergeGuests(survivor: survivor, absorbed: absorbed, by: sara)
        let twice = try Expect.fails("merging the same guest twice", as: \.isInvalid) {
            try store.mergeGuests(survivor: survivor, absorbed: absorbed, by: sara)
        }
        try Expect.that(twice.contains("already merged into guest #\(survivor)"), "says into whom: \(twice)")
        let other = try add(store, "Bruno", "Costa")
        let intoAbsorbed = try Expect.fails("merging into an absorbed guest", as: \.isInvalid) {
            try store.mergeGuests(survivor: absorbed, absorbed: other, by: sara)
        }
        try Expect.that(intoAbsorbed.contains("merge into guest #\(survivor) instead"), "says where to merge: \(intoAbsorbed)")
        try Expect.fails("merging a survivor into what it absorbed", as: \.isInvalid) {
            try store.mergeGuests(survivor: absorbed, absorbed: survivor, by: sara)
        }
        try Expect.equal(try store.resolvedGuestID(other), other, "the refused guest is still its own")
        try Expect.equal(try store.auditTrail(login: "sara", since: nil, limit: 10).filter { $0.action == "guests merged" }.count, 1,
                         "one merge, once")
    }

    /// Ana Lima three times (once swapped) with one e-mail, a namesake with another, and Katarzyna Nowak
    /// spelt two ways on one birthday, and once born another day.
    static func hotelWithDuplicates(_ store: Store) throws -> [Int64] {
        [try add(store, "Ana", "Lima", email: "ana@example.com"),
         try add(store, "ANA", "Líma", email: "Ana@Example.com"),
         try add(store, "Lima", "Ana", email: "ana@example.com"),
         try add(store, "Ana", "Lima", email: "another.ana@example.com"),
         try add(store, "Katarzyna", "Nowak", born: "1980-04-23"),
         try add(store, "Katarzina", "Nowak", born: "1980-04-23"),
         try add(store, "Katarzyna", "Nowak", born: "1981-04-23")]
    }

    static func pairs(_ matches: [DuplicateMatch]) -> [[Int64]] { matches.map { [$0.olderID, $0.newerID] } }

    static func duplicatesOfOneGuest(_ store: Store) throws {
        let g = try hotelWithDuplicates(store)
        try Expect.equal(pairs(try store.duplicates(of: g[0])), [[g[0], g[1]], [g[0], g[2]]], "Ana Lima's with her e-mail")
        try Expect.equal(try store.duplicates(of: g[0]).first?.reasons, ["same name and e-mail"], "why")
        try Expect.equal(pairs(try store.duplicates(of: g[5])), [[g[4], g[5]]], "a close spelling born the same day")
        try Expect.equal(try store.duplicates(of: g[6]).count, 0, "born another day: another person")
        try Expect.equal(try store.duplicates(of: g[3]).count, 0, "a namesake with another e-mail")
        try Expect.equal(try store.duplicates(of: g[6] + 1000).count, 0, "an unknown guest has none")

        _ = try store.mergeGuests(survivor: g[0], absorbed: g[1], by: sara)
        try Expect.equal(pairs(try store.duplicates(of: g[1])), [[g[0], g[2]]], "asked by the absorbed id: the survivor's, without itself")
    }

    static func candidates(_ store: Store) throws {
        let g = try hotelWithDuplicates(store)
        let all = try store.duplicateCandidates(limit: 100)
        try Expect.equal(pairs(all), [[g[0], g[1]], [g[0], g[2]], [g[1], g[2]], [g[4], g[5]]], "every probable pair, surest first")
        try Expect.equal(all.last?.reasons, ["similar name and same birth date"], "why the last")
        try Expect.equal(pairs(try store.duplicateCandidates(limit: 2)), [[g[0], g[1]], [g[0], g[2]]], "the limit keeps the best")
        _ = try store.mergeGuests(survivor: g[0], absorbed: g[1], by: sara)
        try Expect.equal(pairs(try store.duplicateCandidates(limit: 100)), [[g[0], g[2]], [g[4], g[5]]],
                         "an absorbed guest is no candidate any more")
    }
}
