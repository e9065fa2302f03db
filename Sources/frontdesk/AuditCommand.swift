import Foundation
import FrontDeskCore

/// `frontdesk audit [--login L] [--since DATE] [--limit N]`: every write and every refusal,
/// newest first, for supervisors and administrators.
enum AuditCommand {
    static func run(_ args: Arguments, settings: Settings) throws {
        try args.allowOnly(["login", "since", "limit"], command: "audit")
        guard args.words.count == 1 else { throw CommandFailure.usage("audit takes no operands; filter with --login and --since") }
        let since = try args.option("since").map(parseSince)
        let store = try StoreOpening.open(settings)
        let (member, actor) = try SignIn.staff(settings, directory: store)
        guard member.role >= .supervisor else {
            throw Refusal.refuse(store, actor, action: "read the audit trail", subject: "audit",
                                 "only a supervisor or an administrator may read the audit trail; '\(member.login)' is an associate")
        }
        // A supervisor reads their own property's trail; an administrator every property's.
        let entries = try store.auditTrail(login: args.option("login"), since: since,
                                           property: member.role == .administrator ? nil : member.homeProperty,
                                           limit: try args.integer("limit") ?? 200)
        switch try settings.format {
        case .json: try Output.printJSON(entries)
        case .table:
            let stamp = ISO8601DateFormatter()
            Output.print(Output.table(["WHEN", "WHO", "PROPERTY", "TERMINAL", "ACTION", "SUBJECT", "DETAIL"], entries.map {
                [stamp.string(from: $0.at), $0.login, $0.property, $0.terminal, ($0.refused ? "REFUSED " : "") + $0.action,
                 $0.subject, $0.detail]
            }))
        }
    }

    /// A date (2026-11-22, from its start in UTC) or an ISO 8601 time.
    static func parseSince(_ text: String) throws -> Date {
        if let time = ISO8601DateFormatter().date(from: text) { return time }
        if let day = Day(text) {
            var c = Calendar(identifier: .gregorian)
            c.timeZone = TimeZone(identifier: "UTC")!
            return c.date(from: DateComponents(year: day.year, month: day.month, day: day.day))!
        }
        throw CommandFailure.usage("--since takes a date such as 2026-11-22 or a time such as 2026-11-22T10:00:00Z, not '\(text)'")
    }
}
