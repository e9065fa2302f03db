import Foundation

/// The one table of how a complaint moves. A row is the complaint's status, a
/// column the entry being added; a dash is refused with a message naming both.
///
///                      open        escalated   resolved    closed
///     logged           —           —           —           —        (logging creates the complaint: `open(_:)`)
///     pacified         open        escalated   —           —
///     action taken     open        escalated   —           —
///     note             open        escalated   resolved    closed   (a note never changes anything)
///     reassigned       open        escalated   —           —
///     escalated        escalated   —           —           —
///     followed up ✓    resolved    resolved    resolved    —
///     followed up ✗    open        escalated   open        —
///     resolved         resolved    resolved    —           —
///     reopened         —           —           open        open     (closed: supervisors only, see `Permissions`)
///     closed           —           —           closed      —
///
/// Why: the owner works an open complaint until a follow-up call finds the guest
/// satisfied (or the owner marks it resolved). A follow-up after resolving is the
/// hotel's "make sure it was resolved" call: a satisfied guest keeps it resolved,
/// an unhappy one puts it back in play. Only a resolved complaint can be closed,
/// so nothing is signed off before it was put right; finished complaints take
/// nothing but notes until reopened. Every change of state is an entry, so the
/// timeline alone explains where a complaint stands.
public enum ComplaintLifecycle {
    public static let transitions: [ComplaintStatus: [ComplaintEntryKind: ComplaintStatus]] = [
        .open: [
            .pacified: .open, .actionTaken: .open, .note: .open, .reassigned: .open,
            .escalated: .escalated,
            .followedUp(satisfied: true): .resolved, .followedUp(satisfied: false): .open,
            .resolved: .resolved,
        ],
        .escalated: [
            .pacified: .escalated, .actionTaken: .escalated, .note: .escalated, .reassigned: .escalated,
            .followedUp(satisfied: true): .resolved, .followedUp(satisfied: false): .escalated,
            .resolved: .resolved,
        ],
        .resolved: [
            .note: .resolved,
            .followedUp(satisfied: true): .resolved, .followedUp(satisfied: false): .open,
            .reopened: .open, .closed: .closed,
        ],
        .closed: [
            .note: .closed,
            .reopened: .open,
        ],
    ]

    /// The status an entry of this kind leads to, or nil if the table refuses it.
    public static func next(from status: ComplaintStatus, on kind: ComplaintEntryKind) -> ComplaintStatus? {
        transitions[status]?[kind]
    }

    /// A new complaint as the incident form saved it: owned by whoever heard it,
    /// open, its follow-up due by the property's policy.
    public static func open(_ new: NewComplaint, id: Int64, by signature: Signature,
                            policy: FollowUpPolicy = .standard) throws -> Complaint {
        let c = try new.validated()
        return Complaint(id: id, guestID: c.guestID, property: signature.property, category: c.category,
                         severity: c.severity, status: .open, owner: signature.login, summary: c.summary,
                         immediateAction: c.immediateAction, compensation: c.compensation,
                         followUpDue: policy.due(for: c.severity, from: signature.at), created: signature)
    }

    /// The complaint after `entry`, or `FrontDeskError.invalid` naming the status and the action.
    public static func apply(_ entry: ComplaintEntry, to complaint: Complaint,
                             policy: FollowUpPolicy = .standard) throws -> Complaint {
        guard entry.complaintID == complaint.id else {
            throw FrontDeskError.invalid("an entry for complaint \(entry.complaintID) cannot be added to complaint \(complaint.id)")
        }
        guard let status = next(from: complaint.status, on: entry.kind) else {
            throw FrontDeskError.invalid(refusal(of: entry.kind, in: complaint.status))
        }
        let text = entry.text.trimmingWhitespace
        if text.isEmpty, let wanted = entry.kind.wordsWanted {
            throw FrontDeskError.invalid("\(entry.kind.label.lowercased()) needs a few words: \(wanted)")
        }
        if entry.compensation != nil, entry.kind != .pacified, entry.kind != .actionTaken {
            throw FrontDeskError.invalid("compensation is offered with a pacified or action-taken entry, not with \(entry.kind.label.lowercased())")
        }
        if entry.newOwner != nil, entry.kind != .reassigned {
            throw FrontDeskError.invalid("only a reassignment names a new owner")
        }

        var result = complaint
        result.status = status
        if let offered = entry.compensation { result.compensation = try offered.validated() }
        switch entry.kind {
        case .reassigned:
            let login = entry.newOwner?.trimmingSpaces ?? ""
            if login.isEmpty { throw FrontDeskError.invalid("a reassignment must name the new owner") }
            if login == complaint.owner {
                throw FrontDeskError.invalid("complaint \(complaint.id) is already owned by \(login)")
            }
            result.owner = login
        case .followedUp(satisfied: false), .reopened:
            // The guest is still unhappy: another call is owed, timed from now.
            result.followUpDue = policy.due(for: complaint.severity, from: entry.signature.at)
        default:
            break
        }
        return result
    }

    /// "a closed complaint cannot be followed up; reopen it first".
    public static func refusal(of kind: ComplaintEntryKind, in status: ComplaintStatus) -> String {
        let article = status == .open || status == .escalated ? "an" : "a"
        let start = "\(article) \(status.rawValue) complaint cannot be"
        switch (status, kind) {
        case (_, .logged):
            return "\(start) logged again; add an entry to it instead"
        case (.escalated, .escalated), (.resolved, .resolved), (.closed, .closed):
            return "\(start) \(kind.refusedAs) again"
        case (.open, .reopened), (.escalated, .reopened):
            return "\(start) reopened; it is still being worked"
        case (.open, .closed), (.escalated, .closed):
            return "\(start) closed; resolve it first"
        default:
            return "\(start) \(kind.refusedAs); reopen it first"
        }
    }
}
