import Foundation
import FrontDeskCore
import FrontDeskOutput

/// `frontdesk complaints log|list|escalate-overdue`: complaints for scripts, supervisors and cron.
/// Who may do what is the core's (`Permissions`, through `Desk`): listing and escalating are for
/// supervisors (their home property) and administrators (every property).
enum ComplaintsCommand {
    static func log(_ operands: [String], _ args: Arguments, settings: Settings) throws {
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
        let new = NewComplaint(guestID: guestID, category: category, severity: severity,
                               summary: args.option("summary") ?? "", immediateAction: args.option("action") ?? "")
        do { _ = try new.validated() } catch let e as FrontDeskError {
            throw CommandFailure.usage("\(e.description) (--summary says what happened, --action what was done at once)")
        }
        let format = try settings.format()
        let complaint = try Session.desk(settings).logComplaint(new)
        try GuestsCommand.printID(complaint.id, format)
    }

    /// For cron: every open complaint whose follow-up is overdue gets an `escalated` entry.
    /// Running it again finds them escalated already, and the lifecycle refuses a second one.
    static func escalateOverdue(_ operands: [String], _ args: Arguments, settings: Settings) throws {
        guard operands.isEmpty else { throw CommandFailure.usage("complaints escalate-overdue takes no operands") }
        let now = try asOf(args)
        let format = try settings.format()
        let escalated = try Session.desk(settings).escalateOverdue(asOf: now)
        if format == .json { try Output.printJSON(["escalated": escalated]) } else { Output.print(String(escalated)) }
    }

    /// `--as-of 2026-11-22T10:00:00Z` (fractional seconds and offsets allowed); default now.
    static func asOf(_ args: Arguments) throws -> Date {
        guard let text = args.option("as-of") else { return Date() }
        guard let date = ISOTime.parse(text) else {
            throw CommandFailure.usage("--as-of takes an ISO 8601 time such as 2026-11-22T10:00:00Z, not '\(text)'")
        }
        return date
    }
}
