import Foundation

/// Who may do what: every role rule of frontdesk, in one place. `Desk` asks here before each
/// action, so no front end (console, command line, cron, importer) can skip a rule; a refusal
/// throws `notPermitted` with words the user can act on, and `Desk` records it in the audit trail.
///
/// - Disabled staff may do nothing.
/// - An associate records and corrects guests, records stays, preferences and traces, marks
///   traces done, logs complaints and works their own (routing them to a department too):
///   pacify, act, note, follow up, resolve, and reopen one they resolved. Not others', and they
///   cannot reassign, escalate or close, nor reopen a closed complaint.
/// - A coordinator (guest recognition) does what an associate does, reviews arrivals, and sees,
///   exports and changes sensitive facts (health, religion, sobriety).
/// - A supervisor does all of that to every complaint of their home property, sees its whole
///   queue and audit trail, approves offers over an associate's limit, sets "do not rent",
///   merges duplicate profiles and retires ones made by mistake.
/// - An administrator may do everything, at every property, and alone manages staff,
///   property settings and VIP levels.
/// - Compensation above the associate's limit needs a supervisor's approval
///   (the manager override at the associate's terminal).
/// - Staff work at their home property; only an administrator acts for another one.
public enum Permissions {
    /// The complaint actions only a supervisor (or administrator) may take.
    public static let supervisorActions: Set<ComplaintAction> = [.reassign, .escalate, .close]

    // MARK: Complaints

    /// - Parameters:
    ///   - complaint: the complaint acted on; nil only when logging a new one.
    ///   - compensation: amends offered with this action, if any.
    ///   - approver: the supervisor who entered their own login and PIN to approve.
    public static func check(_ action: ComplaintAction, by staff: StaffMember, on complaint: Complaint?,
                             compensation: Compensation? = nil, compensationLimit: CompensationLimit,
                             approver: StaffMember? = nil) throws {
        try checkActive(staff, "\(action.verb) complaints")
        guard action == .log || complaint != nil else {
            throw FrontDeskError.invalid("cannot \(action.verb) a complaint without naming which one")
        }
        try checkReach(action, by: staff, on: complaint)
        if let compensation, needsApproval(compensation, by: staff, limit: compensationLimit) {
            let property = complaint?.property ?? staff.homeProperty
            try checkApproval(of: compensation, limit: compensationLimit, by: approver, at: property)
        }
    }

    /// The entry's own action, so callers can check an entry before applying it.
    public static func check(_ entry: ComplaintEntry, by staff: StaffMember, on complaint: Complaint,
                             compensationLimit: CompensationLimit, approver: StaffMember? = nil) throws {
        try check(entry.kind.action, by: staff, on: complaint, compensation: entry.compensation,
                  compensationLimit: compensationLimit, approver: approver)
    }

    /// Whether the action is allowed, for hiding what would be refused anyway.
    public static func allows(_ action: ComplaintAction, by staff: StaffMember, on complaint: Complaint?) -> Bool {
        (try? check(action, by: staff, on: complaint,
                    compensationLimit: CompensationLimit(amountMinor: .max, currency: ""))) != nil
    }

    /// Why this member may not add this entry to the complaint as it stands (its state does not take
    /// it, or their role does not), or nil when they may: what a complaint's screen offers.
    public static func refusal(of kind: ComplaintEntryKind, by staff: StaffMember, on complaint: Complaint) -> String? {
        let forbidden = refusal(kind.action, by: staff, on: complaint)
        // What the role can never do is said first: "resolve it first" would promise what it cannot.
        if !roleAllows(kind.action, staff) { return forbidden }
        guard ComplaintLifecycle.next(from: complaint.status, on: kind) != nil else {
            return ComplaintLifecycle.refusal(of: kind, in: complaint.status)
        }
        return forbidden
    }

    /// Why the member may not take the action on this complaint (any offer aside), or nil.
    private static func refusal(_ action: ComplaintAction, by staff: StaffMember, on complaint: Complaint) -> String? {
        do {
            try check(action, by: staff, on: complaint, compensationLimit: CompensationLimit(amountMinor: .max, currency: ""))
            return nil
        } catch {
            return (error as? FrontDeskError)?.description ?? "\(error)"
        }
    }

    /// Why this member may not route the complaint to a department of the desk's hotel, or nil:
    /// routing is acting on it, while it is open, at the complaint's own hotel.
    public static func refusalToRoute(_ complaint: Complaint, by staff: StaffMember, at property: String) -> String? {
        if !complaint.status.isActive {
            return "complaint #\(complaint.id) is \(complaint.status.label.lowercased()): reopen it before routing it"
        }
        if complaint.property != property {
            return "complaint #\(complaint.id) is at \(complaint.property): route it from a desk there, to that hotel's departments"
        }
        return refusal(.takeAction, by: staff, on: complaint)
    }

    /// Whether the member's role takes the action at all, before any complaint is chosen: what the
    /// queue offers them.
    public static func roleAllows(_ action: ComplaintAction, _ staff: StaffMember) -> Bool {
        !staff.isDisabled && (staff.role >= .supervisor || !supervisorActions.contains(action))
    }

    /// An offer a member of staff below supervisor may not make alone.
    public static func needsApproval(_ compensation: Compensation, by staff: StaffMember, limit: CompensationLimit) -> Bool {
        staff.role < .supervisor && !limit.allows(compensation)
    }

    static func checkReach(_ action: ComplaintAction, by staff: StaffMember, on complaint: Complaint?) throws {
        switch staff.role {
        case .administrator:
            return
        case .supervisor:
            if let complaint, complaint.property != staff.homeProperty {
                throw FrontDeskError.notPermitted(
                    "\(staff.login) supervises \(staff.homeProperty); complaint \(complaint.id) belongs to \(complaint.property)")
            }
        case .associate, .coordinator:
            if supervisorActions.contains(action) {
                throw FrontDeskError.notPermitted("\(article(staff.role)) \(staff.role.label.lowercased()) cannot \(action.verb) complaints; ask a supervisor")
            }
            guard let complaint else { return }
            if complaint.owner != staff.login {
                throw FrontDeskError.notPermitted(
                    "complaint \(complaint.id) is owned by \(complaint.owner); an associate works only their own complaints")
            }
            if action == .reopen, complaint.status == .closed {
                throw FrontDeskError.notPermitted("a closed complaint is reopened by a supervisor; ask one")
            }
        }
    }

    static func checkApproval(of compensation: Compensation, limit: CompensationLimit,
                              by approver: StaffMember?, at property: String) throws {
        let over = "\(compensation.display) is over the \(limit.display) limit"
        guard let approver else {
            throw FrontDeskError.notPermitted("\(over): a supervisor must approve it")
        }
        if approver.isDisabled {
            throw FrontDeskError.notPermitted("\(over); \(approver.login) is disabled and cannot approve it")
        }
        if approver.role < .supervisor {
            throw FrontDeskError.notPermitted("\(over); \(approver.login) is \(article(approver.role)) \(approver.role.label.lowercased()) and cannot approve it")
        }
        if approver.role == .supervisor, approver.homeProperty != property {
            throw FrontDeskError.notPermitted(
                "\(over); \(approver.login) supervises \(approver.homeProperty), not \(property)")
        }
    }

    /// A complaint goes only to someone who can sign in to work it, at its property.
    public static func checkNewOwner(_ owner: StaffMember, for complaint: Complaint) throws {
        if owner.isDisabled { throw FrontDeskError.invalid("'\(owner.login)' is not an active member of staff") }
        if owner.role != .administrator, owner.homeProperty != complaint.property {
            throw FrontDeskError.invalid("\(owner.login) works at \(owner.homeProperty), not \(complaint.property)")
        }
    }

    /// The queue of a whole property is a supervisor's; everyone sees the complaints they own.
    public static func checkQueue(ofWholeProperty whole: Bool, by staff: StaffMember) throws {
        try checkActive(staff, "list complaints")
        if whole { try checkRole(staff, .supervisor, "list complaints") }
    }

    // MARK: Guests and recognition

    /// Health, religion and sobriety are for coordinators, supervisors and administrators.
    public static func maySeeSensitive(_ role: Role) -> Bool { role >= .coordinator }

    public static func maySeeSensitive(_ staff: StaffMember) -> Bool { !staff.isDisabled && maySeeSensitive(staff.role) }

    public static func checkSensitive(_ staff: StaffMember, _ what: String) throws {
        if !maySeeSensitive(staff) {
            throw FrontDeskError.notPermitted(
                "\(what) is sensitive: only coordinators and above may do that (\(staff.login) is \(article(staff.role)) \(staff.role.label.lowercased()))")
        }
    }

    /// Reviewing arrivals is the recognition coordinator's job (and their supervisors').
    public static func checkReview(by staff: StaffMember) throws {
        if staff.isDisabled || staff.role < .coordinator {
            throw FrontDeskError.notPermitted(
                "only a coordinator or a supervisor marks arrivals reviewed (\(staff.login) is \(article(staff.role)) \(staff.role.label.lowercased()))")
        }
    }

    /// Refusing a guest a room is a supervisor's decision, and so is lifting it; any flag needs a reason.
    public static func checkFlag(_ kind: GuestFlagKind, reason: String, by staff: StaffMember, clearing: Bool) throws {
        if reason.trimmingSpaces.isEmpty {
            throw FrontDeskError.invalid("say why: a flag is \(clearing ? "cleared" : "set") with a reason")
        }
        try TextLimit.check(reason, "reason", max: TextLimit.reason)
        if staff.isDisabled || staff.role < kind.minimumRole {
            throw FrontDeskError.notPermitted(
                "\(clearing ? "clearing" : "setting") \"\(kind.label.lowercased())\" needs a supervisor; \(staff.login) is \(article(staff.role)) \(staff.role.label.lowercased())")
        }
    }

    /// A profile made by mistake is retired (or reinstated) by a supervisor: it leaves search for everyone.
    public static func checkRetireProfile(by staff: StaffMember) throws {
        try checkRole(staff, .supervisor, "retire a guest profile")
    }

    /// Merging rewrites which guest years of history belong to: supervisors and administrators only.
    public static func checkMerge(by staff: StaffMember) throws {
        try checkActive(staff, "merge guest profiles")
        if staff.role < .supervisor {
            throw FrontDeskError.notPermitted(
                "merging guest profiles needs a supervisor or an administrator; \(staff.login) is \(article(staff.role)) \(staff.role.label.lowercased())")
        }
    }

    /// A desk changes the stays of its own hotel.
    public static func checkStay(_ stay: Stay, by staff: StaffMember, at property: String, doing what: String) throws {
        try checkActive(staff, what)
        if stay.property != property {
            throw FrontDeskError.notPermitted("stay \(stay.id) is at \(stay.property); \(staff.login) works at \(property)")
        }
    }

    // MARK: Running the hotel

    public static func checkAdministrator(_ staff: StaffMember, _ what: String) throws {
        try checkRole(staff, .administrator, what)
    }

    /// The audit trail is read by supervisors (their property's) and administrators (every property's).
    public static func checkAuditReader(_ staff: StaffMember) throws {
        try checkRole(staff, .supervisor, "read the audit trail")
    }

    /// Staff work at their home property; only an administrator acts for another one.
    public static func checkProperty(_ property: String, for staff: StaffMember) throws {
        if staff.role != .administrator, property != staff.homeProperty {
            throw FrontDeskError.notPermitted("'\(staff.login)' works at \(staff.homeProperty); only an administrator acts for \(property)")
        }
    }

    static func checkRole(_ staff: StaffMember, _ role: Role, _ what: String) throws {
        try checkActive(staff, what)
        if staff.role < role {
            let who = role == .administrator ? "an administrator" : "a \(role.label.lowercased()) or an administrator"
            throw FrontDeskError.notPermitted("only \(who) may \(what); '\(staff.login)' is \(article(staff.role)) \(staff.role.label.lowercased())")
        }
    }

    static func checkActive(_ staff: StaffMember, _ what: String) throws {
        if staff.isDisabled { throw FrontDeskError.notPermitted("\(staff.login) is disabled and cannot \(what)") }
    }

    static func article(_ role: Role) -> String { role == .associate || role == .administrator ? "an" : "a" }
}
