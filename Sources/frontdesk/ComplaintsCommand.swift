import Foundation
import FrontDeskCore
import SQLiteStore

/// `frontdesk complaints log|list|escalate-overdue`: complaints for scripts, supervisors and cron.
/// Who may do what is the core's `Permissions`; listing and escalating are for supervisors
/// (their home property) and administrators (every property).
enum ComplaintsCommand {
    static func run(_ args: Arguments, settings: Settings) throws {
        let words = Array(args.words.dropFirst())
        guard let verb = words.first else {
            throw CommandFailure.usage("complaints needs a command: log, list or escalate-overdue")
        }
        if args.has("overdue"), verb != "list" {
            throw CommandFailure.usage("--overdue is for 'complaints list'")
        }
        let operands = Array(words.dropFirst())
        do {
            switch verb {
            case "log": try log(operands, args, settings: settings)
            case "list": try ComplaintsListing.run(operands, args, settings: settings)
            case "escalate-overdue": try escalateOverdue(operands, args, settings: settings)
            default:
                throw CommandFailure.usage("unknown complaints command '\(verb)' (log, list, escalate-overdue)")
            }
        } catch let error as FrontDeskError {
            throw CommandFailure(error)
        }
    }

    // MARK: log

    static func log(_ operands: [String], _ args: Arguments, settings: Settings) throws {
        try args.allowOnly(["category", "severity", "summary", "action"], command: "complaints log")
        guard operands.count == 1, let guestID = Int64(operands[0]) else {
            throw CommandFailure.usage("complaints log needs one guest id (a number; find it with 'frontdesk guests search')")
        }
        let categoryText = args.option("category") ?? ""
        guard let category = ComplaintCategory(text: categoryText) else {
            let codes = ComplaintCategory.allCases.map(\.rawValue).joined(separator: ", ")
            throw CommandFailure.usage("--category takes \(codes), not '\(categoryText)'")
        }
        let severityText = args.option("severity") ?? ""
        guard let severity = ComplaintSeverity(text: severityText) else {
            throw CommandFailure.usage("--severity takes low, medium or high, not '\(severityText)'")
        }
        let new: NewComplaint
        do {
            new = try NewComplaint(guestID: guestID, category: category, severity: severity,
                                   summary: args.option("summary") ?? "", immediateAction: args.option("action") ?? "")
                .validated()
        } catch let e as FrontDeskError {
            throw CommandFailure.usage("\(e.description) (--summary says what happened, --action what was done at once)")
        }
        let format = try simpleFormat(args)
        let store = try StoreOpening.open(settings)
        let (member, actor) = try SignIn.staff(settings, directory: store)
        guard try store.guest(id: guestID) != nil else {
            throw CommandFailure(code: .noInput, message: "no guest with id \(guestID)")
        }
        try Refusal.check(store, actor, action: "complaint log", subject: "guest #\(guestID)") {
            try Permissions.check(.log, by: member, on: nil, compensationLimit: noCompensation)
        }
        let complaint = try store.logComplaint(new, policy: try store.complaintSettings(property: actor.property).policy, by: actor)
        switch format {
        case .table: Output.print(String(complaint.id))
        case .json: try Output.printJSON(["id": complaint.id])
        }
    }

    /// The command line offers no compensation, so no limit is ever consulted.
    static let noCompensation = CompensationLimit(amountMinor: 0, currency: "EUR")

    // MARK: escalate-overdue

    /// For cron: every open complaint whose follow-up is overdue gets an `escalated` entry.
    /// Running it again finds them escalated already, and the lifecycle refuses a second one.
    static func escalateOverdue(_ operands: [String], _ args: Arguments, settings: Settings) throws {
        try args.allowOnly(["as-of"], command: "complaints escalate-overdue")
        guard operands.isEmpty else { throw CommandFailure.usage("complaints escalate-overdue takes no operands") }
        let now = try asOf(args)
        let format = try simpleFormat(args)
        let store = try StoreOpening.open(settings)
        let (member, actor) = try supervisor(settings, store: store, doing: "escalate overdue complaints")
        let open = try store.complaints(property: scope(of: member), statuses: [.open], owner: nil)
        var escalated = 0
        for complaint in open {
            guard let late = FollowUpPolicy.overdueBy(complaint, now: now) else { continue }
            do {
                try Refusal.check(store, actor, action: "complaint escalated", subject: "complaint #\(complaint.id)") {
                    _ = try store.addEntry(complaintID: complaint.id, kind: .escalated,
                                           text: "follow-up overdue by \(duration(late)): escalated automatically",
                                           newOwner: nil, compensation: nil, policy: .standard, by: actor) { current in
                        // Decided again inside the write lock: a follow-up meanwhile may have reset the clock.
                        guard FollowUpPolicy.isOverdue(current, now: now) else {
                            throw FrontDeskError.invalid("complaint #\(current.id) is no longer overdue")
                        }
                        try Permissions.check(.escalate, by: member, on: current, compensationLimit: noCompensation)
                    }
                }
                escalated += 1
            } catch FrontDeskError.invalid {
                // Changed meanwhile (escalated, resolved or followed up by someone else): nothing left to do.
            }
        }
        switch format {
        case .table: Output.print(String(escalated))
        case .json: try Output.printJSON(["escalated": escalated])
        }
    }

    // MARK: shared

    /// The signed-in member, who must be a supervisor or an administrator.
    static func supervisor(_ settings: Settings, store: SQLiteGuestStore, doing what: String) throws -> (member: StaffMember, actor: Actor) {
        let (member, actor) = try SignIn.staff(settings, directory: store)
        guard member.role >= .supervisor else {
            throw Refusal.refuse(store, actor, action: what, subject: "complaints",
                                 "only a supervisor or an administrator may \(what); '\(member.login)' is an associate")
        }
        return (member, actor)
    }

    /// A supervisor works their home property; an administrator every property (nil).
    static func scope(of member: StaffMember) -> String? {
        member.role == .administrator ? nil : member.homeProperty
    }

    /// `--as-of 2026-11-22T10:00:00Z` (fractional seconds and offsets allowed); default now.
    static func asOf(_ args: Arguments) throws -> Date {
        guard let text = args.option("as-of") else { return Date() }
        let plain = ISO8601DateFormatter()
        plain.formatOptions = [.withInternetDateTime]
        let fractional = ISO8601DateFormatter()
        fractional.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let date = plain.date(from: trimmed) ?? fractional.date(from: trimmed) else {
            throw CommandFailure.usage("--as-of takes an ISO 8601 time such as 2026-11-22T10:00:00Z, not '\(text)'")
        }
        return date
    }

    /// table or json, for commands that print one number.
    static func simpleFormat(_ args: Arguments) throws -> Settings.Format {
        let text = args.option("format") ?? "table"
        guard let format = Settings.Format(rawValue: text) else {
            throw CommandFailure.usage("--format takes table or json here, not '\(text)'")
        }
        return format
    }

    /// "35 min", "2 h 5 min", "1 d 3 h": whole minutes, rounded down.
    static func duration(_ interval: TimeInterval) -> String {
        let minutes = Int(interval / 60)
        if minutes < 1 { return "<1 min" }
        if minutes < 60 { return "\(minutes) min" }
        let hours = minutes / 60
        if hours < 24 { return minutes % 60 == 0 ? "\(hours) h" : "\(hours) h \(minutes % 60) min" }
        return hours % 24 == 0 ? "\(hours / 24) d" : "\(hours / 24) d \(hours % 24) h"
    }
}
