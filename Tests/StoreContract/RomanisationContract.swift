import Foundation
import FrontDeskCore

/// Names in every script are found by the spellings a desk types (RomanisationSamples), and a
/// row says why it is listed and what may tell it from a namesake: rules every store shares.
enum RomanisationContract {
    static var cases: [StoreContract.Case] {
        [
            ("every spelling of a sample finds its guest", everySpellingFinds),
            ("the guest stays listed while a spelling is typed", typingKeepsTheGuest),
            ("a name in another script shows its Latin reading", readingsShown),
            ("a row says why it is listed and what identifies it", whyAndWhat),
            ("close spellings are offered as names are spelt", suggestionsReadAsNames),
        ]
    }

    @discardableResult
    static func addSamples(_ store: GuestStore) throws -> [(RomanisationSamples.Sample, Int64)] {
        try RomanisationSamples.all.map { sample in
            (sample, try store.addGuest(NewGuest(givenName: sample.given, familyName: sample.family, language: sample.language,
                                                 nameReading: sample.reading), by: StoreContract.desk))
        }
    }

    static func everySpellingFinds(_ store: FrontDeskStore) throws {
        var missed: [String] = []
        for (sample, id) in try addSamples(store) {
            for spelling in sample.spellings where !(try StoreContract.ids(store, spelling, limit: 10)).contains(id) {
                missed.append("\(sample.script) \(sample.given) \(sample.family) by \"\(spelling)\"")
            }
        }
        try Expect.equal(missed, [], "spellings that do not find their guest")
    }

    static func typingKeepsTheGuest(_ store: FrontDeskStore) throws {
        let samples = try addSamples(store)
        for spelling in ["arkhipenko", "shcherbakov", "andreyev", "yevgeniy", "tsvetkova", "mpalta", "yeghiazaryan", "boonmee"] {
            guard let id = samples.first(where: { $0.0.spellings.contains(spelling) })?.1 else {
                throw ContractFailure("no sample is spelt \(spelling)")
            }
            for length in 3...spelling.count {
                let typed = String(spelling.prefix(length))
                try Expect.that(try StoreContract.ids(store, typed, limit: 50).contains(id), "\"\(typed)\" on the way to \"\(spelling)\"")
            }
        }
    }

    static func readingsShown(_ store: FrontDeskStore) throws {
        try addSamples(store)
        let cases: [(String, String, String?)] = [
            ("chala", "Оксана Чала", "Oksana Chala"), ("zhang", "张伟", "Zhang Wei"),
            ("yamada", "山田太郎", "Yamada Taro"), ("papadopoulos", "Γεώργιος Παπαδόπουλος", "Georgios Papadopoulos"),
            ("kierkegaard", "Søren Kierkegaard", nil),
        ]
        for (query, name, reading) in cases {
            let row = try store.searchGuests(query, limit: 10).results.first { $0.displayName == name }
            try Expect.equal(row?.nameReading, reading, "the reading beside \(name)")
        }
    }

    static func whyAndWhat(_ store: FrontDeskStore) throws {
        let ana = try store.addGuest(NewGuest(givenName: "Ana", familyName: "Lima", loyaltyNumber: "RC-88231",
                                              email: "ana.lima@example.com", phone: "+1 (415) 555-0134", company: "Acme Travel",
                                              birthDate: Day("1980-03-02")), by: StoreContract.desk)
        _ = try store.addStay(guestID: ana, room: "1204", arrival: StoreContract.day("2024-03-01"),
                              departure: StoreContract.day("2024-03-04"), status: .departed, by: StoreContract.porto)
        _ = try store.addStay(guestID: ana, room: "305", arrival: StoreContract.day("2024-06-01"),
                              departure: StoreContract.day("2024-06-05"), status: .inHouse, by: StoreContract.desk)
        func row(_ query: String) throws -> GuestSearchResult {
            guard let found = try store.searchGuests(query, limit: 10).results.first(where: { $0.guestID == ana }) else {
                throw ContractFailure("\"\(query)\" does not find Ana Lima")
            }
            return found
        }
        try Expect.equal(try row("305").matched, .room("305"), "a room")
        try Expect.equal(try row("rc88231").matched, .loyalty("RC-88231"), "a loyalty number")
        try Expect.equal(try row("415 555 0134").matched, .phone("…0134"), "a phone, masked")
        try Expect.equal(try row("ana.lima@ex").matched, .email("…ma@example.com"), "an e-mail, masked")
        try Expect.equal(try row("lima").matched, nil, "the name says why")
        try Expect.equal(try row("lima").identifying, [.birthDate(Day("1980-03-02")!), .company("Acme Travel"),
                                                        .phone("…0134"), .email("…ma@example.com"),
                                                        .lastStay(StoreContract.day("2024-06-01"), property: "LIS")],
                         "what may tell her from another Ana Lima, the latest stay begun")
    }

    static func suggestionsReadAsNames(_ store: FrontDeskStore) throws {
        try StoreContract.add(store, "José", "García")
        try StoreContract.add(store, "Oksana", "Chala")
        try Expect.that(try store.searchGuests("jose garsia", limit: 10).suggestions.contains("jose garcia"),
                        "the name as spelt, not its key")
        try Expect.that(try store.searchGuests("chalq", limit: 10).suggestions.contains("chala"), "chalq → chala")
    }
}
