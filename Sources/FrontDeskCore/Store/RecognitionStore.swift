import Foundation

/// What turns recorded preferences into recognition: stays that move through check-in and
/// check-out, arrivals and their reviews, flags, the one question, and each property's settings.
/// `Desk` checks roles before writing; the store keeps every change as history, signed.
public protocol RecognitionStore: AnyObject {
    func stay(id: Int64) throws -> Stay?
    /// What the recognition report counts at `property`: preferences recorded and confirmed there
    /// between `since` and `until`, its arrivals from `from` to `to` with their first review, the
    /// questions asked there and whether each was answered with a preference of its kind.
    func recognitionActivity(property: String, from: Day, to: Day, since: Date, until: Date) throws -> RecognitionActivity
    /// Check-in, check-out, cancel, or undo a check-in (`StayStatus.canMove`); revenue is set when given.
    func setStayStatus(stayID: Int64, to status: StayStatus, revenueMinor: Int64?, by actor: Actor) throws -> Stay
    /// Stays arriving at a property on a day, cancelled ones left out.
    func arrivingStays(property: String, on day: Day) throws -> [Stay]

    /// A coordinator's review of an arrival; a later change to the guest makes it `.modified`.
    func reviewArrival(stayID: Int64, by actor: Actor) throws
    /// Where the review of each stay stands (`ArrivalReview.state`), keyed by stay id.
    func arrivalReviews(stayIDs: [Int64]) throws -> [Int64: ArrivalReview]

    /// Refused without a reason, or when the flag is already set (or, clearing, not set).
    func setFlag(_ kind: GuestFlagKind, guestID: Int64, reason: String, by actor: Actor) throws
    func clearFlag(_ kind: GuestFlagKind, guestID: Int64, reason: String, by actor: Actor) throws

    /// The associate asked the guest the one question about this category.
    func recordQuestionAsked(guestID: Int64, category: PreferenceCategory, by actor: Actor) throws

    func recognitionSettings(property: String) throws -> RecognitionSettings
    /// Validated against `RecognitionSettings` before it is kept.
    func setRecognitionOption(_ name: String, value: String, property: String, by actor: Actor) throws
}

extension RecognitionStore {
    public func arrivalReview(stayID: Int64) throws -> ArrivalReview {
        try arrivalReviews(stayIDs: [stayID])[stayID] ?? .notReviewed
    }
}
