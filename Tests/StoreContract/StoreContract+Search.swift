import Foundation
import FrontDeskCore

/// Search as you type: folding, every way a guest is found, order, limits, close spellings, the list's marks.
extension StoreContract {
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

    /// The mark in the list must say what the profile says (`GuestProfile.alerts`): a second store
    /// that decides it another way fails here.
    static func alertMarkFollowsTheProfile(_ store: GuestStore) throws {
        let today = day("2026-11-22")
        func guest(_ given: String, _ setUp: (Int64) throws -> Void) throws -> Int64 {
            let id = try add(store, given, "Marker")
            try setUp(id)
            return id
        }
        func stay(_ id: Int64, _ status: StayStatus) throws -> Int64 {
            try store.addStay(guestID: id, room: "2\(id)", arrival: today.adding(days: -3), departure: today, status: status, by: desk)
        }
        let shapes = [
            try guest("Allergy") { _ = try store.recordPreference(NewPreference(guestID: $0, category: .allergy, detail: "Nuts"), by: desk) },
            try guest("Critical") { _ = try store.recordPreference(NewPreference(guestID: $0, category: .room, detail: "Oxygen",
                                                                                 isCritical: true), by: desk) },
            try guest("Plain") { _ = try store.recordPreference(NewPreference(guestID: $0, category: .bedding, detail: "Foam"), by: desk) },
            try guest("Retired") {
                let p = try store.recordPreference(NewPreference(guestID: $0, category: .allergy, detail: "Cats"), by: desk)
                try store.retirePreference(id: p, reason: "tested again: none", by: desk)
            },
            try guest("Departed") {
                let s = try stay($0, .departed)
                _ = try store.recordPreference(NewPreference(guestID: $0, category: .other, detail: "Defibrillator nearby",
                                                             scope: .thisStay, isCritical: true, stayID: s), by: desk)
            },
            try guest("Cancelled") {
                let s = try stay($0, .cancelled)
                _ = try store.recordPreference(NewPreference(guestID: $0, category: .other, detail: "Wheelchair",
                                                             scope: .thisStay, isCritical: true, stayID: s), by: desk)
            },
            try guest("Inhouse") {
                let s = try stay($0, .inHouse)
                _ = try store.recordPreference(NewPreference(guestID: $0, category: .allergy, detail: "Latex",
                                                             scope: .thisStay, stayID: s), by: desk)
            },
            try guest("Elsewhere") {
                _ = try store.recordPreference(NewPreference(guestID: $0, category: .allergy, detail: "Shellfish",
                                                             onlyProperty: "OPO"), by: desk)
            },
            try guest("Sensitive") {
                _ = try store.recordPreference(NewPreference(guestID: $0, category: .health, detail: "Epilepsy",
                                                             isCritical: true, consent: true), by: desk)
            },
            try guest("Nothing") { _ in },
        ]
        let marks = Dictionary(uniqueKeysWithValues: try store.searchGuests("marker", limit: 20).results.map { ($0.guestID, $0.hasAlert) })
        let results = Dictionary(uniqueKeysWithValues: try store.searchGuests("marker", limit: 20).results.map { ($0.guestID, $0) })
        for id in shapes {
            let profile = try store.profile(guestID: id).unwrap("guest \(id)")
            try Expect.equal(marks[id], !profile.alerts.isEmpty, "the alert mark of \(profile.guest.givenName)")
            try Expect.equal(results[id]?.alertsAreSensitive, !profile.alerts.isEmpty && profile.alerts.allSatisfy(\.isSensitive),
                             "whether \(profile.guest.givenName)'s alerts are all sensitive")
        }
        try Expect.equal(shapes.filter { marks[$0] == true }.count, 5, "allergy, critical, in house, elsewhere and sensitive: five alerts")
    }
}
