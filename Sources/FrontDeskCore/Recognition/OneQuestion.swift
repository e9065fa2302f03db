/// The one question worth asking a guest today: the first category, in the property's
/// order, that the guest has no standing preference for, and never the one asked last time.
public enum OneQuestion {
    public static func suggest(for profile: GuestProfile, order: [PreferenceCategory],
                               lastAsked: PreferenceCategory?) -> PreferenceCategory? {
        // An observation seen once is not an answer yet: asking the guest is how it is confirmed.
        let known = Set(profile.current.filter { $0.scope == .standing && !$0.isUnconfirmed }.map(\.category))
        return order.first { !known.contains($0) && $0 != lastAsked }
    }

    /// How the associate asks it, in a few words.
    public static func wording(_ category: PreferenceCategory) -> String {
        switch category {
        case .bedding: return "Which pillow do you sleep best on?"
        case .room: return "High floor or low, near the lift or quiet?"
        case .newspaper: return "Would you like a newspaper in the morning?"
        case .dietary: return "Anything we should know about what you eat?"
        case .beverage: return "What do you like to drink: coffee, tea, water?"
        case .temperature: return "Do you like the room cool or warm?"
        case .wakeUp: return "Would you like a wake-up call?"
        case .transport: return "Can we arrange a car or airport transfer?"
        case .amenities: return "Anything you would like in the room?"
        case .minibar: return "Anything you would like in the minibar?"
        case .celebration: return "Are you celebrating anything with us?"
        default: return "Is there anything about \(category.label.lowercased()) we should know?"
        }
    }
}
