import Foundation

/// Who may do what to a complaint, enforced in the core so that no front end
/// (console, command line, cron) can skip it. Refusals throw `notPermitted`
/// with a message the user can act on; the store audits them.
///
/// - An associate logs complaints and works their own: pacify, act, note,
///   follow up, resolve, and reopen one they resolved. Not others', and they
///   cannot reassign, escalate, close, or reopen a closed complaint.
/// - A supervisor does all of that to every complaint of their home property.
/// - An administrator may do everything, at every property.
/// - Disabled staff may do nothing.
/// - Compensation above the associate's limit needs a supervisor's approval
///   (the manager override at the associate's terminal).
public enum Permissions {
    /// The actions only a supervisor (or administrator) may take.
    public static let supervisorActions: Set<ComplaintAction> = [.reassign, .escalate, .close]

    /// - Parameters:
    ///   - complaint: the complaint acted on; nil only when logging a new one.
    ///   - compensation: amends offered with this action, if any.
    ///   - approver: the supervisor who entered their own login and PIN to approve.
    public static func check(_ action: ComplaintAction, by staff: StaffMember, on complaint: Complaint?,
                             compensation: Compensation? = nil, compensationLimit: CompensationLimit,
                             approver: StaffMember? = nil) throws {
        if staff.isDisabled {
            throw FrontDeskError.notPermitted("\(staff.login) is disabled and cannot \(action.verb) complaints")
        }
        guard action == .log || complaint != nil else {
            throw FrontDeskError.invalid("cannot \(action.verb) a complaint without naming which one")
        }
        try checkReach(action, by: staff, on: complaint)
        if let compensation, staff.role < .supervisor, !compensationLimit.allows(compensation) {
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
                throw FrontDeskError.notPermitted("\(staff.role == .associate ? "an" : "a") \(staff.role.label.lowercased()) cannot \(action.verb) complaints; ask a supervisor")
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
            throw FrontDeskError.notPermitted("\(over); \(approver.login) is an associate and cannot approve it")
        }
        if approver.role == .supervisor, approver.homeProperty != property {
            throw FrontDeskError.notPermitted(
                "\(over); \(approver.login) supervises \(approver.homeProperty), not \(property)")
        }
    }
}
