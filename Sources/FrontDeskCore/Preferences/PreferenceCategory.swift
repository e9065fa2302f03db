/// The pad's categories, in the order the form offers them.
public enum PreferenceCategory: String, Sendable, Codable, CaseIterable {
    case allergy, dietary, bedding, room, temperature, amenities, minibar, beverage,
         newspaper, wakeUp = "wake-up", transport, celebration, health, religion, sobriety, other

    public var label: String {
        switch self {
        case .allergy: return "Allergy"
        case .dietary: return "Dietary"
        case .bedding: return "Bedding"
        case .room: return "Room"
        case .temperature: return "Temperature"
        case .amenities: return "Amenities"
        case .minibar: return "Minibar"
        case .beverage: return "Beverage"
        case .newspaper: return "Newspaper"
        case .wakeUp: return "Wake-up"
        case .transport: return "Transport"
        case .celebration: return "Celebration"
        case .health: return "Health"
        case .religion: return "Religion"
        case .sobriety: return "Sobriety"
        case .other: return "Other"
        }
    }

    /// An allergy is an alert whoever records it and however.
    public var isAlwaysAlert: Bool { self == .allergy }

    /// Health, religion and sobriety: kept only with the guest's agreement, shown only to roles
    /// that may see them (`Sensitivity`), and left out of exports unless asked for.
    public var isSensitive: Bool { self == .health || self == .religion || self == .sobriety }

    /// Accepts a code ("wake-up") or a label ("Wake-up"), any case.
    public init?(text: String) {
        let t = text.trimmingSpaces.lowercased()
        guard let c = PreferenceCategory.allCases.first(where: { $0.rawValue == t || $0.label.lowercased() == t })
        else { return nil }
        self = c
    }
}
