import Foundation
import FrontDeskCore

/// What every GuestStore must do, whatever holds the data. Each case gets a fresh, empty store
/// from the store under test and throws a ContractFailure when the store breaks the contract.
/// No test framework is imported: the SQLite and PostgreSQL test targets each run these cases.
enum StoreContract {
    typealias Case = (name: String, run: (FrontDeskStore) throws -> Void)

    static var cases: [Case] {
        [
            ("guest round trip", guestRoundTrip),
            ("guest needs a name", guestNeedsAName),
            ("hostile text is stored exactly", hostileTextRoundTrips),
            ("hostile queries are only text", hostileQueriesAreText),
            ("search folds scripts and diacritics", searchFolds),
            ("search by several words", searchBySeveralWords),
            ("search by room of an in-house guest", searchByRoom),
            ("search by loyalty number", searchByLoyalty),
            ("search by phone with punctuation", searchByPhone),
            ("search by part of an e-mail", searchByEmailPart),
            ("search by company", searchByCompany),
            ("search by the Latin reading of a name", searchByReading),
            ("best matches first", bestMatchesFirst),
            ("one and two letter prefixes", shortPrefixes),
            ("limit counts guests, not matches", limitCountsGuests),
            ("empty query finds nothing", emptyQuery),
            ("suggestions one edit away", suggestionsOneEditAway),
            ("no suggestions when something matches", noSuggestionsWithResults),
            ("results show VIP, room and alerts", resultsShowVipRoomAndAlerts),
            ("the alert mark is the profile's alerts, whatever the case", alertMarkFollowsTheProfile),
            ("in-house guests by room", inHouseGuestsByRoom),
            ("stays", stays),
            ("unknown profile is nil", unknownProfile),
            ("preference record, confirm, retire", preferenceLifecycle),
            ("preference input is checked", preferenceInputChecked),
            ("drafts save, load, discard", drafts),
            ("complaint drafts save, load, discard", complaintDrafts),
        ]
    }

    // MARK: Fixtures

    static let desk = Actor(login: "ana", property: "LIS", terminal: "desk-1")
    static let porto = Actor(login: "ben", property: "OPO", terminal: "ssh")

    @discardableResult
    static func add(_ store: GuestStore, _ given: String, _ family: String, vip: VIPLevel = .none,
                    loyalty: String? = nil, email: String? = nil, phone: String? = nil,
                    company: String? = nil) throws -> Int64 {
        try store.addGuest(NewGuest(givenName: given, familyName: family, vip: vip, loyaltyNumber: loyalty,
                                    email: email, phone: phone, company: company), by: desk)
    }

    static func ids(_ store: GuestStore, _ query: String, limit: Int = 20) throws -> [Int64] {
        try store.searchGuests(query, limit: limit).results.map(\.guestID)
    }

    static func day(_ text: String) -> Day { Day(text)! }

    // MARK: Guests

    static func guestRoundTrip(_ store: GuestStore) throws {
        let start = Date()
        let new = NewGuest(title: "Dr", givenName: "Ana", familyName: "Lima", language: "pt", vip: .gold,
                           loyaltyNumber: "RC-1001", email: "ana.lima@example.com", phone: "+351 912 345 678",
                           company: "Acme Travel")
        let id = try store.addGuest(new, by: desk)
        guard let g = try store.guest(id: id) else { throw ContractFailure("guest #\(id) was not stored") }
        try Expect.equal(g.id, id, "id")
        try Expect.equal(g.title, "Dr", "title")
        try Expect.equal(g.givenName, "Ana", "given name")
        try Expect.equal(g.familyName, "Lima", "family name")
        try Expect.equal(g.language, "pt", "language")
        try Expect.equal(g.vip, .gold, "VIP level")
        try Expect.equal(g.loyaltyNumber, "RC-1001", "loyalty number")
        try Expect.equal(g.email, "ana.lima@example.com", "e-mail")
        try Expect.equal(g.phone, "+351 912 345 678", "phone")
        try Expect.equal(g.company, "Acme Travel", "company")
        try Expect.stampedDuring(g.createdAt, since: start, "created at")
        try Expect.equal(try store.guestCount(), 1, "guest count")

        let second = try add(store, "", "Walk-in")
        try Expect.that(second != id, "each guest gets its own id")
        try Expect.equal(try store.guest(id: second)?.loyaltyNumber, nil, "a missing loyalty number stays missing")
        try Expect.equal(try store.guestCount(), 2, "guest count")
        try Expect.equal(try store.guest(id: id + second + 1000), nil, "an unknown id finds no guest")
    }

    static func guestNeedsAName(_ store: GuestStore) throws {
        try Expect.fails("a guest without a name", as: \.isInvalid) {
            try store.addGuest(NewGuest(givenName: "  ", familyName: ""), by: desk)
        }
        try Expect.equal(try store.guestCount(), 0, "nothing stored after a refused guest")
    }

    static func hostileTextRoundTrips(_ store: GuestStore) throws {
        let names: [(String, String)] = [
            ("\u{1B}[31mRed\u{1B}[0m", "\u{1B}]0;pwned\u{07}Title"),
            ("Robert'); DROP TABLE guests;--", "O'Brien \"Bobby\""),
            ("Right\u{202E}tfel", "Left"),
            ("C1\u{9B}31m", "%s%n%x\\"),
            ("Jose\u{301}", "👩🏽‍⚕️ Zoë"),
        ]
        for (given, family) in names {
            let company = "\"OR\" NEAR(x) * ^col: \(given)"
            let id = try store.addGuest(NewGuest(givenName: given, familyName: family,
                                                 email: "\"q\"@example.com", company: company), by: desk)
            guard let g = try store.guest(id: id) else { throw ContractFailure("hostile guest #\(id) was not stored") }
            // Byte for byte: not even Unicode normalisation may change what was given.
            try Expect.equal(Array(g.givenName.utf8), Array(given.utf8), "given name bytes of \(given.debugDescription)")
            try Expect.equal(Array(g.familyName.utf8), Array(family.utf8), "family name bytes of \(family.debugDescription)")
            try Expect.equal(Array((g.company ?? "").utf8), Array(company.utf8), "company bytes")
            try Expect.equal(try store.profile(guestID: id)?.guest, g, "profile of a hostile guest")
        }
        let found = try store.searchGuests("robert", limit: 10).results
        try Expect.equal(found.count, 1, "search for the injection guest")
        try Expect.equal(found.first.map { Array($0.displayName.utf8) },
                         Array("Robert'); DROP TABLE guests;-- O'Brien \"Bobby\"".utf8), "display name unchanged")
        try Expect.equal(try store.guestCount(), names.count, "every hostile guest stored, none lost")
        // No engine keeps a NUL inside text alike: it is refused, by name, and nothing is half-stored.
        try Expect.fails("a name with a NUL", as: \.isInvalid) {
            try store.addGuest(NewGuest(givenName: "Nul\u{0}Byte", familyName: "Lima"), by: desk)
        }
        try Expect.equal(try store.guestCount(), names.count, "nothing stored of the name with a NUL")
    }

    static func hostileQueriesAreText(_ store: GuestStore) throws {
        try add(store, "Ana", "Lima", company: "Near Or And")
        for query in ["\"", "\"\"\"", "\"a\" OR \"b\"", "*", "NEAR(a b)", "lima*", "'", "%", "_", "a:b", "^lima",
                      "lima OR garcia", "(", ")", "\\", "\u{1B}[2J", "\u{0}", String(repeating: "x", count: 300)] {
            _ = try store.searchGuests(query, limit: 10)
        }
        try Expect.equal(try ids(store, "near or"), try ids(store, "lima"), "FTS operators in a query are words")
    }

    static func stays(_ store: GuestStore) throws {
        let id = try add(store, "Ana", "Lima")
        try Expect.fails("departure before arrival", as: \.isInvalid) {
            try store.addStay(guestID: id, room: "1", arrival: day("2024-06-05"), departure: day("2024-06-01"),
                              status: .reserved, by: desk)
        }
        try Expect.fails("a stay for an unknown guest", as: \.isNotFound) {
            try store.addStay(guestID: id + 999, room: "1", arrival: day("2024-06-01"), departure: day("2024-06-02"),
                              status: .reserved, by: desk)
        }
        let later = try store.addStay(guestID: id, room: "305", arrival: day("2025-03-01"), departure: day("2025-03-04"),
                                      status: .reserved, by: desk)
        let earlier = try store.addStay(guestID: id, room: "12", arrival: day("2024-11-20"), departure: day("2024-11-20"),
                                        status: .departed, by: porto)
        let stays = try store.profile(guestID: id)?.stays ?? []
        try Expect.equal(stays.map(\.id), [earlier, later], "stays in arrival order")
        try Expect.equal(stays.first, Stay(id: earlier, guestID: id, property: "OPO", room: "12", arrival: day("2024-11-20"),
                                           departure: day("2024-11-20"), status: .departed), "a day-use stay at the actor's property")
        try Expect.equal(stays.last?.status, .reserved, "status")
    }

    static func unknownProfile(_ store: GuestStore) throws {
        try Expect.equal(try store.profile(guestID: 424_242), nil, "profile of an unknown guest")
    }

    // MARK: Preferences

    static func preferenceLifecycle(_ store: GuestStore) throws {
        let guest = try add(store, "Ana", "Lima")
        let start = Date()
        let id = try store.recordPreference(NewPreference(guestID: guest, category: .bedding, detail: "  Feather pillows ",
                                                          level: .required, scope: .standing, source: .observed), by: desk)
        guard var p = try store.profile(guestID: guest)?.preferences.first else { throw ContractFailure("not recorded") }
        try Expect.equal(p.id, id, "id")
        try Expect.equal(p.detail, "Feather pillows", "detail, trimmed")
        try Expect.equal(p.category, .bedding, "category")
        try Expect.equal(p.level, .required, "level")
        try Expect.equal(p.source, .observed, "source")
        try Expect.equal(p.scope, .standing, "scope")
        try Expect.equal([p.recorded.login, p.recorded.property, p.recorded.terminal], ["ana", "LIS", "desk-1"], "recorded by")
        try Expect.stampedDuring(p.recorded.at, since: start, "recorded at")
        try Expect.equal(p.confirmations, 0, "confirmations of a new preference")
        try Expect.equal(p.lastConfirmed, nil, "never confirmed")
        try Expect.that(p.isActive, "a new preference is active")

        try store.confirmPreference(id: id, by: porto)
        p = try store.profile(guestID: guest)!.preferences[0]
        try Expect.equal(p.confirmations, 1, "confirmed once")
        try Expect.equal(p.lastConfirmed.map { [$0.login, $0.property, $0.terminal] }, ["ben", "OPO", "ssh"], "confirmed by")
        try Expect.stampedDuring(p.lastConfirmed?.at, since: p.recorded.at, "confirmed at")
        let firstConfirmation = p.lastConfirmed!.at
        try store.confirmPreference(id: id, by: desk)
        p = try store.profile(guestID: guest)!.preferences[0]
        try Expect.equal(p.confirmations, 2, "confirmed twice")
        try Expect.equal(p.lastConfirmed?.login, "ana", "the last confirmation is shown")
        try Expect.that(p.lastConfirmed!.at >= firstConfirmation, "the last confirmation is the latest")

        for blank in ["", "   \n"] {
            try Expect.fails("retiring without a reason", as: \.isInvalid) {
                try store.retirePreference(id: id, reason: blank, by: desk)
            }
        }
        try Expect.that(try store.profile(guestID: guest)!.preferences[0].isActive, "still active after a refused retirement")

        try store.retirePreference(id: id, reason: "Now prefers foam", by: porto)
        guard let profile = try store.profile(guestID: guest) else { throw ContractFailure("profile gone") }
        try Expect.equal(profile.preferences.count, 1, "a retired preference stays in history")
        p = profile.preferences[0]
        try Expect.that(!p.isActive, "a retired preference is not active")
        try Expect.equal(p.retirement?.reason, "Now prefers foam", "retirement reason")
        try Expect.equal(p.retirement.map { [$0.signature.login, $0.signature.property] }, ["ben", "OPO"], "retired by")
        try Expect.stampedDuring(p.retirement?.signature.at, since: start, "retired at")
        try Expect.equal(p.confirmations, 2, "confirmations kept after retirement")
        try Expect.equal(profile.activePreferences, [], "nothing active")
        try Expect.equal(profile.pastPreferences.map(\.id), [id], "history list")

        try Expect.fails("retiring twice", as: \.isRefusal) { try store.retirePreference(id: id, reason: "again", by: desk) }
        try Expect.fails("confirming a retired preference", as: \.isRefusal) { try store.confirmPreference(id: id, by: desk) }
        try Expect.equal(try store.profile(guestID: guest)!.preferences[0], p, "refused changes leave no trace")
        try Expect.fails("confirming an unknown preference", as: \.isNotFound) {
            try store.confirmPreference(id: id + 999, by: desk)
        }
        try Expect.fails("retiring an unknown preference", as: \.isNotFound) {
            try store.retirePreference(id: id + 999, reason: "gone", by: desk)
        }

        let second = try store.recordPreference(NewPreference(guestID: guest, category: .bedding, detail: "Foam pillows"), by: porto)
        try Expect.equal(try store.profile(guestID: guest)!.preferences.map(\.id), [id, second], "oldest first")
    }

    static func preferenceInputChecked(_ store: GuestStore) throws {
        let guest = try add(store, "Ana", "Lima")
        let other = try add(store, "Bruno", "Costa")
        let othersStay = try store.addStay(guestID: other, room: "1", arrival: day("2024-06-01"), departure: day("2024-06-02"),
                                           status: .inHouse, by: desk)
        try Expect.fails("an empty preference", as: \.isInvalid) {
            try store.recordPreference(NewPreference(guestID: guest, category: .other, detail: "  "), by: desk)
        }
        try Expect.fails("a preference for an unknown guest", as: \.isNotFound) {
            try store.recordPreference(NewPreference(guestID: other + 999, category: .other, detail: "Tea"), by: desk)
        }
        try Expect.fails("a preference tied to another guest's stay", as: \.isRefusal) {
            try store.recordPreference(NewPreference(guestID: guest, category: .other, detail: "Tea", stayID: othersStay), by: desk)
        }
        try Expect.equal(try store.profile(guestID: guest)?.preferences, [], "nothing recorded by refused input")
        let own = try store.addStay(guestID: guest, room: "2", arrival: day("2024-06-01"), departure: day("2024-06-02"),
                                    status: .inHouse, by: desk)
        _ = try store.recordPreference(NewPreference(guestID: guest, category: .celebration, detail: "Anniversary",
                                                     scope: .thisStay, stayID: own), by: desk)
        let p = try store.profile(guestID: guest)?.preferences.first
        try Expect.equal(p?.stayID, own, "tied to the stay")
        try Expect.equal(p?.scope, .thisStay, "this stay only")
    }

    // MARK: Drafts

    static func drafts(_ store: GuestStore) throws {
        let guest = try add(store, "Ana", "Lima")
        try Expect.equal(try store.draft(login: "ana", guestID: guest), nil, "no draft yet")
        let savedAt = Date(timeIntervalSince1970: 1_760_000_000.123)
        let pad = NewPreference(guestID: guest, category: .beverage, detail: "Green tea \u{1B}[0m at turndown",
                                level: .only, scope: .thisStay, source: .observed, isCritical: true)
        try store.saveDraft(Draft(login: "ana", guestID: guest, preference: pad, savedAt: savedAt))
        var loaded = try store.draft(login: "ana", guestID: guest)
        try Expect.equal(loaded?.preference, pad, "the draft's pad")
        try Expect.equal(loaded?.login, "ana", "login")
        try Expect.equal(loaded?.guestID, guest, "guest")
        try Expect.sameTime(loaded?.savedAt, savedAt, "saved at")

        var half = NewPreference(guestID: guest, category: .other, detail: "")
        half.level = .unacceptable
        try store.saveDraft(Draft(login: "ana", guestID: guest, preference: half, savedAt: savedAt.addingTimeInterval(60)))
        loaded = try store.draft(login: "ana", guestID: guest)
        try Expect.equal(loaded?.preference, half, "a later save replaces the draft, even a half-empty one")
        try Expect.sameTime(loaded?.savedAt, savedAt.addingTimeInterval(60), "saved at, replaced")
        try Expect.equal(try store.draft(login: "ben", guestID: guest), nil, "drafts are per associate")

        try store.discardDraft(login: "ana", guestID: guest)
        try Expect.equal(try store.draft(login: "ana", guestID: guest), nil, "discarded")
        try store.discardDraft(login: "ana", guestID: guest)
        try Expect.fails("a draft for an unknown guest", as: \.isNotFound) {
            try store.saveDraft(Draft(login: "ana", guestID: guest + 999, preference: pad, savedAt: savedAt))
        }
    }

    static func complaintDrafts(_ store: GuestStore) throws {
        let guest = try add(store, "Ana", "Lima")
        try Expect.equal(try store.complaintDraft(login: "ana", guestID: guest), nil, "no complaint draft yet")
        let savedAt = Date(timeIntervalSince1970: 1_760_000_000)
        let typed = ComplaintDraft(summary: "Shower cold \u{1B}[2J since 6am", category: .maintenance, categoryChosenByHand: true,
                                   severity: .high, immediateAction: "Engineer called", amount: "25,5", kind: .roomCredit)
        try store.saveComplaintDraft(typed, login: "ana", guestID: guest, savedAt: savedAt)
        try Expect.equal(try store.complaintDraft(login: "ana", guestID: guest), typed, "every field as typed, the amount unparsed")
        var later = typed
        later.summary = "Shower cold"
        try store.saveComplaintDraft(later, login: "ana", guestID: guest, savedAt: savedAt.addingTimeInterval(60))
        try Expect.equal(try store.complaintDraft(login: "ana", guestID: guest), later, "a later save replaces it")
        try Expect.equal(try store.complaintDraft(login: "ben", guestID: guest), nil, "complaint drafts are per associate")
        try Expect.equal(try store.draft(login: "ana", guestID: guest), nil, "a complaint draft is not a pad draft")
        try store.discardComplaintDraft(login: "ana", guestID: guest)
        try Expect.equal(try store.complaintDraft(login: "ana", guestID: guest), nil, "discarded")
        try store.discardComplaintDraft(login: "ana", guestID: guest)
        try Expect.fails("a complaint draft for an unknown guest", as: \.isNotFound) {
            try store.saveComplaintDraft(typed, login: "ana", guestID: guest + 999, savedAt: savedAt)
        }
    }
}
