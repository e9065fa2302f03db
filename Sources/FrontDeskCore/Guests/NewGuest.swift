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

    public init(title: String = "", givenName: String, familyName: String, language: String = "",
                vip: VIPLevel = .none, loyaltyNumber: String? = nil, email: String? = nil,
                phone: String? = nil, company: String? = nil, nameReading: String? = nil, birthDate: Day? = nil) {
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

    /// Refuses a guest nobody could find again.
    public func validated() throws -> NewGuest {
        var g = self
        g.givenName = g.givenName.trimmingCharacters(in: .whitespacesAndNewlines)
        g.familyName = g.familyName.trimmingCharacters(in: .whitespacesAndNewlines)
        if g.givenName.isEmpty && g.familyName.isEmpty {
            throw FrontDeskError.invalid("a guest needs a given or a family name")
        }
        for (label, value) in [("given name", g.givenName), ("family name", g.familyName)]
            where value.count > 200 {
            throw FrontDeskError.invalid("the \(label) is longer than 200 characters")
        }
        g.email = g.email.nonBlank
        g.phone = g.phone.nonBlank
        g.loyaltyNumber = g.loyaltyNumber.nonBlank
        g.company = g.company.nonBlank
        g.nameReading = g.nameReading.nonBlank
        return g
    }

    /// A walk-in typed into the search box: "Ana Lima", an e-mail address or a phone number.
    public static func fromSearchText(_ text: String) -> NewGuest {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.contains("@") && !trimmed.contains(" ") {
            let local = trimmed.split(separator: "@").first.map(String.init) ?? trimmed
            return NewGuest(givenName: "", familyName: local.capitalized, email: trimmed)
        }
        let digits = trimmed.filter { $0.isNumber }
        if !digits.isEmpty && digits.count * 2 >= trimmed.count {
            return NewGuest(givenName: "", familyName: "Walk-in", phone: trimmed)
        }
        let words = trimmed.split(separator: " ").map(String.init)
        if words.count <= 1 { return NewGuest(givenName: "", familyName: trimmed) }
        return NewGuest(givenName: words.dropLast().joined(separator: " "), familyName: words.last!)
    }
}

