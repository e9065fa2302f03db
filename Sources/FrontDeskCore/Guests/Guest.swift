import Foundation

/// A guest profile: who the guest is, as the front desk knows them.
public struct Guest: Sendable, Equatable, Codable {
    public var id: Int64
    public var title: String
    public var givenName: String
    public var familyName: String
    public var language: String
    public var vip: VIPLevel
    public var loyaltyNumber: String?
    public var email: String?
    public var phone: String?
    public var company: String?
    /// The name in Latin letters as the guest says it ("Yamada Taro" for 山田太郎), searched too:
    /// transliteration reads kanji with Chinese readings, so the desk records the real one.
    public var nameReading: String?
    /// Tells two guests with close names apart, or shows they are one person.
    public var birthDate: Day?
    /// The property-management system's number for this guest, when imported from it.
    public var externalID: String?
    public var createdAt: Date

    public init(id: Int64, title: String = "", givenName: String, familyName: String,
                language: String = "", vip: VIPLevel = .none, loyaltyNumber: String? = nil,
                email: String? = nil, phone: String? = nil, company: String? = nil,
                nameReading: String? = nil, birthDate: Day? = nil, externalID: String? = nil, createdAt: Date = Date()) {
        self.id = id
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
        self.createdAt = createdAt
    }

    /// The name as the guest writes it: East Asian names family name first, without a space.
    public var displayName: String {
        PersonName.display(given: givenName, family: familyName, language: language)
    }
}
