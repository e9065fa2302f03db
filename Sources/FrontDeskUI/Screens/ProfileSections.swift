import FrontDeskCore

/// Which of a guest's preferences the profile shows where, at one hotel: alerts first, then what to
/// confirm with the guest at check-in, then the rest by category, then history. The profile is
/// already as the associate may see it (`Desk` leaves out sensitive facts they may not see).
struct ProfileSections: Equatable {
    var alerts: [Preference] = []
    /// Standing preferences not confirmed for a long time, while the guest is checking in or in house.
    var reconfirm: [Preference] = []
    var active: [Preference] = []
    /// Retired ones, one-off choices of stays that are over or at another hotel. One recorded for
    /// another hotel only is not shown here at all: a chain shares what is for every hotel.
    var past: [Preference] = []
    /// The preferences that apply at this hotel now.
    var here: Set<Int64> = []
    /// The one question worth asking today, if any.
    var question: PreferenceCategory?

    init() {}

    init(profile seen: GuestProfile, property: String, today: Day, settings: RecognitionSettings) {
        // A this-stay choice belongs to its stay's hotel: it does not travel to the next hotel either.
        let stayProperty = Dictionary(seen.stays.map { ($0.id, $0.property) }, uniquingKeysWith: { a, _ in a })
        let here = seen.preferences.filter { p in
            seen.appliesNow(p) && p.applies(at: property) && (p.stayID.map { stayProperty[$0] == property } ?? true)
        }
        self.here = Set(here.map(\.id))
        alerts = here.filter(\.isAlert)
        if ProfileSections.checkingIn(seen.stays, property: property, today: today) {
            let old = Set(seen.toReconfirm(at: property, today: today, olderThanDays: settings.reconfirmAfterDays).map(\.id))
            reconfirm = here.filter { !$0.isAlert && old.contains($0.id) }
        }
        let rest = here.filter { !$0.isAlert && !reconfirm.contains($0) }
        active = PreferenceCategory.allCases.flatMap { c in rest.filter { $0.category == c } }
        past = seen.preferences.filter { !here.contains($0) && $0.applies(at: property) }
        question = OneQuestion.suggest(for: seen, order: settings.questionOrder, lastAsked: seen.lastQuestion)
    }

    /// In order of the screen: what ↑/↓ move through.
    var all: [Preference] { alerts + reconfirm + active + past }

    /// At check-in or during the stay: in house here, or a reservation here whose dates include today.
    static func checkingIn(_ stays: [Stay], property: String, today: Day) -> Bool {
        stays.contains { s in
            s.property == property && (s.status == .inHouse || (s.status == .reserved && s.arrival <= today && today <= s.departure))
        }
    }
}
