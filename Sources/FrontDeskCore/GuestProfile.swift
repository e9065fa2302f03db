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

    /// Whether a preference applies now: not retired, and a this-stay one only while its stay
    /// is in house or still to come, so one evening's choice never becomes a rule.
    public func appliesNow(_ p: Preference) -> Bool {
        guard p.isActive else { return false }
        guard p.scope == .thisStay, let stayID = p.stayID,
              let stay = stays.first(where: { $0.id == stayID }) else { return true }
        return stay.status == .inHouse || stay.status == .reserved
    }

    public var current: [Preference] { preferences.filter(appliesNow) }
    public var alerts: [Preference] { current.filter(\.isAlert) }
    public var activePreferences: [Preference] { current.filter { !$0.isAlert } }
    /// History: retired preferences and one-off choices of stays that are over.
    public var pastPreferences: [Preference] { preferences.filter { !appliesNow($0) } }
}
