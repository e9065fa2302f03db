/// Finding profiles that are one person, and merging them. A merge moves the absorbed profile's
/// history to the survivor and keeps the absorbed id resolving to it, so old references
/// (a printed id, a search index entry, a draft) still lead to the guest. Nothing is deleted.
/// `Desk` checks `Permissions.checkMerge` before merging.
public protocol GuestMerging: AnyObject {
    /// Probable duplicates across the whole database, best first; absorbed profiles are left out.
    func duplicateCandidates(limit: Int) throws -> [DuplicateMatch]
    /// Probable duplicates of one guest, for a hint on the profile; cheap enough to ask on every opening.
    func duplicates(of guestID: Int64) throws -> [DuplicateMatch]
    /// Moves everything of `absorbed` to `survivor` in one transaction and records the merge.
    func mergeGuests(survivor: Int64, absorbed: Int64, by actor: Actor) throws -> MergeSummary
    /// The guest an id stands for now, following merges (chains included); nil for an unknown id.
    func resolvedGuestID(_ id: Int64) throws -> Int64?
}
