import Foundation

/// What a complaint is about, in the order the incident form offers them.
public enum ComplaintCategory: String, Sendable, Codable, CaseIterable {
    case room, housekeeping, noise, foodAndBeverage = "food-and-beverage", billing, staff, maintenance, other

    public var label: String {
        switch self {
        case .room: return "Room"
        case .housekeeping: return "Housekeeping"
        case .noise: return "Noise"
        case .foodAndBeverage: return "Food and beverage"
        case .billing: return "Billing"
        case .staff: return "Staff"
        case .maintenance: return "Maintenance"
        case .other: return "Other"
        }
    }

    /// Accepts a code ("food-and-beverage"), a label ("Food and beverage") or "f&b", any case.
    public init?(text: String) {
        let t = text.trimmingSpaces.lowercased()
        if t == "f&b" || t == "fnb" { self = .foodAndBeverage; return }
        guard let c = ComplaintCategory.allCases.first(where: { $0.rawValue == t || $0.label.lowercased() == t })
        else { return nil }
        self = c
    }
}
