import Foundation

/// The one storage contract; the SQLite and PostgreSQL stores both implement it
/// and pass the same contract tests. Every write is signed by an `Actor`.
public protocol GuestStore: AnyObject {
    // Guests
    func addGuest(_ guest: NewGuest, by actor: Actor) throws -> Int64
    func guest(id: Int64) throws -> Guest?
    func guestCount() throws -> Int
    /// Search as you type: best matches first, close spellings when nothing matches.
    func searchGuests(_ query: String, limit: Int) throws -> GuestSearchOutcome
    /// Guests in house at the actor's property, for the empty search box.
    func inHouseGuests(property: String, limit: Int) throws -> [GuestSearchResult]
    func profile(guestID: Int64) throws -> GuestProfile?

    // Stays
    func addStay(guestID: Int64, room: String, arrival: Day, departure: Day, status: StayStatus,
                 revenueMinor: Int64, by actor: Actor) throws -> Int64

    // Preferences: recorded, confirmed, retired; never edited or deleted.
    func recordPreference(_ preference: NewPreference, by actor: Actor) throws -> Int64
    func confirmPreference(id: Int64, by actor: Actor) throws
    func retirePreference(id: Int64, reason: String, by actor: Actor) throws
    /// One preference by id, with its confirmations and retirement; nil when there is none.
    func preference(id: Int64) throws -> Preference?

    // Drafts of the pad, one per associate and guest.
    func saveDraft(_ draft: Draft) throws
    func draft(login: String, guestID: Int64) throws -> Draft?
    func discardDraft(login: String, guestID: Int64) throws

    /// Changes whenever another connection commits: the console polls it to refresh live.
    func changeToken() throws -> Int64
}

extension GuestStore {
    /// A stay whose revenue is not known yet.
    public func addStay(guestID: Int64, room: String, arrival: Day, departure: Day, status: StayStatus,
                        by actor: Actor) throws -> Int64 {
        try addStay(guestID: guestID, room: room, arrival: arrival, departure: departure, status: status,
                    revenueMinor: 0, by: actor)
    }
}
