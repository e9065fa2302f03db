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

    /// "e-mail ana@old.example → ana@new.example", "phone added: +351 …", "company removed".
    public var description: String {
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
    /// The fields in the order forms and history show them, with how each reads on a guest.
    public static let editable: [(name: String, value: @Sendable (NewGuest) -> String?)] = [
        ("title", { $0.title.isEmpty ? nil : $0.title }),
        ("given name", { $0.givenName.isEmpty ? nil : $0.givenName }),
        ("family name", { $0.familyName.isEmpty ? nil : $0.familyName }),
        ("name reading", { $0.nameReading }),
        ("language", { $0.language.isEmpty ? nil : $0.language }),
        ("e-mail", { $0.email }),
        ("phone", { $0.phone }),
        ("company", { $0.company }),
        ("loyalty number", { $0.loyaltyNumber }),
        ("birth date", { $0.birthDate?.description }),
    ]

    /// What changed from `old` to `new`, field by field (VIP level is not the desk's to edit here).
    public static func differences(from old: NewGuest, to new: NewGuest) -> [(field: String, old: String?, new: String?)] {
        editable.compactMap { field in
            let (a, b) = (field.value(old), field.value(new))
            return a == b ? nil : (field.name, a, b)
        }
    }
}

extension NewGuest {
    /// The guest as it stands, to be edited.
    public init(_ guest: Guest) {
        self.init(title: guest.title, givenName: guest.givenName, familyName: guest.familyName, language: guest.language,
                  vip: guest.vip, loyaltyNumber: guest.loyaltyNumber, email: guest.email, phone: guest.phone,
                  company: guest.company, nameReading: guest.nameReading, birthDate: guest.birthDate)
    }
}
