import Foundation
import FrontDeskCore

/// What every GuestStore must do, whatever holds the data. Each case gets a fresh, empty store
/// from `makeStore` and throws a ContractFailure when the store breaks the contract.
/// No test framework is imported: the SQLite and PostgreSQL test targets each run these cases.
public enum StoreContract {
    public typealias Case = (name: String, run: (GuestStore) throws -> Void)

    public static var caseNames: [String] { cases.map(\.name) }

    /// Every case, bound to a store factory: run each one on its own fresh store.
    public static func all(makeStore: @escaping () throws -> GuestStore) -> [(name: String, run: () throws -> Void)] {
        cases.map { c in (c.name, { try c.run(try makeStore()) }) }
    }

    /// Runs the named case on a fresh store.
    public static func run(_ name: String, makeStore: () throws -> GuestStore) throws {
        guard let c = cases.first(where: { $0.name == name }) else {
            throw ContractFailure("no contract case named \(name)")
        }
        try c.run(try makeStore())
    }

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
            ("in-house guests by room", inHouseGuestsByRoom),
            ("stays", stays),
            ("unknown profile is nil", unknownProfile),
            ("preference record, confirm, retire", preferenceLifecycle),
            ("preference input is checked", preferenceInputChecked),
            ("drafts save, load, discard", drafts),
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
            ("Right\u{202E}tfel", "Nul\u{0}Byte"),
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
    }

    static func hostileQueriesAreText(_ store: GuestStore) throws {
        try add(store, "Ana", "Lima", company: "Near Or And")
        for query in ["\"", "\"\"\"", "\"a\" OR \"b\"", "*", "NEAR(a b)", "lima*", "'", "%", "_", "a:b", "^lima",
                      "lima OR garcia", "(", ")", "\\", "\u{1B}[2J", "\u{0}", String(repeating: "x", count: 300)] {
            _ = try store.searchGuests(query, limit: 10)
        }
        try Expect.equal(try ids(store, "near or"), try ids(store, "lima"), "FTS operators in a query are words")
    }

    // MARK: Search

    static func searchFolds(_ store: GuestStore) throws {
        let jose = try add(store, "José", "García")
        let soren = try add(store, "Søren", "Kierkegaard")
        let zhang = try add(store, "伟", "张")
        let lukasz = try add(store, "Łukasz", "Nowak")
        let strasse = try add(store, "Jürgen", "Straße")
        let nguyen = try add(store, "Văn An", "Nguyễn")
        let cases: [(String, Int64, String)] = [
            ("jose", jose, "José García"), ("garcia", jose, "José García"), ("JOSÉ", jose, "José García"),
            ("soren", soren, "Søren Kierkegaard"), ("Søren", soren, "Søren Kierkegaard"),
            ("zhang", zhang, "张伟"), ("zhang wei", zhang, "张伟"), ("张伟", zhang, "张伟"),
            ("lukasz", lukasz, "Łukasz Nowak"), ("strasse", strasse, "Jürgen Straße"),
            ("jurgen", strasse, "Jürgen Straße"), ("nguyen", nguyen, "Văn An Nguyễn"),
        ]
        for (query, id, name) in cases {
            let results = try store.searchGuests(query, limit: 10).results
            guard let hit = results.first(where: { $0.guestID == id }) else {
                throw ContractFailure("\"\(query)\" does not find \(name): \(results.map(\.displayName))")
            }
            try Expect.equal(hit.displayName, name, "display name found by \"\(query)\"")
            try Expect.equal(results.first?.guestID, id, "\"\(query)\" puts \(name) first")
        }
    }

    static func searchBySeveralWords(_ store: GuestStore) throws {
        try add(store, "Maria", "García")
        let jose = try add(store, "José", "García")
        try add(store, "José", "Lopes")
        for query in ["jose garcia", "garcia jose", "José G", "GARCÍA, José"] {
            try Expect.equal(try ids(store, query).first, jose, "\"\(query)\" puts José García first")
        }
    }

    static func searchByRoom(_ store: GuestStore) throws {
        let inHouse = try add(store, "Ana", "Lima")
        let departed = try add(store, "Bruno", "Costa")
        let elsewhere = try add(store, "Carla", "Dias")
        _ = try store.addStay(guestID: departed, room: "1204", arrival: day("2024-05-01"), departure: day("2024-05-04"),
                              status: .departed, by: desk)
        _ = try store.addStay(guestID: inHouse, room: "1204", arrival: day("2024-06-01"), departure: day("2024-06-05"),
                              status: .inHouse, by: desk)
        _ = try store.addStay(guestID: elsewhere, room: "1205", arrival: day("2024-06-01"), departure: day("2024-06-05"),
                              status: .inHouse, by: desk)
        let results = try store.searchGuests("1204", limit: 10).results
        try Expect.equal(results.first?.guestID, inHouse, "room 1204 finds the guest in house first")
        try Expect.equal(results.first?.room, "1204", "the result shows the room")
        try Expect.that(!results.contains { $0.guestID == departed }, "room 1204 does not find the departed guest")
        try Expect.that(!results.contains { $0.guestID == elsewhere }, "room 1204 does not find room 1205")
        try Expect.equal(try store.searchGuests("costa", limit: 10).results.first?.room, nil,
                         "a departed guest shows no room")
    }

    static func searchByLoyalty(_ store: GuestStore) throws {
        let member = try add(store, "Ana", "Lima", loyalty: "RC-88231")
        try add(store, "Bruno", "Costa", loyalty: "RC-11111")
        for query in ["RC-88231", "rc 88231", "rc88231", "88231"] {
            let results = try store.searchGuests(query, limit: 10).results
            try Expect.equal(results.first?.guestID, member, "\"\(query)\" finds the member first")
            try Expect.equal(results.first?.loyaltyNumber, "RC-88231", "the result shows the loyalty number")
        }
    }

    static func searchByPhone(_ store: GuestStore) throws {
        let caller = try add(store, "Ana", "Lima", phone: "+1 (415) 555-0134")
        try add(store, "Bruno", "Costa", phone: "+351 912 345 678")
        for query in ["+1 (415) 555-0134", "14155550134", "(415) 555-0134", "415.555.0134", "555-0134"] {
            try Expect.equal(try ids(store, query), [caller], "\"\(query)\" finds the caller")
        }
    }

    static func searchByEmailPart(_ store: GuestStore) throws {
        let ana = try add(store, "Ana", "Lima", email: "ana.lima@example.com")
        let souza = try add(store, "Ana", "Souza", email: "asouza@other.org")
        for query in ["ana.lima@example.com", "ana.lima", "lima@example", "example.com"] {
            let found = try ids(store, query)
            try Expect.equal(found.first, ana, "\"\(query)\" finds the e-mail's owner first")
            try Expect.that(!found.contains(souza), "\"\(query)\" does not find another Ana")
        }
        try Expect.equal(try ids(store, "other.org"), [souza], "a domain finds its guest")
    }

    static func searchByCompany(_ store: GuestStore) throws {
        let traveller = try add(store, "Ana", "Lima", company: "Acme Travel")
        try add(store, "Bruno", "Costa", company: "Globex")
        try Expect.equal(try ids(store, "acme"), [traveller], "company name")
        try Expect.equal(try ids(store, "travel"), [traveller], "a word inside the company name")
    }

    static func searchByReading(_ store: GuestStore) throws {
        let yamada = try store.addGuest(NewGuest(givenName: "太郎", familyName: "山田", nameReading: "Yamada Taro"), by: desk)
        try add(store, "Yamamoto", "Smith")
        try Expect.equal(try ids(store, "yamada"), [yamada], "family name by its reading")
        try Expect.equal(try ids(store, "taro yamada"), [yamada], "reading in the other order")
        try Expect.equal(try ids(store, "山田"), [yamada], "the name as written still finds the guest")
        try Expect.equal(try store.guest(id: yamada)?.nameReading, "Yamada Taro", "reading kept")
    }

    static func bestMatchesFirst(_ store: GuestStore) throws {
        // Added worst first, so id order alone would get it wrong.
        let substring = try add(store, "Pedro", "Climaco")
        let prefix = try add(store, "Rita", "Limaye")
        let exact = try add(store, "Ana", "Lima")
        let found = try ids(store, "lima")
        try Expect.equal(found, [exact, prefix, substring], "exact family name, then prefix, then substring")
    }

    static func shortPrefixes(_ store: GuestStore) throws {
        let garcia = try add(store, "José", "García")
        let gomez = try add(store, "Luis", "Gómez")
        let lima = try add(store, "Ana", "Lima")
        let g = try ids(store, "g")
        try Expect.that(g.contains(garcia) && g.contains(gomez), "\"g\" finds García and Gómez: \(g)")
        try Expect.that(!g.contains(lima), "\"g\" does not find Lima")
        try Expect.equal(try ids(store, "ga"), [garcia], "\"ga\"")
        try Expect.equal(try ids(store, "GÁ"), [garcia], "\"GÁ\" folds like \"ga\"")
        try Expect.equal(try ids(store, "zq"), [], "\"zq\" finds nobody")
    }

    static func limitCountsGuests(_ store: GuestStore) throws {
        for i in 0..<12 { try add(store, "Gabriela\(i)", "García", email: "g\(i)@garcia.example") }
        for query in ["g", "ga", "garcia", "arci"] {
            let found = try ids(store, query, limit: 5)
            try Expect.equal(found.count, 5, "\"\(query)\" with limit 5")
            try Expect.equal(Set(found).count, 5, "\"\(query)\" lists each guest once")
        }
        try Expect.equal(try ids(store, "g", limit: 50).count, 12, "every García once")
    }

    static func emptyQuery(_ store: GuestStore) throws {
        try add(store, "Ana", "Lima")
        for query in ["", "   ", "!!!", "—", "\u{1B}"] {
            let outcome = try store.searchGuests(query, limit: 10)
            try Expect.equal(outcome, GuestSearchOutcome(results: []), "query \(query.debugDescription)")
        }
    }

    static func suggestionsOneEditAway(_ store: GuestStore) throws {
        try add(store, "José", "García")
        try add(store, "Ana", "Lima")
        let garsia = try store.searchGuests("garsia", limit: 10)
        try Expect.equal(garsia.results, [], "\"garsia\" matches nobody")
        try Expect.that(garsia.suggestions.contains("garcia"), "\"garsia\" suggests garcia: \(garsia.suggestions)")
        try Expect.that(garsia.suggestions.count <= 5, "at most five suggestions")
        let twoWords = try store.searchGuests("jose garsia", limit: 10)
        try Expect.that(twoWords.suggestions.contains("jose garcia"), "\"jose garsia\" suggests jose garcia: \(twoWords.suggestions)")
        try Expect.that(try store.searchGuests("lmia", limit: 10).suggestions.contains("lima"), "a transposition")
        for suggestion in garsia.suggestions + twoWords.suggestions {
            try Expect.that(!(try ids(store, suggestion)).isEmpty, "suggestion \(suggestion) finds someone")
        }
    }

    static func noSuggestionsWithResults(_ store: GuestStore) throws {
        try add(store, "José", "García")
        try add(store, "Ana", "Garcio")
        let found = try store.searchGuests("garcia", limit: 10)
        try Expect.that(!found.results.isEmpty, "garcia finds someone")
        try Expect.equal(found.suggestions, [], "no suggestions when something matches")
        try Expect.equal(try store.searchGuests("qqqzzzxx", limit: 10).suggestions, [], "nothing close, nothing suggested")
        try Expect.equal(try store.searchGuests("gx", limit: 10).suggestions, [], "no suggestions under three letters")
    }

    static func resultsShowVipRoomAndAlerts(_ store: GuestStore) throws {
        let ana = try add(store, "Ana", "Lima", vip: .platinum)
        let bruno = try add(store, "Bruno", "Lima")
        let carla = try add(store, "Carla", "Lima")
        let allergy = try store.recordPreference(NewPreference(guestID: ana, category: .allergy, detail: "Peanuts"), by: desk)
        _ = try store.recordPreference(NewPreference(guestID: bruno, category: .other, detail: "Deaf: knock loudly",
                                                     isCritical: true), by: desk)
        _ = try store.recordPreference(NewPreference(guestID: carla, category: .bedding, detail: "Feather pillows"), by: desk)
        _ = try store.addStay(guestID: carla, room: "305", arrival: day("2024-06-01"), departure: day("2024-06-03"),
                              status: .inHouse, by: desk)
        var rows = Dictionary(uniqueKeysWithValues: try store.searchGuests("lima", limit: 10).results.map { ($0.guestID, $0) })
        try Expect.equal(rows[ana]?.vip, .platinum, "VIP level in the list")
        try Expect.equal(rows[ana]?.hasAlert, true, "an allergy is an alert")
        try Expect.equal(rows[bruno]?.hasAlert, true, "a critical preference is an alert")
        try Expect.equal(rows[carla]?.hasAlert, false, "a pillow is not an alert")
        try Expect.equal(rows[carla]?.room, "305", "in-house room in the list")
        try Expect.equal(rows[ana]?.room, nil, "no room when not in house")
        try store.retirePreference(id: allergy, reason: "Entered on the wrong guest", by: desk)
        rows = Dictionary(uniqueKeysWithValues: try store.searchGuests("lima", limit: 10).results.map { ($0.guestID, $0) })
        try Expect.equal(rows[ana]?.hasAlert, false, "a retired allergy is no longer an alert")

        let dora = try add(store, "Dora", "Lima")
        let over = try store.addStay(guestID: dora, room: "12", arrival: day("2024-05-01"), departure: day("2024-05-03"),
                                     status: .departed, by: desk)
        _ = try store.recordPreference(NewPreference(guestID: dora, category: .other, detail: "Surprise party: keep it quiet",
                                                     scope: .thisStay, isCritical: true, stayID: over), by: desk)
        rows = Dictionary(uniqueKeysWithValues: try store.searchGuests("lima", limit: 10).results.map { ($0.guestID, $0) })
        try Expect.equal(rows[dora]?.hasAlert, false, "a one-off alert of a stay that is over is no longer an alert")
    }

    static func inHouseGuestsByRoom(_ store: GuestStore) throws {
        let lisbon = [("1204", "Ana"), ("305", "Bruno"), ("98", "Carla")]
        for (room, name) in lisbon {
            let id = try add(store, name, "Lima")
            _ = try store.addStay(guestID: id, room: room, arrival: day("2024-06-01"), departure: day("2024-06-05"),
                                  status: .inHouse, by: desk)
        }
        let gone = try add(store, "Dora", "Lima")
        _ = try store.addStay(guestID: gone, room: "101", arrival: day("2024-05-01"), departure: day("2024-05-03"),
                              status: .departed, by: desk)
        let coming = try add(store, "Eva", "Lima")
        _ = try store.addStay(guestID: coming, room: "102", arrival: day("2024-07-01"), departure: day("2024-07-03"),
                              status: .reserved, by: desk)
        let porto = try add(store, "Filipe", "Lima")
        _ = try store.addStay(guestID: porto, room: "12", arrival: day("2024-06-01"), departure: day("2024-06-05"),
                              status: .inHouse, by: StoreContract.porto)
        let here = try store.inHouseGuests(property: "LIS", limit: 10)
        try Expect.equal(here.map(\.room), ["98", "305", "1204"], "in-house rooms at LIS in room order")
        try Expect.equal(here.map(\.displayName), ["Carla Lima", "Bruno Lima", "Ana Lima"], "in-house guests at LIS")
        try Expect.equal(try store.inHouseGuests(property: "LIS", limit: 2).count, 2, "limit")
        try Expect.equal(try store.inHouseGuests(property: "OPO", limit: 10).map(\.guestID), [porto], "only OPO's guests")
        try Expect.equal(try store.inHouseGuests(property: "NYC", limit: 10), [], "a property with nobody in house")
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
}
