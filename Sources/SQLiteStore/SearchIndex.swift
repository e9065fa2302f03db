import Foundation
import FrontDeskCore

/// What the search tables hold for one guest, computed from the guest alone so it can be rebuilt.
struct SearchIndex {
    /// Rows of guest_tokens: exact and prefix matches.
    let tokens: [String]
    /// The guest_search text: trigram substring matches.
    let text: String
    /// SearchFolding.fold of the display name, kept on the guest row.
    let searchKey: String

    /// - Parameter fold: SearchFolding.fold, or a memo of it when loading many guests with common names.
    init(_ guest: NewGuest, fold: (String) -> String = SearchFolding.fold) {
        let given = fold(guest.givenName)
        let family = fold(guest.familyName)
        let email = guest.email.map(SearchFolding.fold) ?? ""
        let loyalty = guest.loyaltyNumber.map(SearchFolding.fold) ?? ""
        let phone = guest.phone.map(SearchFolding.digits) ?? ""
        let company = guest.company.map(fold) ?? ""
        let reading = guest.nameReading.map(fold) ?? ""
        let givenFamily = [given, family].filter { !$0.isEmpty }.joined(separator: " ")
        let familyGiven = [family, given].filter { !$0.isEmpty }.joined(separator: " ")
        searchKey = fold(PersonName.display(given: guest.givenName, family: guest.familyName, language: guest.language))

        var seen = Set<String>()
        var tokens: [String] = []
        func add(_ token: String) {
            if !token.isEmpty && seen.insert(token).inserted { tokens.append(token) }
        }
        for word in given.split(separator: " ") + family.split(separator: " ") { add(String(word)) }
        add(givenFamily)
        add(familyGiven)
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

        // " | " separates fields: a folded query never holds "|", so no match spans two fields.
        var fields = [givenFamily]
        if searchKey != givenFamily && !searchKey.isEmpty { fields.append(searchKey) }
        fields += [reading, email, loyalty, company, phone]
        text = fields.filter { !$0.isEmpty }.joined(separator: " | ")
    }
}


/// Remembers folds: transliteration is the costliest step of a bulk load, and names repeat.
final class FoldMemo {
    private var folded: [String: String] = [:]

    func fold(_ text: String) -> String {
        if let known = folded[text] { return known }
        if folded.count >= 200_000 { folded.removeAll(keepingCapacity: true) } // bounded, whatever the data
        let result = SearchFolding.fold(text)
        folded[text] = result
        return result
    }
}
