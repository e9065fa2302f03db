import Foundation

/// The morning briefing: every arrival of a day at a property, as a role may see it, in order.
/// Read in a fixed number of store calls, however many guests arrive.
public enum ArrivalsBriefing {
    public static func load(from store: GuestStore & ComplaintStore & RecognitionStore, property: String, day: Day,
                            viewer: Role, today: Day) throws -> [Arrival] {
        let settings = try store.recognitionSettings(property: property)
        let stays = try store.arrivingStays(property: property, on: day)
        let guestIDs = Array(Set(stays.map(\.guestID)))
        let profiles = try store.profiles(guestIDs: guestIDs)
        let complaints = try store.complaints(guestIDs: guestIDs)
        let reviews = try store.arrivalReviews(stayIDs: stays.map(\.id))
        let arrivals = stays.compactMap { stay -> Arrival? in
            guard let profile = profiles[stay.guestID] else { return nil }
            return Arrival(stay: stay, profile: profile, complaints: complaints[stay.guestID] ?? [],
                           review: reviews[stay.id] ?? .notReviewed, viewer: viewer, today: today, settings: settings)
        }
        return Arrival.sorted(arrivals)
    }
}
