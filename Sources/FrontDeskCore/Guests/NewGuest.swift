import Foundation

/// What is needed to create a guest; the store assigns the id.
public struct NewGuest: Sendable, Equatable {
    public var title: String
    public var givenName: String
    public var familyName: String
    public var language: String
    public var vip: VIPLevel
    public var loyaltyNumber: String?
    public var email: String?
    public var phone: String?
    public var company: String?
    /// The name in Latin letters when it is written in another script: see `Guest.nameReading`.
    public var nameReading: String?
    public var birthDate: Day?
    /// The guest's number in the hotel's property-management system, when imported from it: a
    /// later import of the same profile updates this guest instead of adding another.
    public var externalID: String?

    public init(title: String = "", givenName: String, familyName: String, language: String = "",
                vip: VIPLevel = .none, loyaltyNumber: String? = nil, email: String? = nil,
                phone: String? = nil, company: String? = nil, nameReading: String? = nil, birthDate: Day? = nil,
                externalID: String? = nil) {
        self.externalID = externalID
        self.title = title
        self.givenName = givenName
        self.familyName = familyName
        self.language = language
        self.vip = vip
        self.loyaltyNumber = loyaltyNumber
        self.email = email
        self.phone = phone
        self.company = company
        self.nameReading = nameReading
        self.birthDate = birthDate
    }

    /// Refuses a guest nobody could find again, and a birth date that cannot be one (given `today`).
    public func validated(today: Day? = nil) throws -> NewGuest {
        var g = self
        g.givenName = g.givenName.trimmingWhitespace
        g.familyName = g.familyName.trimmingWhitespace
        if g.givenName.isEmpty && g.familyName.isEmpty {
            throw FrontDeskError.invalid("a guest needs a given or a family name")
        }
        for field in GuestFields.editable {
            try TextLimit.check(field.read(g) ?? "", field.name, max: GuestFields.limit(of: field.name))
        }
        g.email = g.email.nonBlank
        g.phone = g.phone.nonBlank
        g.loyaltyNumber = g.loyaltyNumber.nonBlank
        g.company = g.company.nonBlank
        g.nameReading = g.nameReading.nonBlank
        g.externalID = g.externalID.nonBlank
        if let id = g.externalID {
            try TextLimit.check(id, "external id", max: TextLimit.externalID)
            if id.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
                throw FrontDeskError.invalid("the external id holds a control character")
            }
        }
        g.title = g.title.trimmingSpaces
        g.language = g.language.trimmingSpaces
        if let born = g.birthDate, let today {
            if born >= today { throw FrontDeskError.invalid("the birth date \(born) is not in the past") }
            if born.year < 1900 { throw FrontDeskError.invalid("the birth date \(born) is before 1900: check the year") }
        }
        if let email = g.email, !NewGuest.looksLikeEmail(email) {
            throw FrontDeskError.invalid("'\(email)' is not an e-mail address: write it like ana@example.com")
        }
        if let phone = g.phone, !NewGuest.looksLikePhone(phone) {
            throw FrontDeskError.invalid("'\(phone)' is not a phone number: write it like +351 912 345 678")
        }
        if let reading = g.nameReading, !NewGuest.isLatinName(reading) {
            throw FrontDeskError.invalid("'\(reading)' is not a name in Latin letters: write it like Yamada Taro")
        }
        for (label, value) in [("e-mail", g.email), ("phone", g.phone), ("company", g.company), ("loyalty number", g.loyaltyNumber),
                               ("name reading", g.nameReading), ("title", g.title), ("language", g.language)]
            where (value?.count ?? 0) > 200 {
            throw FrontDeskError.invalid("the \(label) is longer than 200 characters")
        }
        return g
    }

    /// One @, something before it, a dotted domain after it, no spaces: enough to catch a phone
    /// number or words in the wrong field, without refusing an address that works.
    static func looksLikeEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        // By scalar, not by character: as strict, and an import checks a million of them.
        guard parts.count == 2, !parts[0].isEmpty, !text.unicodeScalars.contains(where: \.properties.isWhitespace) else { return false }
        let domain = parts[1].split(separator: ".", omittingEmptySubsequences: false)
        return domain.count >= 2 && domain.allSatisfy { !$0.isEmpty }
    }

    /// Digits with the marks people write between them (+, spaces, dashes, dots, brackets, slashes):
    /// at least six digits.
    static func looksLikePhone(_ text: String) -> Bool {
        var digits = 0
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digits += 1
            case UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "."),
                 UInt8(ascii: " "), UInt8(ascii: "/"): continue
            default: return false
            }
        }
        return digits >= 6
    }

    /// Latin letters, with the spaces, hyphens, apostrophes and dots names have.
    public static func isLatinName(_ text: String) -> Bool {
        text.contains(where: \.isLetter) && text.unicodeScalars.allSatisfy { scalar in
            (scalar.properties.isAlphabetic && isLatin(scalar)) || " -'’.".unicodeScalars.contains(scalar)
                || scalar.properties.generalCategory == .nonspacingMark
        }
    }

    /// Basic Latin, Latin-1, Latin Extended-A and -B, and Latin Extended Additional (Vietnamese ễ, ắ).
    static func isLatin(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value <= 0x024F || (0x1E00...0x1EFF).contains(scalar.value)
    }

    /// A walk-in's form, prefilled from what was typed into the search box: "Ana Lima", an e-mail
    /// address ("ana.lima@example.com" also reads as Ana Lima) or a phone number.
    public static func fromSearchText(_ text: String) -> NewGuest {
        let trimmed = text.trimmingWhitespace
        if trimmed.contains("@") && !trimmed.contains(" ") {
            let local = trimmed.split(separator: "@").first.map(String.init) ?? ""
            let words = local.split(whereSeparator: { ".-_".contains($0) }).map { $0.capitalized }
                .filter { $0.contains(where: \.isLetter) }
            return NewGuest(givenName: words.count == 2 ? words[0] : "", familyName: words.count == 2 ? words[1] : "", email: trimmed)
        }
        let digits = trimmed.filter { $0.isNumber }
        if !digits.isEmpty && digits.count * 2 >= trimmed.count {
            return NewGuest(givenName: "", familyName: "", phone: trimmed)
        }
        let words = trimmed.split(separator: " ").map(String.init)
        if words.count <= 1 { return NewGuest(givenName: "", familyName: trimmed) }
        return NewGuest(givenName: words.dropLast().joined(separator: " "), familyName: words.last!)
    }
}

