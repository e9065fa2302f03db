import Foundation

/// What turns recorded preferences into recognition: stays that move through check-in and
/// check-out, arrivals and their reviews, flags, the one question, and each property's settings.
/// The caller checks roles (`GuestFlag.check`, `Sensitivity`) before writing; the store keeps
/// every change as history, signed.
public protocol RecognitionStore: AnyObject {
    func stay(id: Int64) throws -> Stay?
    /// Check-in, check-out, cancel, or undo a check-in; revenue is set when given (at check-out).
    func setStayStatus(stayID: Int64, to status: StayStatus, revenueMinor: Int64?, by actor: Actor) throws -> Stay
    /// Stays arriving at a property on a day, cancelled ones left out.
    func arrivingStays(property: String, on day: Day) throws -> [Stay]

    /// A coordinator's review of an arrival; a later preference change makes it `.modified`.
    func reviewArrival(stayID: Int64, by actor: Actor) throws
    func arrivalReview(stayID: Int64) throws -> ArrivalReview

    func setFlag(_ kind: GuestFlagKind, guestID: Int64, reason: String, by actor: Actor) throws
    func clearFlag(_ kind: GuestFlagKind, guestID: Int64, reason: String, by actor: Actor) throws

    /// The associate asked the guest the one question about this category.
    func recordQuestionAsked(guestID: Int64, category: PreferenceCategory, by actor: Actor) throws

    func recognitionSettings(property: String) throws -> RecognitionSettings
    /// Validated against `RecognitionSettings` before it is kept.
    func setRecognitionOption(_ name: String, value: String, property: String, by actor: Actor) throws
}

/// The morning briefing: every arrival of a day at a property, as a role may see it, in order.
public enum ArrivalsBriefing {
    public static func load(from store: GuestStore & ComplaintStore & RecognitionStore, property: String, day: Day,
                            viewer: Role, today: Day) throws -> [Arrival] {
        let settings = try store.recognitionSettings(property: property)
        let arrivals = try store.arrivingStays(property: property, on: day).compactMap { stay -> Arrival? in
            guard let profile = try store.profile(guestID: stay.guestID) else { return nil }
            return Arrival(stay: stay, profile: profile, complaints: try store.complaints(guestID: stay.guestID),
                           review: try store.arrivalReview(stayID: stay.id), viewer: viewer, today: today, settings: settings)
        }
        return Arrival.sorted(arrivals)
    }
}
