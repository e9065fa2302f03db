import Foundation

/// Where a coordinator's review of an arrival stands.
public enum ArrivalReview: Sendable, Equatable, Codable {
    case notReviewed
    case reviewed(Signature)
    /// Reviewed, but the guest's preferences (or flags) changed since: look again.
    case modified(Signature)

    public var label: String {
        switch self {
        case .notReviewed: return "not reviewed"
        case .reviewed: return "reviewed"
        case .modified: return "modified"
        }
    }

    /// Not reviewed yet, or changed since.
    public var needsReview: Bool {
        if case .reviewed = self { return false }
        return true
    }

    /// A review stands until a preference of the guest is recorded, confirmed or retired after it
    /// (a flag set or cleared, or a profile merged in, counts too).
    public static func state(lastReview: Signature?, lastPreferenceChange: Date?) -> ArrivalReview {
        guard let review = lastReview else { return .notReviewed }
        if let change = lastPreferenceChange, change > review.at { return .modified(review) }
        return .reviewed(review)
    }
}

/// One arriving guest, as each department needs to see them on the morning briefing.
public struct Arrival: Sendable, Equatable {
    public var stay: Stay
    public var guest: Guest
    public var tier: ValueTier
    public var flags: [GuestFlag]
    /// Critical facts first: allergies and anything marked critical.
    public var alerts: [Preference]
    /// Standing preferences that apply at this property, and this stay's own choices.
    public var prepare: [Preference]
    /// Observed once and never confirmed: listed apart, so one evening does not become a rule.
    public var unconfirmed: [Preference]
    /// Sensitive preferences the viewer's role may not see.
    public var hiddenSensitive: Int
    /// Complaints from stays before this one.
    public var earlierComplaints: [Complaint]
    public var review: ArrivalReview

    /// Builds the briefing line for one stay from the guest's profile, seen by `viewer`.
    public init(stay: Stay, profile: GuestProfile, complaints: [Complaint], review: ArrivalReview,
                viewer: Role, today: Day, settings: RecognitionSettings) {
        self.stay = stay
        guest = profile.guest
        tier = ValueTier.of(stays: profile.stays, complaints: complaints, today: today, settings: settings)
        flags = profile.flags
        let applying = profile.preferences.filter { p in
            p.isActive && p.applies(at: stay.property) && (p.scope == .standing || p.stayID == stay.id)
        }
        let (shown, hidden) = Sensitivity.visible(applying, to: viewer)
        hiddenSensitive = hidden
        alerts = shown.filter(\.isAlert)
        // Department by department, each in the order it was recorded.
        let rank = { (p: Preference) in Department.standard.firstIndex(of: p.department) ?? Department.standard.count }
        let byDepartment = shown.enumerated().sorted { a, b in
            (rank(a.element), a.offset) < (rank(b.element), b.offset)
        }.map(\.element)
        unconfirmed = byDepartment.filter { !$0.isAlert && $0.isUnconfirmed }
        prepare = byDepartment.filter { !$0.isAlert && !$0.isUnconfirmed }
        earlierComplaints = complaints.filter { $0.created.at < stay.arrival.start }
        self.review = review
    }

    /// What one department prepares: its own preferences; alerts and flags stay, everyone must know them.
    public func `for`(_ department: Department) -> Arrival {
        var copy = self
        copy.prepare = prepare.filter { $0.department == department }
        copy.unconfirmed = unconfirmed.filter { $0.department == department }
        return copy
    }

    /// A day's arrivals as one department sees them (every one's when nil): only those it has
    /// something to do for, each with its own part.
    public static func shown(_ arrivals: [Arrival], for department: Department?) -> [Arrival] {
        guard let department else { return arrivals }
        return arrivals.filter { $0.concerns(department) }.map { $0.for(department) }
    }

    /// Whether the department has anything to do for this arrival: a preference to prepare, an
    /// alert it must act on, or (the front office) a flag to heed at check-in.
    public func concerns(_ department: Department) -> Bool {
        prepare.contains { $0.department == department } || unconfirmed.contains { $0.department == department }
            || alerts.contains { $0.department == department } || (department == .frontOffice && !flags.isEmpty)
    }

    /// The list's order, as the desk greets them: VIP level first, then value tier, then name;
    /// the stay id settles ties.
    public static func sorted(_ arrivals: [Arrival]) -> [Arrival] {
        arrivals.sorted { a, b in
            if a.guest.vip != b.guest.vip { return a.guest.vip > b.guest.vip }
            if a.tier != b.tier { return a.tier < b.tier }
            let na = SearchFolding.fold(a.guest.displayName), nb = SearchFolding.fold(b.guest.displayName)
            if na != nb { return na < nb }
            return a.stay.id < b.stay.id
        }
    }
}

extension Day {
    /// Midnight UTC at the start of the day.
    public var start: Date { Calendar.utc.date(from: DateComponents(year: year, month: month, day: day))! }
}
