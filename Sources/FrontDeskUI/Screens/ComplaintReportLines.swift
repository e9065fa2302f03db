import FrontDeskCore
import FrontDeskOutput

/// The complaint report as a supervisor reads it on a terminal: a few lines of figures, then bar
/// charts and the weekly trend, within 80 columns; `report complaints` prints the same lines.
public enum ComplaintReportLines {
    public static func of(_ r: ComplaintReport, scope: String, width: Int = 80) -> [String] {
        func durations(_ what: String, _ d: ComplaintReport.Durations) -> String {
            guard let median = d.medianMinutes, let worst = d.worstMinutes else { return "\(what): none yet" }
            return "\(what): median \(TextChart.duration(minutes: median)), worst \(TextChart.duration(minutes: worst)) (\(d.count))"
        }
        var out = ["Complaints \(r.from) – \(r.to), \(scope): \(r.total)"]
        out.append(durations("First call-back", r.firstFollowUp)
                   + (r.followedUpInTime.map { ", \(Int(($0 * 100).rounded()))% in time" } ?? ""))
        out.append(durations("Resolved", r.resolution))
        for (title, counts) in [("By category", r.byCategory), ("By severity", r.bySeverity), ("By department", r.byDepartment),
                                ("By owner", r.byOwner), ("By hotel", r.byProperty)] where !counts.isEmpty {
            out.append("")
            out.append(title)
            out += TextChart.bars(counts.map { ($0.name, $0.count) }, width: width)
        }
        out.append("")
        out.append("Week by week, from \(r.weekly.first?.name ?? r.from.description) (most in a week: \(r.weekly.map(\.count).max() ?? 0))")
        out.append("  " + TextChart.trend(r.weekly.map(\.count)))
        if let note = ReportWeeks.shortLastNote(from: r.from, to: r.to) { out.append(note) }
        return out
    }
}
