import Foundation
import FrontDeskCore
import FrontDeskOutput
import FrontDeskUI

/// `frontdesk report complaints`: a period's complaints at a glance, as charts or as numbers.
enum ReportCommand {
    static func complaints(_ operands: [String], _ args: Arguments, settings: Settings) throws {
        guard operands.isEmpty else { throw CommandFailure.usage("report complaints takes no operands") }
        let format = try settings.format([.table, .csv, .json])
        let desk = try Session.desk(settings)
        let (from, to) = try period(args, today: desk.today)
        let property = try args.option("only-property").map(Settings.propertyCode)
        let report = try desk.complaintReport(from: from, to: to, property: property)
        switch format {
        case .json: try Output.printJSON(report)
        case .csv:
            let all = rows(report)
            try Output.print(Listing(columns: all[0], items: Array(all.dropFirst())) { $0 }, as: .csv)
        default:
            let scope = property ?? (desk.member.role == .administrator ? "all hotels" : desk.property)
            Output.print(ComplaintReportLines.of(report, scope: scope).joined(separator: "\n"))
        }
    }

    /// `frontdesk report recognition`: what the hotel knows about its guests and how it learns.
    static func recognition(_ operands: [String], _ args: Arguments, settings: Settings) throws {
        guard operands.isEmpty else { throw CommandFailure.usage("report recognition takes no operands") }
        let format = try settings.format([.table, .csv, .json])
        let desk = try Session.desk(settings)
        let (from, to) = try period(args, today: desk.today)
        let r = try desk.recognitionReport(from: from, to: to)
        switch format {
        case .json: try Output.printJSON(r)
        case .csv:
            var rows = [["guests with a standing preference", "", String(r.guestsWithStandingPreference)],
                        ["arrivals", "", String(r.arrivals)], ["arrivals reviewed before arrival", "", String(r.reviewedBeforeArrival)],
                        ["questions asked", "", String(r.questionsAsked)], ["questions answered", "", String(r.questionsAnswered)]]
            rows += r.weeks.flatMap { [["preferences recorded", $0.start.description, String($0.recorded)],
                                       ["preferences confirmed", $0.start.description, String($0.confirmed)]] }
            try Output.print(Listing(columns: ["measure", "week", "value"], items: rows) { $0 }, as: .csv)
        default: Output.print(RecognitionReportLines.of(r).joined(separator: "\n"))
        }
    }

    /// `--from` and `--to`; without them the four weeks to today.
    static func period(_ args: Arguments, today: Day) throws -> (from: Day, to: Day) {
        let to = try ExportCommand.day(args, "to") ?? today
        return (try ExportCommand.day(args, "from") ?? ReportWeeks.usualStart(endingOn: to), to)
    }

    /// The numbers, one per row: what, which, how many (or how long, in minutes).
    static func rows(_ r: ComplaintReport) -> [[String]] {
        var rows = [["measure", "name", "value"], ["complaints", "", String(r.total)]]
        for (group, counts) in [("category", r.byCategory), ("severity", r.bySeverity), ("property", r.byProperty),
                                ("department", r.byDepartment), ("owner", r.byOwner), ("week", r.weekly)] {
            rows += counts.map { [group, $0.name, String($0.count)] }
        }
        for (name, d) in [("first follow-up", r.firstFollowUp), ("resolution", r.resolution)] {
            rows.append([name + " minutes", "median", d.medianMinutes.map { String(Int($0.rounded())) } ?? ""])
            rows.append([name + " minutes", "worst", d.worstMinutes.map { String(Int($0.rounded())) } ?? ""])
        }
        rows.append(["followed up within the hotel's time", "share", r.followedUpInTime.map { String(format: "%.2f", $0) } ?? ""])
        return rows
    }
}
