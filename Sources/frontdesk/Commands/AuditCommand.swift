import Foundation
import FrontDeskCore
import FrontDeskOutput

/// `frontdesk audit [--login L] [--since DATE] [--limit N]`: every write and every refusal,
/// newest first, for supervisors (their property) and administrators (every property).
enum AuditCommand {
    static func run(_ operands: [String], _ args: Arguments, settings: Settings) throws {
        guard operands.isEmpty else { throw CommandFailure.usage("audit takes no operands; filter with --login and --since") }
        let since = try args.option("since").map(parseSince)
        let format = try settings.format(OutputFormat.allCases)
        let entries = try Session.desk(settings).auditTrail(login: args.option("login"), since: since,
                                                            limit: try args.integer("limit") ?? 200)
        try Output.print(Listing(columns: ["when", "who", "property", "terminal", "action", "subject", "detail"], items: entries) {
            [ISOTime.string($0.at), $0.login, $0.property, $0.terminal, ($0.refused ? "REFUSED " : "") + $0.action, $0.subject, $0.detail]
        }, as: format)
    }

    /// A date (2026-11-22, from its start in UTC) or an ISO 8601 time.
    static func parseSince(_ text: String) throws -> Date {
        if let time = ISOTime.parse(text) { return time }
        if let day = Day(text) { return day.start }
        throw CommandFailure.usage("--since takes a date such as 2026-11-22 or a time such as 2026-11-22T10:00:00Z, not '\(text)'")
    }
}
