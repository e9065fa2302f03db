/// Value tiers of many guests, each read once: the queue asks for one per complaint.
/// Make a new one when the data may have changed.
public final class GuestTiers {
    let store: GuestStore & ComplaintStore & RecognitionStore
    public let today: Day
    private var settings: [String: RecognitionSettings] = [:]
    private var tiers: [String: [Int64: ValueTier]] = [:]

    public init(store: GuestStore & ComplaintStore & RecognitionStore, today: Day) {
        self.store = store
        self.today = today
    }

    /// The guest's tier by the rules of `property`; regular for a guest no longer on file.
    public func tier(of guestID: Int64, at property: String) throws -> ValueTier {
        if let known = tiers[property]?[guestID] { return known }
        if settings[property] == nil { settings[property] = try store.recognitionSettings(property: property) }
        guard let profile = try store.profile(guestID: guestID) else { return .regular }
        let tier = ValueTier.of(stays: profile.stays, complaints: try store.complaints(guestID: guestID), today: today,
                                settings: settings[property]!)
        tiers[property, default: [:]][guestID] = tier
        return tier
    }
}
