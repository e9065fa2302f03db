import Foundation
import FrontDeskCore
import FrontDeskUI

/// `frontdesk complaints list`: the supervisor queue, in queue order, as a table, JSON or CSV.
enum ComplaintsListing {
    static func run(_ operands: [String], _ args: Arguments, settings: Settings) throws {
        try args.allowOnly(["status", "as-of"], command: "complaints list")
        guard operands.isEmpty else { throw CommandFailure.usage("complaints list takes no operands") }
        var statuses: Set<ComplaintStatus>?
        if let text = args.option("status") {
            guard let status = ComplaintStatus(text: text) else {
                throw CommandFailure.usage("--status takes open, escalated, resolved or closed, not '\(text)'")
            }
            statuses = [status]
        }
        let now = try ComplaintsCommand.asOf(args)
        let format = try listFormat(args)
        let store = try StoreOpening.open(settings)
        let (member, _) = try ComplaintsCommand.supervisor(settings, store: store, doing: "list complaints")
        let complaints = try store.complaints(property: ComplaintsCommand.scope(of: member), statuses: statuses, owner: nil)

        var guests: [Int64: Guest] = [:]
        for id in Set(complaints.map(\.guestID)) { guests[id] = try store.guest(id: id) }
        let tiers = GuestTiers(store: store, today: Day(now))
        var items = try complaints.map {
            (complaint: $0, vip: guests[$0.guestID]?.vip ?? VIPLevel.none, tier: try tiers.tier(of: $0.guestID, at: $0.property))
        }
        if args.has("overdue") { items = items.filter { FollowUpPolicy.isOverdue($0.complaint, now: now) } }
        let rows = ComplaintQueueOrder.sorted(items, now: now).map {
            Row($0.complaint, guestName: guests[$0.complaint.guestID]?.displayName ?? "", now: now)
        }

        switch format {
        case .table:
            Output.print(Output.table(Row.header.map { $0.uppercased() }, rows.map(\.cells)))
        case .json:
            try Output.printJSON(rows)
        case .csv:
            Output.printCSV(Row.header, rows.map(\.cells))
        }
    }

    enum Format: String { case table, json, csv }

    static func listFormat(_ args: Arguments) throws -> Format {
        let text = args.option("format") ?? "table"
        guard let format = Format(rawValue: text) else {
            throw CommandFailure.usage("--format takes table, json or csv, not '\(text)'")
        }
        return format
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

        static let header = ["id", "guest id", "guest name", "category", "severity", "status", "owner", "due",
                             "overdue by", "summary"]

        init(_ c: Complaint, guestName: String, now: Date) {
            id = c.id
            guestID = c.guestID
            self.guestName = guestName
            category = c.category.rawValue
            severity = c.severity.rawValue
            status = c.status.rawValue
            owner = c.owner
            due = c.followUpDue
            let late = FollowUpPolicy.overdueBy(c, now: now)
            overdueBy = late.map(ComplaintsCommand.duration)
            overdueMinutes = late.map { Int($0 / 60) }
            summary = c.summary
        }

        var cells: [String] {
            [String(id), String(guestID), guestName, category, severity, status, owner,
             Row.isoFormatter.string(from: due), overdueBy ?? "", summary]
        }

        static var isoFormatter: ISO8601DateFormatter {
            let f = ISO8601DateFormatter()
            f.formatOptions = [.withInternetDateTime]
            return f
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

/// RFC 4180: CRLF between records; a field with a comma, quote, CR or LF is quoted, its quotes doubled.
enum CSV {
    static func document(_ records: [[String]]) -> String {
        records.map { $0.map(field).joined(separator: ",") + "\r\n" }.joined()
    }

    static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" || $0 == "\r\n" }) else {
            return text
        }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
