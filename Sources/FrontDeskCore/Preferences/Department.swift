import Foundation

/// A department of a hotel: who prepares what a guest prefers and who works a trace. Five every
/// hotel has; a property may add its own (a spa, a kids' club), named in its `DepartmentCatalog`.
/// Known by its code, like a VIP level by its rank: the catalog gives the words shown.
public struct Department: Sendable, Hashable, Codable, CustomStringConvertible {
    public let code: String

    public init(code: String) {
        self.code = code
    }

    public static let frontOffice = Department(code: "front-office")
    public static let housekeeping = Department(code: "housekeeping")
    public static let foodAndBeverage = Department(code: "food-and-beverage")
    public static let maintenance = Department(code: "maintenance")
    public static let concierge = Department(code: "concierge")

    /// The five every hotel has, in the order lists show them.
    public static let standard: [Department] = [.frontOffice, .housekeeping, .foodAndBeverage, .maintenance, .concierge]

    public var description: String { code }

    /// A code as a property may choose one: lower-case letters, digits and hyphens, from a name
    /// ("Spa & wellness" → "spa-wellness").
    public static func code(from name: String) -> String {
        SearchFolding.fold(name).split(separator: " ").joined(separator: "-")
    }

    public init(from decoder: Decoder) throws {
        code = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(code)
    }
}

/// The departments of one property with the words shown for each: the standard five, then the
/// ones it added.
public struct DepartmentCatalog: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        public var department: Department
        public var label: String

        public init(_ department: Department, label: String) {
            self.department = department
            self.label = label
        }
    }

    public var entries: [Entry]

    public init(added: [Entry] = []) {
        entries = DepartmentCatalog.standardEntries + added.filter { a in !Department.standard.contains(a.department) }
    }

    public static let standard = DepartmentCatalog()

    static let standardEntries: [Entry] = [
        Entry(.frontOffice, label: "Front office"), Entry(.housekeeping, label: "Housekeeping"),
        Entry(.foodAndBeverage, label: "Food & beverage"), Entry(.maintenance, label: "Maintenance"),
        Entry(.concierge, label: "Concierge"),
    ]

    public var all: [Department] { entries.map(\.department) }

    /// "Housekeeping"; a code no catalog names (a department since removed) still reads as words.
    public func label(of department: Department) -> String {
        entries.first { $0.department == department }?.label
            ?? department.code.replacingOccurrences(of: "-", with: " ").capitalizedFirst
    }

    /// A code ("food-and-beverage") or the words shown ("Food & beverage"), any case.
    public func department(text: String) -> Department? {
        let t = text.trimmingSpaces.lowercased()
        guard !t.isEmpty else { return nil }
        return entries.first { $0.department.code == t || $0.label.lowercased() == t || Department.code(from: $0.label) == Department.code(from: t) }?
            .department
    }

    /// Every code, for a usage message.
    public var codes: String { all.map(\.code).joined(separator: ", ") }
}

extension PreferenceCategory {
    /// The department that usually prepares it, when the words say nothing more.
    public var department: Department {
        switch self {
        case .bedding, .temperature, .amenities, .minibar: return .housekeeping
        case .allergy, .dietary, .beverage, .celebration, .sobriety: return .foodAndBeverage
        case .transport: return .concierge
        case .room, .newspaper, .wakeUp, .health, .religion, .other: return .frontOffice
        }
    }
}
