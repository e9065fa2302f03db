import Foundation

/// Where complaints and their timelines are kept.
///
/// The store checks the lifecycle (`ComplaintLifecycle`), never permissions: `Desk` asks
/// `Permissions` before calling a write here and audits a refusal itself. The store guarantees
/// that what is written is a legal move from the state it finds, and that it is all or nothing.
public protocol ComplaintStore: AnyObject {
    /// Creates the complaint (owned by the actor, at the actor's property, its follow-up
    /// due by `policy`) and its `logged` entry, in one transaction.
    func logComplaint(_ complaint: NewComplaint, policy: FollowUpPolicy, by actor: Actor) throws -> Complaint

    func complaint(id: Int64) throws -> Complaint?

    /// The complaint's timeline, oldest first; empty for an unknown complaint.
    func entries(complaintID: Int64) throws -> [ComplaintEntry]

    /// Appends one entry and stores the complaint it leads to, all or nothing. The current
    /// complaint is read inside the write transaction, so entries added at once from
    /// several connections apply one after the other, each to the state the last one left.
    /// A move the lifecycle refuses throws `.invalid` and writes nothing; an unknown
    /// complaint throws `.notFound`.
    /// `authorize` sees the complaint as it stands inside the write lock, so a permission check
    /// there cannot be overtaken by another terminal's change (a reassignment, say); what it
    /// throws aborts the entry and nothing is written.
    func addEntry(complaintID: Int64, kind: ComplaintEntryKind, text: String, newOwner: String?,
                  compensation: Compensation?, policy: FollowUpPolicy, by actor: Actor,
                  authorize: (Complaint) throws -> Void) throws -> Complaint

    /// The queue's raw material, oldest first (`ComplaintQueue` sorts it for display).
    /// A nil filter does not filter; an empty set of statuses matches nothing.
    func complaints(property: String?, statuses: Set<ComplaintStatus>?, owner: String?) throws -> [Complaint]

    /// Every complaint of these guests, whatever its status, oldest first, keyed by the ids asked for.
    func complaints(guestIDs: [Int64]) throws -> [Int64: [Complaint]]

    /// How many active (open or escalated) complaints each guest has, for the mark in search
    /// results. Guests with none are left out of the dictionary.
    func openComplaintCounts(guestIDs: [Int64]) throws -> [Int64: Int]
}

extension ComplaintStore {
    /// An entry with no check of the caller's own (tests, imports).
    public func addEntry(complaintID: Int64, kind: ComplaintEntryKind, text: String, newOwner: String?,
                         compensation: Compensation?, policy: FollowUpPolicy, by actor: Actor) throws -> Complaint {
        try addEntry(complaintID: complaintID, kind: kind, text: text, newOwner: newOwner, compensation: compensation,
                     policy: policy, by: actor, authorize: { _ in })
    }

    /// Every complaint of one guest, whatever its status, oldest first: the profile's history.
    public func complaints(guestID: Int64) throws -> [Complaint] {
        try complaints(guestIDs: [guestID])[guestID] ?? []
    }
}
