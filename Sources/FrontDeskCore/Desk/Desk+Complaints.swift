import Foundation

/// Whose complaints a queue shows.
public enum QueueScope: Sendable, Equatable {
    /// The member's own: everyone may see these.
    case mine
    /// Every complaint of the desk's property (supervisors).
    case property
    /// One person's, at the desk's property (supervisors, unless it is the member).
    case owner(String)
    /// Every property's (administrators).
    case chain
}

/// What adding an entry to several complaints did: as far as it was allowed.
public struct EntryOutcome: Sendable, Equatable {
    public var done: [Complaint] = []
    /// Each refused complaint with why.
    public var refused: [(id: Int64, reason: String)] = []

    public static func == (a: EntryOutcome, b: EntryOutcome) -> Bool {
        a.done == b.done && a.refused.map(\.id) == b.refused.map(\.id) && a.refused.map(\.reason) == b.refused.map(\.reason)
    }
}

/// A complaint with its timeline, the guest, their room here and what was routed to departments.
public struct ComplaintRecord: Sendable, Equatable {
    public var complaint: Complaint
    public var entries: [ComplaintEntry]
    public var guest: Guest?
    public var room: String?
    public var traces: [Trace] = []
}

extension Desk {
    /// A supervisor approving an offer at this terminal: their login and PIN, typed here.
    public struct Approval: Sendable, Equatable {
        public var login: String
        public var pin: String
        public init(login: String, pin: String) {
            self.login = login
            self.pin = pin
        }
    }

    /// Logs what the guest just complained about; the member owns it. An offer over the associate's
    /// limit needs a supervisor's approval, recorded with the complaint.
    public func logComplaint(_ new: NewComplaint, approval: Approval? = nil) throws -> Complaint {
        var complaint = try new.validated()
        let settings = try complaintSettings()
        let approver = try approval.map { try verifiedApprover($0, subject: "guest #\(complaint.guestID)") }
        complaint.approval = approver.map { "\($0.displayName) (\($0.login))" }
        _ = try guest(complaint.guestID)
        try audited("complaint logged", subject: "guest #\(complaint.guestID)") {
            try Permissions.check(.log, by: member, on: nil, compensation: complaint.compensation,
                                  compensationLimit: settings.limit, approver: approver)
        }
        return try store.logComplaint(complaint, policy: settings.policy, by: actor)
    }

    /// Whether the offer is over what this member may give alone (the console then asks for a supervisor).
    public func needsApproval(_ new: NewComplaint) throws -> Bool {
        guard let offer = new.compensation else { return false }
        return Permissions.needsApproval(offer, by: member, limit: try complaintSettings().limit)
    }

    /// The supervisor whose login and PIN were typed, or a refusal that names neither (they simply try
    /// again). Guesses count against the supervisor's login, as at sign-in: five wrong in fifteen
    /// minutes lock it, wherever they were typed.
    func verifiedApprover(_ approval: Approval, subject: String) throws -> StaffMember {
        let login = approval.login.trimmingSpaces
        if try SignIn.isLocked(login, in: store, now: now) {
            try refuse("approve compensation", subject: subject,
                       "too many wrong PINs for that supervisor: wait 15 minutes, or log it without the offer")
        }
        let supervisor = try store.staffMember(login: login)
        let setting = supervisor?.isDisabled == false ? try store.pinSetting(login: login) : nil
        let check = try store.checkPIN(login: login, hash: pins.hash(approval.pin, setting: setting), attempts: SignIn.attempts,
                                       lock: SignIn.lockSeconds,
                                       reason: "approving an offer for \(subject): wrong PIN or not an active supervisor", by: actor)
        if check == .locked {
            try refuse("approve compensation", subject: subject,
                       "too many wrong PINs for that supervisor: wait 15 minutes, or log it without the offer")
        }
        guard check == .matches, let supervisor else {
            throw FrontDeskError.notPermitted("that supervisor login and PIN do not match")
        }
        return supervisor
    }

    /// One entry on each complaint, each checked against the member's role on the complaint as it
    /// stands inside the write: it goes as far as it may, and says what was refused. A reassignment
    /// goes only to someone who can sign in to work the complaint (anyone, while there are no staff).
    public func addEntry(_ kind: ComplaintEntryKind, to ids: [Int64], text: String = "", newOwner: String? = nil) throws -> EntryOutcome {
        try TextLimit.check(text, "note", max: NewComplaint.maximumLength)
        let settings = try complaintSettings()
        var owner: StaffMember?
        if let newOwner, !(try store.allStaff().isEmpty) {
            guard let found = try store.staffMember(login: newOwner.trimmingSpaces), !found.isDisabled else {
                throw FrontDeskError.invalid("'\(newOwner)' is not an active member of staff")
            }
            owner = found
        }
        var outcome = EntryOutcome()
        for id in ids {
            do {
                let complaint = try auditedWrite("complaint \(kind.code)", subject: "complaint #\(id)") {
                    try store.addEntry(complaintID: id, kind: kind, text: text, newOwner: newOwner, compensation: nil,
                                       policy: settings.policy, by: actor) { current in
                        if let owner { try Permissions.checkNewOwner(owner, for: current) }
                        try rules { try Permissions.check(kind.action, by: member, on: current, compensationLimit: settings.limit) }
                    }
                }
                outcome.done.append(complaint)
            } catch let error as FrontDeskError {
                outcome.refused.append((id, error.description))
            }
        }
        return outcome
    }

    /// For cron: escalates every open complaint whose follow-up is overdue, once. Supervisors escalate
    /// their property's, administrators every property's. Returns how many were escalated.
    public func escalateOverdue(asOf now: Date) throws -> Int {
        try audited("escalate overdue complaints", subject: "complaints") {
            try Permissions.checkRole(member, .supervisor, "escalate overdue complaints")
        }
        let open = try store.complaints(property: member.role == .administrator ? nil : member.homeProperty,
                                        statuses: [.open], owner: nil)
        var escalated = 0
        for complaint in open {
            guard let late = FollowUpPolicy.overdueBy(complaint, now: now) else { continue }
            let settings = try store.complaintSettings(property: complaint.property)
            do {
                _ = try auditedWrite("complaint escalated", subject: "complaint #\(complaint.id)") {
                    try store.addEntry(complaintID: complaint.id, kind: .escalated,
                                       text: "follow-up overdue by \(Self.duration(late)): escalated automatically",
                                       newOwner: nil, compensation: nil, policy: settings.policy,
                                       by: actor) { current in
                        // Decided again inside the write lock: a follow-up meanwhile may have reset the clock.
                        guard FollowUpPolicy.isOverdue(current, now: now) else {
                            throw FrontDeskError.invalid("complaint #\(current.id) is no longer overdue")
                        }
                        try rules { try Permissions.check(.escalate, by: member, on: current, compensationLimit: settings.limit) }
                    }
                }
                escalated += 1
            } catch FrontDeskError.invalid {
                // Changed meanwhile (escalated, resolved or followed up by someone else): nothing left to do.
            }
        }
        return escalated
    }

    /// The queue a member sees first: a supervisor (or administrator) their property's, anyone else
    /// their own; `everyProperty` gives an administrator the whole chain's.
    public func usualQueueScope(everyProperty: Bool = false) -> QueueScope {
        if everyProperty && member.role == .administrator { return .chain }
        return everyProperty || member.role >= .supervisor ? .property : .mine
    }

    /// The queue of `scope`, with guests, VIP levels and value tiers, in queue order.
    public func complaintQueue(_ scope: QueueScope, statuses: Set<ComplaintStatus>?) throws -> ComplaintQueue {
        var property: String? = self.property
        var owner: String?
        try audited("list complaints", subject: "complaints") {
            switch scope {
            case .mine:
                try Permissions.checkQueue(ofWholeProperty: false, by: member)
                owner = member.login
            case .owner(let login):
                try Permissions.checkQueue(ofWholeProperty: login != member.login, by: member)
                owner = login
            case .property:
                try Permissions.checkQueue(ofWholeProperty: true, by: member)
            case .chain:
                try Permissions.checkAdministrator(member, "see every property's complaints")
                property = nil
            }
        }
        return try ComplaintQueue.load(from: store, property: property, statuses: statuses, owner: owner, today: today, now: now)
    }

    public func complaintRecord(_ id: Int64) throws -> ComplaintRecord {
        guard let complaint = try store.complaint(id: id) else { throw FrontDeskError.notFound("complaint \(id) is no longer on file") }
        return ComplaintRecord(complaint: complaint, entries: try store.entries(complaintID: id),
                               guest: try store.guest(id: complaint.guestID),
                               room: try currentRoom(of: complaint.guestID, at: complaint.property),
                               traces: try traces(ofComplaint: id))
    }

    /// "35 min", "2 h 5 min", "1 d 3 h": whole minutes, rounded down.
    public static func duration(_ interval: TimeInterval) -> String {
        let minutes = Int(interval / 60)
        if minutes < 1 { return "<1 min" }
        if minutes < 60 { return "\(minutes) min" }
        let hours = minutes / 60
        if hours < 24 { return minutes % 60 == 0 ? "\(hours) h" : "\(hours) h \(minutes % 60) min" }
        return hours % 24 == 0 ? "\(hours / 24) d" : "\(hours / 24) d \(hours % 24) h"
    }
}
