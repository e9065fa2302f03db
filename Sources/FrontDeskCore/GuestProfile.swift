/// Everything the profile screen shows about one guest.
public struct GuestProfile: Sendable, Equatable {
    public var guest: Guest
    public var stays: [Stay]
    /// Active and retired, oldest first; retired ones stay as history.
    public var preferences: [Preference]

    public init(guest: Guest, stays: [Stay], preferences: [Preference]) {
        self.guest = guest
        self.stays = stays
        self.preferences = preferences
    }

    public var alerts: [Preference] { preferences.filter(\.isAlert) }
    public var activePreferences: [Preference] { preferences.filter { $0.isActive && !$0.isAlert } }
    public var retiredPreferences: [Preference] { preferences.filter { !$0.isActive } }
}
