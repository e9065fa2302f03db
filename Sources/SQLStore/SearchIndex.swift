import Foundation
import FrontDeskCore

/// What the search tables hold for one guest, computed from the guest alone so it can be rebuilt
/// (`SearchFunctions` rebuilds it in SQL, migration `searchKeysAcrossScripts`).
package struct SearchIndex {
    /// Rows of guest_tokens: exact and prefix matches.
    package let tokens: [String]
    /// The guest_search text: trigram substring matches.
    package let text: String
    /// SearchFolding.fold of the display name, kept on the guest row: duplicates are found by it.
    package let searchKey: String
    /// The name in Latin letters when it is in another script, kept on the guest row for the list.
    package let latinName: String?

    package static func latinName(given: String, family: String, language: String) -> String? {
        LatinReading.of(PersonName.display(given: given, family: family, language: language))
    }

    /// - Parameter memo: remembers keys when loading many guests with common names.
    package init(_ guest: NewGuest, memo: SearchKeyMemo? = nil) {
        let names = memo?.names(guest) ?? SearchKeyMemo.nameKeys(guest)
        let email = guest.email.map(SearchKey.of) ?? ""
        let loyalty = guest.loyaltyNumber.map(SearchKey.of) ?? ""
        let phone = guest.phone.map(SearchFolding.digits) ?? ""
        let company = guest.company.map { memo?.key($0) ?? SearchKey.of($0) } ?? ""
        let reading = guest.nameReading.map(SearchKey.of) ?? ""
        searchKey = memo?.fold(names.display) ?? SearchFolding.fold(names.display)
        latinName = names.latin

        var seen = Set<String>()
        var tokens: [String] = []
        func add(_ token: String) {
            if !token.isEmpty && seen.insert(token).inserted { tokens.append(token) }
        }
        // Each reading of the name (Гнатюк: gnatiuk and hnatiuk): each word, given-family, family-given.
        for name in names.readings {
            for word in name.given.split(separator: " ") + name.family.split(separator: " ") { add(String(word)) }
            add(name.givenFamily)
            add(name.familyGiven)
        }
        // "Yamada Taro": each word, the whole, and the other order ("taro yamada").
        let readingWords = reading.split(separator: " ").map(String.init)
        for word in readingWords { add(word) }
        add(reading)
        add(readingWords.reversed().joined(separator: " "))
        add(email)
        add(loyalty)
        // "RC-1234" and "rc1234" are the same card, however it was typed.
        add(loyalty.replacingOccurrences(of: " ", with: ""))
        add(phone)
        add(company)
        self.tokens = tokens

        // " | " separates fields: a key never holds "|", so no match spans two fields.
        var fields: [String] = []
        for name in names.readings {
            fields.append(name.givenFamily)
            if name.display != name.givenFamily && !name.display.isEmpty { fields.append(name.display) }
        }
        fields += [reading, email, loyalty, company, phone]
        var seenFields = Set<String>()
        text = fields.filter { !$0.isEmpty && seenFields.insert($0).inserted }.joined(separator: " | ")
    }
}

/// A guest's name as keys, under each reading its script leaves open.
package struct NameKeys {
    struct Reading { let given: String, family: String, givenFamily: String, familyGiven: String, display: String }
    /// The name as the list shows it (family first where that is the custom).
    let display: String
    let readings: [Reading]
    /// `LatinReading.of(display)`: remembered with the rest, as it transliterates too.
    let latin: String?
}

/// Remembers keys: transliteration and folding are the costliest steps of a bulk load or a
/// re-index, and names repeat. Bounded, whatever the data.
package final class SearchKeyMemo {
    package init() {}

    private var names: [String: NameKeys] = [:]
    private var keys: [String: String] = [:]
    private var folds: [String: String] = [:]

    package func names(_ guest: NewGuest) -> NameKeys {
        let id = guest.givenName + "\u{1F}" + guest.familyName + "\u{1F}" + guest.language
        if let known = names[id] { return known }
        if names.count >= 200_000 { names.removeAll(keepingCapacity: true) }
        let made = Self.nameKeys(guest)
        names[id] = made
        return made
    }

    package func key(_ text: String) -> String { remembered(text, in: &keys, SearchKey.of) }
    package func fold(_ text: String) -> String { remembered(text, in: &folds, SearchFolding.fold) }

    private func remembered(_ text: String, in memo: inout [String: String], _ make: (String) -> String) -> String {
        if let known = memo[text] { return known }
        if memo.count >= 200_000 { memo.removeAll(keepingCapacity: true) }
        let made = make(text)
        memo[text] = made
        return made
    }

    static func nameKeys(_ guest: NewGuest) -> NameKeys {
        let display = PersonName.display(given: guest.givenName, family: guest.familyName, language: guest.language)
        // Every reading the whole name leaves open, each applied to its parts alike.
        var readings: [NameKeys.Reading] = []
        for reading in SearchKey.NameReading.all(of: guest.givenName + " " + guest.familyName) {
            let g = SearchKey.of(guest.givenName, as: reading), f = SearchKey.of(guest.familyName, as: reading)
            let made = NameKeys.Reading(
                given: g, family: f,
                givenFamily: [g, f].filter { !$0.isEmpty }.joined(separator: " "),
                familyGiven: [f, g].filter { !$0.isEmpty }.joined(separator: " "),
                display: SearchKey.of(display, as: reading))
            if !readings.contains(where: { $0.givenFamily == made.givenFamily && $0.display == made.display }) {
                readings.append(made)
            }
        }
        return NameKeys(display: display, readings: readings, latin: LatinReading.of(display))
    }
}
