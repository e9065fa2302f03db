import Foundation
import FrontDeskCore
import FrontDeskOutput

/// `frontdesk arrivals [--date D]`: the morning briefing, the same list as F3 in the console;
/// `frontdesk arrivals review STAY`: a recognition coordinator marks an arrival reviewed.
enum ArrivalsCommand {
    static func list(_ operands: [String], _ args: Arguments, settings: Settings) throws {
        guard operands.isEmpty else { throw CommandFailure.usage("arrivals takes no operands: --date DATE names another day") }
        let format = try settings.format(OutputFormat.allCases)
        let named = try day(args)
        let desk = try Session.desk(settings)
        let department = try TracesCommand.department(args, desk)
        let day = named ?? desk.today
        let arrivals = try desk.arrivals(on: day, for: department, sensitive: GuestsCommand.sensitive(args))
        let (vips, names) = (try desk.vipCatalog(), try desk.departmentCatalog())
        let whom = department.map { " for \(names.label(of: $0).lowercased())" } ?? ""
        try Output.print(Listing(columns: Row.columns, items: arrivals.map { Row($0, vips: vips, names: names) },
                                 empty: "No arrivals\(whom) at \(desk.property) on \(day).") { $0.cells }, as: format)
    }

    /// `--date 2026-11-22`, or nil for today.
    static func day(_ args: Arguments) throws -> Day? {
        try args.option("date").map { text in
            guard let d = Day(text) else { throw CommandFailure.usage("--date takes a date such as 2026-11-22, not '\(text)'") }
            return d
        }
    }

    static func review(_ operands: [String], _ args: Arguments, settings: Settings) throws {
        guard operands.count == 1, let id = Int64(operands[0]) else {
            throw CommandFailure.usage("arrivals review needs one stay id (the STAY column of 'frontdesk arrivals')")
        }
        let desk = try Session.desk(settings)
        try desk.reviewArrival(id)
        Output.print("Stay \(id) reviewed by \(desk.actor.login).")
    }

    /// One arrival as printed; JSON keys are the column words in camel case.
    struct Row: Encodable {
        let stay: Int64
        let guestID: Int64
        let guest: String
        let room: String
        let nights: Int
        let vip: String
        let tier: String
        let review: String
        let flags: [String]
        let alerts: [String]
        let prepare: [String]
        let unconfirmed: [String]
        let sensitiveHidden: Int
        let earlierComplaints: [String]

        static let columns = ["stay", "guest id", "guest", "room", "nights", "vip", "tier", "review", "flags", "alerts",
                              "prepare", "unconfirmed", "sensitive hidden", "earlier complaints"]

        init(_ a: Arrival, vips: VIPCatalog, names: DepartmentCatalog) {
            stay = a.stay.id
            guestID = a.guest.id
            guest = a.guest.displayName
            room = a.stay.room
            nights = a.stay.nights
            vip = vips.code(of: a.guest.vip)
            tier = a.tier.rawValue
            review = a.review.label
            flags = a.flags.map { "\($0.kind.label): \($0.reason)" }
            // An alert names who acts on it; what to prepare, who prepares it.
            let forDepartment = { (p: Preference) in "\(names.label(of: p.department)) · " + Row.describe(p) }
            alerts = a.alerts.map(forDepartment)
            prepare = a.prepare.map(forDepartment)
            unconfirmed = a.unconfirmed.map(forDepartment)
            sensitiveHidden = a.hiddenSensitive
            earlierComplaints = a.earlierComplaints.map { "\($0.category.label) (\($0.status.rawValue)): \($0.summary)" }
        }

        static func describe(_ p: Preference) -> String {
            "\(p.category.label): \(p.detail)" + (p.scope == .thisStay ? " (this stay)" : "")
        }

        var cells: [String] {
            [String(stay), String(guestID), guest, room, String(nights), vip, tier, review, flags.joined(separator: "; "),
             alerts.joined(separator: "; "), prepare.joined(separator: "; "), unconfirmed.joined(separator: "; "),
             String(sensitiveHidden), earlierComplaints.joined(separator: "; ")]
        }
    }
}
