/// Who acts on a preference before the guest arrives. The morning briefing is read department
/// by department: housekeeping makes the bed, food and beverage knows the allergy, the front
/// office assigns the room and books the car.
public enum Department: String, Sendable, Codable, CaseIterable {
    case frontOffice = "front-office", housekeeping, foodAndBeverage = "food-and-beverage"

    public var label: String {
        switch self {
        case .frontOffice: return "Front office"
        case .housekeeping: return "Housekeeping"
        case .foodAndBeverage: return "Food & beverage"
        }
    }

    /// Accepts a code ("food-and-beverage") or a label ("Housekeeping"), any case.
    public init?(text: String) {
        let t = text.trimmingCharacters(in: .whitespaces).lowercased()
        guard let d = Department.allCases.first(where: { $0.rawValue == t || $0.label.lowercased() == t }) else { return nil }
        self = d
    }
}

extension PreferenceCategory {
    /// The department that prepares for it.
    public var department: Department {
        switch self {
        case .bedding, .temperature, .amenities, .minibar: return .housekeeping
        case .allergy, .dietary, .beverage, .celebration, .sobriety: return .foodAndBeverage
        case .room, .newspaper, .wakeUp, .transport, .health, .religion, .other: return .frontOffice
        }
    }
}
