import Foundation

/// Guests, their stays and preferences, and the pad's drafts: the part of the store the desk
/// reads on every keystroke. Every write is signed by an `Actor`; a preference is recorded,
/// confirmed or retired, never edited or deleted.
/// A profile merged into another: as it was kept, and its own history of corrections.
public struct MergedProfile: Sendable, Equatable, Encodable {
    public var guest: Guest
    public var changes: [GuestChange]

    public init(guest: Guest, changes: [GuestChange]) {
        self.guest = guest
        self.changes = changes
    }
}

public protocol GuestStore: AnyObject {
    // Guests
    func addGuest(_ guest: NewGuest, by actor: Actor) throws -> Int64
    /// The guest an id stands for: an id merged into another profile gives the survivor.
    func guest(id: Int64) throws -> Guest?
    /// The guest a property-management system's number was imported with (the survivor, after a merge).
    func guestID(externalID: String) throws -> Int64?
    /// Many guests in one read, keyed by the ids asked for (merged ids give their survivor); unknown ids are left out.
    func guests(ids: [Int64]) throws -> [Int64: Guest]
    func guestCount() throws -> Int
    /// Up to `limit` guests in use (neither merged into another nor retired) with ids above
    /// `after`, in id order: every guest, a page at a time.
    func guestPage(after: Int64, limit: Int) throws -> [Guest]
    /// The profiles merged into the guest (directly or through others), each as it was kept, with
    /// the corrections made to it before the merge.
    func mergedProfiles(of guestID: Int64) throws -> [MergedProfile]
    /// Removes a guest's personal data for good (their profile and every profile merged into it):
    /// details and free text cleared, sensitive preferences and drafts deleted, out of search; the
    /// erasure kept with who and why. Returns how many profiles were erased.
    func eraseGuests(ids: [Int64], reason: String, by actor: Actor) throws -> Int
    /// Whether the guest (or a profile merged with it) was erased on request.
    func isErased(guestID: Int64) throws -> Bool
    /// Guests made before `createdBefore` with no stay ending on or after `day`, not erased yet.
    func inactiveGuests(noStayEndingSince day: Day, createdBefore: Date) throws -> [Int64]
    /// Corrects a profile's details (not its VIP level): the fields that differ from `base` (the
    /// profile as the editor saw it) to `edited` are written and kept in its history, all or
    /// nothing; a field changed by someone else meanwhile is refused, naming it. The search finds
    /// the guest by the new details at once. Returns what changed. A retired profile, or an id
    /// merged into another, is not edited.
    func updateGuest(id: Int64, from base: NewGuest, to edited: NewGuest, by actor: Actor) throws -> [GuestChange]
    /// A profile made by mistake leaves search and stays on file with its history; its id still
    /// opens it. Refused without a reason, for one retired already, or for an id merged into another.
    func retireGuest(id: Int64, reason: String, by actor: Actor) throws
    /// A retired profile back in use, with why.
    func reinstateGuest(id: Int64, reason: String, by actor: Actor) throws
    /// Search as you type: best matches first, close spellings when nothing matches. A result's
    /// alert mark follows `GuestProfile.alerts`, as the store contract pins.
    func searchGuests(_ query: String, limit: Int) throws -> GuestSearchOutcome
    /// Guests in house at a property, for the empty search box, in room order.
    func inHouseGuests(property: String, limit: Int) throws -> [GuestSearchResult]
    /// Whole profiles in one read, keyed by the ids asked for (merged ids give their survivor's),
    /// with their history of changes and any retirement.
    func profiles(guestIDs: [Int64]) throws -> [Int64: GuestProfile]

    // Stays
    /// The stay is at the actor's property.
    func addStay(guestID: Int64, room: String, arrival: Day, departure: Day, status: StayStatus,
                 revenueMinor: Int64, by actor: Actor) throws -> Int64
    /// Every stay of these guests, oldest first, keyed by the ids asked for.
    func stays(guestIDs: [Int64]) throws -> [Int64: [Stay]]

    // Preferences: recorded, confirmed, retired; never edited or deleted.
    func recordPreference(_ preference: NewPreference, by actor: Actor) throws -> Int64
    /// Refused for a retired preference.
    func confirmPreference(id: Int64, by actor: Actor) throws
    /// Refused without a reason, and for a preference retired already.
    func retirePreference(id: Int64, reason: String, by actor: Actor) throws
    /// One preference by id, with its confirmations and retirement; nil when there is none.
    func preference(id: Int64) throws -> Preference?

    // Drafts of the pad, one per associate and guest: scratch space, not history.
    func saveDraft(_ draft: Draft) throws
    func draft(login: String, guestID: Int64) throws -> Draft?
    /// Every associate's pad drafts about the guest.
    func drafts(guestID: Int64) throws -> [Draft]
    /// Drops the draft; one a merge kept apart on a merged profile then takes its place.
    func discardDraft(login: String, guestID: Int64) throws
    /// Drops every draft saved before `cutoff` (by anyone) that `expired` says is past keeping;
    /// returns how many.
    @discardableResult
    func discardDrafts(savedBefore cutoff: Date, where expired: (Draft) -> Bool) throws -> Int
    /// A half-written complaint form, one per associate and guest, kept the same way.
    func saveComplaintDraft(_ draft: ComplaintDraft, login: String, guestID: Int64, savedAt: Date) throws
    func complaintDraft(login: String, guestID: Int64) throws -> ComplaintDraft?
    /// Every associate's unfinished complaint forms about the guest, with whose they are.
    func complaintDrafts(guestID: Int64) throws -> [(login: String, draft: ComplaintDraft)]
    func discardComplaintDraft(login: String, guestID: Int64) throws

    /// Changes whenever anyone (another connection or this one) commits: live refresh asks it
    /// before reading anything again.
    func changeToken() throws -> Int64
}

extension GuestStore {
    /// A stay whose revenue is not known yet.
    public func addStay(guestID: Int64, room: String, arrival: Day, departure: Day, status: StayStatus,
                        by actor: Actor) throws -> Int64 {
        try addStay(guestID: guestID, room: room, arrival: arrival, departure: departure, status: status,
                    revenueMinor: 0, by: actor)
    }

    public func profile(guestID: Int64) throws -> GuestProfile? {
        try profiles(guestIDs: [guestID])[guestID]
    }
}
