import Foundation
import FrontDeskCore

/// Reads of many records at once, as the queue, the arrivals and the profile make them: the same
/// answers as one at a time, keyed by the ids asked for, merged ids giving their survivor.
enum ReadsContract {
    static var cases: [(name: String, run: (FrontDeskStore) throws -> Void)] {
        [
            ("many guests at once, merged ids giving their survivor", guests),
            ("many profiles, stays and complaints at once, as one at a time", profiles),
            ("reviews of many stays at once", reviews),
            ("nothing asked, nothing read", nothingAsked),
        ]
    }

    static let desk = Actor(login: "ana", property: "LIS", terminal: "desk-1")
    static let today = Day("2026-11-22")!

    static func guests(_ store: FrontDeskStore) throws {
        let ana = try store.addGuest(NewGuest(givenName: "Ana", familyName: "Lima"), by: desk)
        let ben = try store.addGuest(NewGuest(givenName: "Ben", familyName: "Okafor"), by: desk)
        let again = try store.addGuest(NewGuest(givenName: "Ana", familyName: "Lima", email: "ana@example.com"), by: desk)
        _ = try store.mergeGuests(survivor: ana, absorbed: again, by: desk)
        let found = try store.guests(ids: [ana, ben, again, 9_999])
        try Expect.equal(found[ana]?.displayName, "Ana Lima", "a guest by its id")
        try Expect.equal(found[ben]?.displayName, "Ben Okafor", "another guest")
        try Expect.equal(found[again]?.id, ana, "a merged id gives its survivor")
        try Expect.equal(found[again]?.email, "ana@example.com", "the survivor took the e-mail it lacked")
        try Expect.that(found[9_999] == nil, "an unknown id is left out")
    }

    static func profiles(_ store: FrontDeskStore) throws {
        var ids: [Int64] = []
        for (i, name) in ["Lima", "Okafor", "Dubois"].enumerated() {
            let id = try store.addGuest(NewGuest(givenName: "G\(i)", familyName: name), by: desk)
            ids.append(id)
            _ = try store.addStay(guestID: id, room: "10\(i)", arrival: today, departure: today.adding(days: i + 1),
                                  status: .reserved, by: desk)
            let p = try store.recordPreference(NewPreference(guestID: id, category: .bedding, detail: "Pillows \(i)"), by: desk)
            if i > 0 { try store.confirmPreference(id: p, by: desk) }
            if i == 2 { try store.retirePreference(id: p, reason: "changed", by: desk) }
            if i == 1 { try store.setFlag(.problematic, guestID: id, reason: "rude", by: desk) }
            try store.recordQuestionAsked(guestID: id, category: .room, by: desk)
            _ = try store.logComplaint(NewComplaint(guestID: id, category: .noise, summary: "Noise \(i)"), policy: .standard, by: desk)
        }
        let profiles = try store.profiles(guestIDs: ids)
        let stays = try store.stays(guestIDs: ids)
        let complaints = try store.complaints(guestIDs: ids)
        for id in ids {
            try Expect.equal(profiles[id], try store.profiles(guestIDs: [id])[id], "guest \(id)'s profile read with others and alone")
            try Expect.equal(stays[id], profiles[id]?.stays, "guest \(id)'s stays")
            try Expect.equal(complaints[id]?.map(\.summary), try store.complaints(guestIDs: [id])[id]?.map(\.summary),
                             "guest \(id)'s complaints")
        }
        try Expect.equal(profiles[ids[1]]?.preferences.first?.confirmations, 1, "confirmations are counted")
        try Expect.that(profiles[ids[2]]?.preferences.first?.retirement != nil, "a retirement is kept")
        try Expect.equal(profiles[ids[1]]?.flags.map(\.kind), [.problematic], "flags in force")
        try Expect.equal(profiles[ids[0]]?.lastQuestion, .room, "the last question")
        try Expect.equal(try store.complaints(guestIDs: [9_999])[9_999] ?? [], [], "an unknown guest has no complaints")
    }

    static func reviews(_ store: FrontDeskStore) throws {
        let a = try store.addGuest(NewGuest(givenName: "Ana", familyName: "Lima"), by: desk)
        let b = try store.addGuest(NewGuest(givenName: "Ben", familyName: "Okafor"), by: desk)
        let first = try store.addStay(guestID: a, room: "1", arrival: today, departure: today, status: .reserved, by: desk)
        let second = try store.addStay(guestID: b, room: "2", arrival: today, departure: today, status: .reserved, by: desk)
        try store.reviewArrival(stayID: first, by: desk)
        let reviews = try store.arrivalReviews(stayIDs: [first, second])
        try Expect.equal(reviews[first], try store.arrivalReviews(stayIDs: [first])[first], "a review read with others and alone")
        try Expect.that(reviews[first]?.needsReview == false, "the reviewed stay")
        try Expect.equal(reviews[second], .notReviewed, "the stay nobody reviewed")
    }

    static func nothingAsked(_ store: FrontDeskStore) throws {
        try Expect.that(try store.guests(ids: []).isEmpty && store.profiles(guestIDs: []).isEmpty
                        && store.stays(guestIDs: []).isEmpty && store.complaints(guestIDs: []).isEmpty
                        && store.arrivalReviews(stayIDs: []).isEmpty, "empty answers to empty questions")
    }
}
