import Foundation

/// What identifies a guest, folded once the way search folds it, so "JOSÉ GARCÍA" meets "jose garcia".
public struct GuestIdentity: Sendable {
    public let guestID: Int64
    public let birthDate: Day?
    /// The name as displayed, given–family and family–given: a swapped entry is the same name.
    /// Each form is a search key (`SearchFolding.fold`), so a store finds namesakes by its name index.
    public let names: [String]
    let namesAreASCII: Bool
    /// For each name, which bytes occur in it (by their low six bits): a cheap first test of closeness.
    let nameLetters: [UInt64]
    let email: String?
    let phone: String?
    let loyalty: String?

    /// - Parameter fold: SearchFolding.fold, or a memo of it when identifying many guests with common names.
    public init(_ g: Guest, fold: (String) -> String = SearchFolding.fold) {
        guestID = g.id
        birthDate = g.birthDate
        let given = fold(g.givenName), family = fold(g.familyName)
        let forms = [fold(g.displayName),
                     [given, family].filter { !$0.isEmpty }.joined(separator: " "),
                     [family, given].filter { !$0.isEmpty }.joined(separator: " ")]
        var names: [String] = []
        for form in forms where !form.isEmpty && !names.contains(form) { names.append(form) }
        self.names = names
        namesAreASCII = names.allSatisfy { $0.utf8.allSatisfy { $0 < 0x80 } }
        nameLetters = names.map { $0.utf8.reduce(0) { $0 | (1 << UInt64($1 & 63)) } }
        (email, phone, loyalty) = Self.contact(email: g.email, phone: g.phone, loyalty: g.loyaltyNumber)
    }

    static func contact(email: String?, phone: String?, loyalty: String?) -> (email: String?, phone: String?, loyalty: String?) {
        // SearchFolding.digits, byte by byte.
        let digits = phone.map { String(decoding: $0.utf8.filter { (0x30...0x39).contains($0) }, as: UTF8.self) } ?? ""
        // E-mail case-folded only: "ana.lima@" and "ana_lima@" are two mailboxes, though search folds them alike.
        // Loyalty: "RC-1234" and "rc 1234" are one card.
        return (nonEmpty(email.map { lettersAndDigits($0, keeping: mailboxPunctuation) }),
                digits.count >= DuplicateScoring.minimumPhoneDigits ? digits : nil,
                nonEmpty(loyalty.map { lettersAndDigits($0) }))
    }

    /// The contact keys of a guest not yet read whole: a store skips namesakes that share none.
    public static func contactKeys(loyalty: String?, email: String?, phone: String?, birthDate: Day?) -> [ContactKey] {
        let c = contact(email: email, phone: phone, loyalty: loyalty)
        return keys(email: c.email, phone: c.phone, loyalty: c.loyalty, birthDate: birthDate)
    }

    /// What an e-mail address keeps besides letters and digits.
    static let mailboxPunctuation = Set("@._-+".utf8)

    /// Lower case, without spaces and punctuation other than `keeping`. ASCII byte by byte: a store
    /// identifies every namesake of a million guests with this, and Unicode lookups would dominate.
    static func lettersAndDigits(_ text: String, keeping: Set<UInt8> = []) -> String {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else {
            return String(String.UnicodeScalarView(text.lowercased().unicodeScalars.filter {
                $0.properties.isAlphabetic || $0.properties.numericType != nil || ($0.isASCII && keeping.contains(UInt8($0.value)))
            }))
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): bytes.append(byte)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): bytes.append(byte + 0x20)
            default: if keeping.contains(byte) { bytes.append(byte) }
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Namesakes that share none of these cannot match by name: a store compares only those that share one.
    public var contactKeys: [ContactKey] {
        Self.keys(email: email, phone: phone, loyalty: loyalty, birthDate: birthDate)
    }

    static func keys(email: String?, phone: String?, loyalty: String?, birthDate: Day?) -> [ContactKey] {
        var keys: [ContactKey] = []
        if let email { keys.append(.email(email)) }
        if let phone { keys.append(.phone(phone)) }
        if let loyalty { keys.append(.loyalty(loyalty)) }
        if let birthDate { keys.append(.born(birthDate)) }
        return keys
    }

    /// One thing that identifies a person, as compared.
    public enum ContactKey: Hashable, Sendable {
        case email(String), phone(String), loyalty(String), born(Day)
    }

    static func nonEmpty(_ s: String?) -> String? { s?.isEmpty == false ? s : nil }
}
