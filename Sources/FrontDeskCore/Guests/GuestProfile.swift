import Foundation

/// Everything the profile screen shows about one guest.
public struct GuestProfile: Sendable, Equatable {
    public var guest: Guest
    public var stays: [Stay]
    /// Active and retired, oldest first; retired ones stay as history.
    public var preferences: [Preference]
    /// Flags in force: "do not rent", "problematic"...
    public var flags: [GuestFlag]
    /// The one question asked most recently, so the next suggestion is a different one.
    public var lastQuestion: PreferenceCategory?
    /// Sensitive preferences left out for the role reading this profile (`visible(to:)`) that
    /// still apply: the screen says something is kept, not what.
    public var hiddenSensitive = 0
    /// Every correction of the profile's own details, oldest first.
    public var changes: [GuestChange] = []
    /// A profile made by mistake, retired by a supervisor: out of search, its history kept.
    public var retirement: Retirement?

    public init(guest: Guest, stays: [Stay], preferences: [Preference], flags: [GuestFlag] = [],
                lastQuestion: PreferenceCategory? = nil) {
        self.guest = guest
        self.stays = stays
        self.preferences = preferences
        self.flags = flags
        self.lastQuestion = lastQuestion
    }

    /// Whether a preference applies now: not retired, and a this-stay one only while its stay
    /// is in house or still to come, so one evening's choice never becomes a rule.
    public func appliesNow(_ p: Preference) -> Bool {
        guard p.isActive else { return false }
        guard p.scope == .thisStay, let stayID = p.stayID,
              let stay = stays.first(where: { $0.id == stayID }) else { return true }
        return stay.status.holdsOneOffChoices
    }

    public var current: [Preference] { preferences.filter(appliesNow) }
    public var alerts: [Preference] { current.filter(\.isAlert) }
    public var activePreferences: [Preference] { current.filter { !$0.isAlert } }
    /// History: retired preferences and one-off choices of stays that are over.
    public var pastPreferences: [Preference] { preferences.filter { !appliesNow($0) } }

    /// Standing preferences at this property not confirmed for `days`: "confirm with guest" at check-in.
    public func toReconfirm(at property: String, today: Day, olderThanDays days: Int) -> [Preference] {
        current.filter { p in
            p.scope == .standing && p.applies(at: property) && today.daysSince(Day(p.lastKnown, calendar: .utc)) > days
        }
    }

    /// The profile as a role may see it: sensitive preferences removed, and counted.
    public func visible(to role: Role) -> GuestProfile {
        guard !Permissions.maySeeSensitive(role) else { return self }
        var copy = self
        copy.preferences = preferences.filter { !$0.isSensitive }
        copy.hiddenSensitive += current.filter(\.isSensitive).count
        return copy
    }
}
