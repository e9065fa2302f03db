import Foundation
import FrontDeskCore

/// What every store keeps for recognition: stays through check-in and check-out, arrivals and
/// their reviews, flags, questions asked, settings, and where a preference applies.
enum RecognitionContract {
    typealias Store = FrontDeskStore

    static var cases: [(name: String, run: (Store) throws -> Void)] {
        [
            ("stays move through check-in and check-out, and nowhere else", stayMoves),
            ("arrivals are the day's stays at the property, cancelled ones left out", arrivingStays),
            ("a review stands until the guest's preferences change", reviews),
            ("flags are set and cleared with a reason", flags),
            ("the last question asked is remembered", questions),
            ("settings are kept per property and the latest applies", settings),
            ("where a preference applies and the guest's consent are kept", placeAndConsent),
            ("a this-stay preference does not follow the guest to the next stay", oneOffStaysBehind),
            ("VIP levels are configured, the latest applies", vipLevels),
        ]
    }

    static let desk = Actor(login: "ana", property: "LIS", terminal: "desk-1")
    static let porto = Actor(login: "rui", property: "OPO", terminal: "desk-9")
    static let today = Day("2026-11-22")!

    static func guest(_ store: Store, _ family: String = "Lima") throws -> Int64 {
        try store.addGuest(NewGuest(givenName: "Ana", familyName: family), by: desk)
    }

    static func stayMoves(_ store: Store) throws {
        let g = try guest(store)
        let stay = try store.addStay(guestID: g, room: "101", arrival: today, departure: today.adding(days: 2), status: .reserved, by: desk)
        try Expect.equal(try store.setStayStatus(stayID: stay, to: .inHouse, revenueMinor: nil, by: desk).status, .inHouse, "checked in")
        let out = try store.setStayStatus(stayID: stay, to: .departed, revenueMinor: 45_000, by: desk)
        try Expect.equal([out.status.rawValue, String(out.revenueMinor)], ["departed", "45000"], "checked out with its revenue")
        try Expect.fails("a departed stay cannot come back", as: \.isInvalid) {
            try store.setStayStatus(stayID: stay, to: .inHouse, revenueMinor: nil, by: desk)
        }
        let next = try store.addStay(guestID: g, room: "102", arrival: today, departure: today, status: .reserved, by: desk)
        try Expect.fails("a reservation is not checked out before check-in", as: \.isInvalid) {
            try store.setStayStatus(stayID: next, to: .departed, revenueMinor: nil, by: desk)
        }
        try Expect.fails("negative revenue", as: \.isInvalid) {
            try store.setStayStatus(stayID: next, to: .inHouse, revenueMinor: -1, by: desk)
        }
        try Expect.equal(try store.stay(id: next)?.status, .reserved, "a refused move changes nothing")
        try Expect.fails("an unknown stay", as: \.isNotFound) { try store.setStayStatus(stayID: 9_999, to: .inHouse, revenueMinor: nil, by: desk) }
        try Expect.fails("a revenue no stay brings", as: \.isInvalid) {
            try store.addStay(guestID: g, room: "9", arrival: today, departure: today, status: .reserved,
                              revenueMinor: Stay.maximumRevenueMinor + 1, by: desk)
        }
    }

    static func arrivingStays(_ store: Store) throws {
        let g = try guest(store)
        let here = try store.addStay(guestID: g, room: "1", arrival: today, departure: today.adding(days: 1), status: .reserved, by: desk)
        let cancelled = try store.addStay(guestID: g, room: "2", arrival: today, departure: today.adding(days: 1), status: .reserved, by: desk)
        _ = try store.setStayStatus(stayID: cancelled, to: .cancelled, revenueMinor: nil, by: desk)
        _ = try store.addStay(guestID: g, room: "3", arrival: today.adding(days: 1), departure: today.adding(days: 2), status: .reserved, by: desk)
        _ = try store.addStay(guestID: g, room: "4", arrival: today, departure: today.adding(days: 1), status: .reserved, by: porto)
        try Expect.equal(try store.arrivingStays(property: "LIS", on: today).map(\.id), [here], "today's arrivals at LIS")
        try Expect.equal(try store.arrivingStays(property: "OPO", on: today).map(\.room), ["4"], "today's arrivals at OPO")
    }

    static func reviews(_ store: Store) throws {
        let g = try guest(store)
        let stay = try store.addStay(guestID: g, room: "1", arrival: today, departure: today.adding(days: 1), status: .reserved, by: desk)
        let pref = try store.recordPreference(NewPreference(guestID: g, category: .bedding, detail: "Foam pillows"), by: desk)
        try Expect.equal(try store.arrivalReview(stayID: stay), .notReviewed, "not reviewed yet")
        func settle() { Thread.sleep(forTimeInterval: 0.01) }
        settle()
        try store.reviewArrival(stayID: stay, by: desk)
        guard case .reviewed(let signature) = try store.arrivalReview(stayID: stay) else {
            throw ContractFailure("the review is kept: \(try store.arrivalReview(stayID: stay))")
        }
        try Expect.equal(signature.login, "ana", "who reviewed")
        for change in [{ _ = try store.recordPreference(NewPreference(guestID: g, category: .beverage, detail: "Tea"), by: porto) },
                       { try store.confirmPreference(id: pref, by: porto) },
                       { try store.retirePreference(id: pref, reason: "changed her mind", by: porto) }] {
            settle()
            try change()
            guard case .modified = try store.arrivalReview(stayID: stay) else {
                throw ContractFailure("a preference change after the review shows as modified")
            }
            settle()
            try store.reviewArrival(stayID: stay, by: desk)
            guard case .reviewed = try store.arrivalReview(stayID: stay) else { throw ContractFailure("reviewed again") }
        }
        settle()
        try store.setFlag(.problematic, guestID: g, reason: "rude to the night porter", by: porto)
        guard case .modified = try store.arrivalReview(stayID: stay) else { throw ContractFailure("a flag set after the review shows as modified") }
        try Expect.fails("an unknown stay", as: \.isNotFound) { try store.reviewArrival(stayID: 9_999, by: desk) }
    }

    static func flags(_ store: Store) throws {
        let g = try guest(store)
        try store.setFlag(.doNotRent, guestID: g, reason: "damaged room 301", by: desk)
        let flag = try (try store.profile(guestID: g)?.flags.first).unwrap("the flag")
        try Expect.equal([flag.kind.rawValue, flag.reason, flag.set.login, flag.set.property],
                         ["do-not-rent", "damaged room 301", "ana", "LIS"], "the flag, its reason and who set it")
        try Expect.fails("set twice", as: \.isInvalid) { try store.setFlag(.doNotRent, guestID: g, reason: "again", by: desk) }
        try Expect.fails("no reason", as: \.isInvalid) { try store.setFlag(.problematic, guestID: g, reason: "  ", by: desk) }
        try store.clearFlag(.doNotRent, guestID: g, reason: "paid for the damage", by: porto)
        try Expect.equal(try store.profile(guestID: g)?.flags.count, 0, "cleared")
        try Expect.fails("clear what is not set", as: \.isInvalid) { try store.clearFlag(.doNotRent, guestID: g, reason: "x", by: desk) }
        try Expect.fails("an unknown guest", as: \.isNotFound) { try store.setFlag(.problematic, guestID: 9_999, reason: "x", by: desk) }
    }

    static func questions(_ store: Store) throws {
        let g = try guest(store)
        try Expect.equal(try store.profile(guestID: g)?.lastQuestion, nil, "nothing asked yet")
        try store.recordQuestionAsked(guestID: g, category: .bedding, by: desk)
        try store.recordQuestionAsked(guestID: g, category: .room, by: porto)
        try Expect.equal(try store.profile(guestID: g)?.lastQuestion, .room, "the latest question")
    }

    static func settings(_ store: Store) throws {
        try Expect.equal(try store.recognitionSettings(property: "LIS"), RecognitionSettings(), "defaults")
        try store.setRecognitionOption("reconfirm-after-days", value: "30", property: "LIS", by: desk)
        try store.setRecognitionOption("reconfirm-after-days", value: "90", property: "LIS", by: desk)
        try store.setRecognitionOption("question-order", value: "newspaper,room", property: "LIS", by: desk)
        let lis = try store.recognitionSettings(property: "LIS")
        try Expect.equal(lis.reconfirmAfterDays, 90, "the latest applies")
        try Expect.equal(lis.questionOrder, [.newspaper, .room], "the question order")
        try Expect.equal(try store.recognitionSettings(property: "OPO"), RecognitionSettings(), "another property keeps the defaults")
        try Expect.fails("a bad value", as: \.isInvalid) {
            try store.setRecognitionOption("tier-window-days", value: "soon", property: "LIS", by: desk)
        }
        try Expect.fails("an unknown setting", as: \.isInvalid) {
            try store.setRecognitionOption("colour", value: "red", property: "LIS", by: desk)
        }
        try Expect.equal(try store.recognitionSettings(property: "LIS"), lis, "a refused setting changes nothing")
    }

    static func placeAndConsent(_ store: Store) throws {
        let g = try guest(store)
        _ = try store.recordPreference(NewPreference(guestID: g, category: .room, detail: "Sea view", onlyProperty: "opo "), by: desk)
        _ = try store.recordPreference(NewPreference(guestID: g, category: .health, detail: "Insulin in the fridge", consent: true), by: desk)
        try Expect.fails("a sensitive fact without consent", as: \.isInvalid) {
            try store.recordPreference(NewPreference(guestID: g, category: .sobriety, detail: "No alcohol"), by: desk)
        }
        let prefs = try (try store.profile(guestID: g)?.preferences).unwrap("the preferences")
        try Expect.equal(prefs.map { $0.onlyProperty ?? "all" }, ["OPO", "all"], "where each applies")
        try Expect.equal(prefs.map(\.consent), [false, true], "consent is kept")
    }

    static func vipLevels(_ store: Store) throws {
        try Expect.equal(try store.vipCatalog(), VIPCatalog.standard, "a new database starts with the defaults")
        try store.setVIPLevel(VIPLevelDefinition(rank: 2, code: "Gold-Circle", name: "Gold Circle", role: "alert"), by: desk)
        try store.setVIPLevel(VIPLevelDefinition(rank: 5, code: "founder", name: "Founder"), by: desk)
        let catalog = try store.vipCatalog()
        try Expect.equal(catalog.levels.map(\.code), ["silver", "gold-circle", "platinum", "ambassador", "founder"], "codes by rank")
        try Expect.equal([catalog.name(of: .gold), catalog.role(of: .gold)], ["Gold Circle", "alert"], "renamed and recoloured")
        try Expect.equal(catalog.level(text: "founder"), VIPLevel(rank: 5), "a new rank is found by its code")
        try Expect.fails("a code used by another rank", as: \.isInvalid) {
            try store.setVIPLevel(VIPLevelDefinition(rank: 6, code: "founder", name: "Other"), by: desk)
        }
        try Expect.fails("an unknown colour role", as: \.isInvalid) {
            try store.setVIPLevel(VIPLevelDefinition(rank: 6, code: "x", name: "X", role: "pink"), by: desk)
        }
        let g = try store.addGuest(NewGuest(givenName: "Ana", familyName: "Lima", vip: VIPLevel(rank: 5)), by: desk)
        try Expect.equal(try store.guest(id: g)?.vip, VIPLevel(rank: 5), "a guest keeps a configured rank")
    }

    static func oneOffStaysBehind(_ store: Store) throws {
        let g = try guest(store)
        let first = try store.addStay(guestID: g, room: "1", arrival: today.adding(days: -3), departure: today.adding(days: -1), status: .inHouse, by: desk)
        _ = try store.recordPreference(NewPreference(guestID: g, category: .celebration, detail: "Anniversary cake",
                                                     scope: .thisStay, stayID: first), by: desk)
        _ = try store.recordPreference(NewPreference(guestID: g, category: .bedding, detail: "Foam pillows"), by: desk)
        _ = try store.setStayStatus(stayID: first, to: .departed, revenueMinor: 30_000, by: desk)
        _ = try store.addStay(guestID: g, room: "2", arrival: today, departure: today.adding(days: 2), status: .reserved, by: desk)
        let arrivals = try ArrivalsBriefing.load(from: store, property: "LIS", day: today, viewer: .associate, today: today)
        try Expect.equal(arrivals.count, 1, "one arrival")
        try Expect.equal(arrivals[0].prepare.map(\.detail), ["Foam pillows"], "only the standing preference is prepared")
    }
}
