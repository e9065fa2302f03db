/// The weeks a report counts by: the first starts on the period's first day, each next seven days
/// later, and the last ends with the period, so it may be shorter than a week.
public enum ReportWeeks {
    /// A report's period when none is asked for: four whole weeks to the day it ends.
    public static let usual = 4

    public static func usualStart(endingOn to: Day) -> Day { to.adding(days: -(usual * 7 - 1)) }

    public static func starts(from: Day, to: Day) -> [Day] {
        stride(from: 0, through: max(0, to.daysSince(from)), by: 7).map { from.adding(days: $0) }
    }

    /// The last week's start and days when it is shorter than seven: its count is not a week's.
    public static func shortLast(from: Day, to: Day) -> (start: Day, days: Int)? {
        guard let last = starts(from: from, to: to).last else { return nil }
        let days = to.daysSince(last) + 1
        return days < 7 ? (last, days) : nil
    }

    /// The line under a weekly chart that says so, or nil for whole weeks.
    public static func shortLastNote(from: Day, to: Day) -> String? {
        shortLast(from: from, to: to).map { "The last week, from \($0.start), has \($0.days) day\($0.days == 1 ? "" : "s") only." }
    }
}
