import Foundation

/// One field of a profile changed, kept with who changed it: a profile's history.
public struct GuestChange: Sendable, Equatable, Codable {
    /// "e-mail", "family name": the field as staff call it.
    public var field: String
    public var old: String?
    public var new: String?
    public var signature: Signature

    public init(field: String, old: String?, new: String?, signature: Signature) {
        self.field = field
        self.old = old
        self.new = new
        self.signature = signature
    }

    /// The history's entries for the profile as a whole: retired or reinstated, with why.
    public static let profileField = "profile"

    /// "e-mail ana@old.example → ana@new.example", "phone added: +351 …", "company removed",
    /// "profile retired: typed twice".
    public var description: String {
        if field == GuestChange.profileField { return "profile \(new ?? "")" }
        switch (old, new) {
        case (nil, let new?): return "\(field) added: \(new)"
        case (_?, nil): return "\(field) removed (was \(old!))"
        default: return "\(field) \(old ?? "") → \(new ?? "")"
        }
    }
}

/// The fields a desk may correct on a profile, and how one version differs from another: the one
/// rule every store applies when it keeps a profile's history.
public enum GuestFields {
    /// One field: its name as staff say it, how it reads on a guest, and how it is set.
    public struct Field: Sendable {
        public let name: String
        let read: @Sendable (NewGuest) -> String?
        let write: @Sendable (inout NewGuest, String?) -> Void
    }

    /// The fields in the order forms and history show them.
    public static let editable: [Field] = [
        Field(name: "title", read: { $0.title.isEmpty ? nil : $0.title }, write: { $0.title = $1 ?? "" }),
        Field(name: "given name", read: { $0.givenName.isEmpty ? nil : $0.givenName }, write: { $0.givenName = $1 ?? "" }),
        Field(name: "family name", read: { $0.familyName.isEmpty ? nil : $0.familyName }, write: { $0.familyName = $1 ?? "" }),
        Field(name: "name reading", read: { $0.nameReading }, write: { $0.nameReading = $1 }),
        Field(name: "language", read: { $0.language.isEmpty ? nil : $0.language }, write: { $0.language = $1 ?? "" }),
        Field(name: "e-mail", read: { $0.email }, write: { $0.email = $1 }),
        Field(name: "phone", read: { $0.phone }, write: { $0.phone = $1 }),
        Field(name: "company", read: { $0.company }, write: { $0.company = $1 }),
        Field(name: "loyalty number", read: { $0.loyaltyNumber }, write: { $0.loyaltyNumber = $1 }),
        Field(name: "birth date", read: { $0.birthDate?.description }, write: { $0.birthDate = $1.flatMap(Day.init) }),
    ]

    /// How long each field may be (`TextLimit`).
    static func limit(of field: String) -> Int {
        switch field {
        case "given name", "family name", "name reading", "company": return TextLimit.name
        case "e-mail": return TextLimit.email
        default: return TextLimit.short
        }
    }

    /// What changed from `old` to `new`, field by field (VIP level is not the desk's to edit here).
    public static func differences(from old: NewGuest, to new: NewGuest) -> [(field: String, old: String?, new: String?)] {
        editable.compactMap { field in
            let (a, b) = (field.read(old), field.read(new))
            return a == b ? nil : (field.name, a, b)
        }
    }

    /// A field's value as the history reads it.
    public static func value(of name: String, in guest: NewGuest) -> String? {
        editable.first { $0.name == name }?.read(guest)
    }

    /// The guest with these changes made, the other fields as they are.
    public static func applying(_ changes: [(field: String, old: String?, new: String?)], to guest: NewGuest) -> NewGuest {
        var g = guest
        for c in changes { editable.first { $0.name == c.field }?.write(&g, c.new) }
        return g
    }
}

extension NewGuest {
    /// The guest as it stands, to be edited.
    public init(_ guest: Guest) {
        self.init(title: guest.title, givenName: guest.givenName, familyName: guest.familyName, language: guest.language,
                  vip: guest.vip, loyaltyNumber: guest.loyaltyNumber, email: guest.email, phone: guest.phone,
                  company: guest.company, nameReading: guest.nameReading, birthDate: guest.birthDate, externalID: guest.externalID)
    }
}
