import Foundation
import FrontDeskCore
import FrontDeskOutput

/// `frontdesk complaints list`: the supervisor queue, in queue order, as a table, JSON or CSV.
enum ComplaintsListing {
    static func run(_ operands: [String], _ args: Arguments, settings: Settings) throws {
        guard operands.isEmpty else { throw CommandFailure.usage("complaints list takes no operands") }
        var statuses: Set<ComplaintStatus>?
        if let text = args.option("status") {
            guard let status = ComplaintStatus(text: text) else {
                throw CommandFailure.usage("--status takes open, escalated, resolved or closed, not '\(text)'")
            }
            statuses = [status]
        }
        let now = try ComplaintsCommand.asOf(args)
        let format = try settings.format(OutputFormat.allCases)
        let desk = try Session.desk(settings)
        var queue = try desk.complaintQueue(desk.usualQueueScope(everyProperty: true), statuses: statuses)
        queue.sort(now: now)
        var items = queue.items
        if args.has("overdue") { items = items.filter { FollowUpPolicy.isOverdue($0.complaint, now: now) } }
        try Output.print(Listing(columns: Row.columns, items: items.map { Row($0, now: now) }) { $0.cells }, as: format)
    }

    /// One complaint as listed; the JSON keys are the CSV header's words in camel case.
    struct Row: Encodable {
        let id: Int64
        let guestID: Int64
        let guestName: String
        let category: String
        let severity: String
        let status: String
        let owner: String
        let due: Date
        /// "35 min", or nil while the follow-up is not overdue.
        let overdueBy: String?
        /// Whole minutes overdue, for scripts that compare; nil while not overdue.
        let overdueMinutes: Int?
        let summary: String

        static let columns = ["id", "guest id", "guest name", "category", "severity", "status", "owner", "due",
                              "overdue by", "summary"]

        init(_ item: ComplaintQueue.Item, now: Date) {
            let c = item.complaint
            id = c.id
            guestID = c.guestID
            guestName = item.guestName
            category = c.category.rawValue
            severity = c.severity.rawValue
            status = c.status.rawValue
            owner = c.owner
            due = c.followUpDue
            let late = FollowUpPolicy.overdueBy(c, now: now)
            overdueBy = late.map(Desk.duration)
            overdueMinutes = late.map { Int($0 / 60) }
            summary = c.summary
        }

        var cells: [String] {
            [String(id), String(guestID), guestName, category, severity, status, owner,
             ISOTime.string(due), overdueBy ?? "", summary]
        }

        enum CodingKeys: String, CodingKey {
            case id, guestID, guestName, category, severity, status, owner, due, overdueBy, overdueMinutes, summary
        }

        /// Written out so that "not overdue" is an explicit null rather than a missing key.
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id)
            try c.encode(guestID, forKey: .guestID)
            try c.encode(guestName, forKey: .guestName)
            try c.encode(category, forKey: .category)
            try c.encode(severity, forKey: .severity)
            try c.encode(status, forKey: .status)
            try c.encode(owner, forKey: .owner)
            try c.encode(due, forKey: .due)
            try c.encode(overdueBy, forKey: .overdueBy)
            try c.encode(overdueMinutes, forKey: .overdueMinutes)
            try c.encode(summary, forKey: .summary)
        }
    }
}
