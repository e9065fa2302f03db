import Foundation

/// How a hotel's complaints went over a period: how many, of what, where and whose; how soon the
/// guest was called back and the complaint resolved (median and worst), and the share called back
/// within the property's time. Computed from the complaints and their timelines alone.
public struct ComplaintReport: Sendable, Equatable, Encodable {
    public struct Count: Sendable, Equatable, Encodable {
        public var name: String
        public var count: Int
    }

    public struct Durations: Sendable, Equatable, Encodable {
        /// How many complaints reached the point measured.
        public var count: Int
        public var medianMinutes: Double?
        public var worstMinutes: Double?

        public init(count: Int, medianMinutes: Double? = nil, worstMinutes: Double? = nil) {
            self.count = count
            self.medianMinutes = medianMinutes
            self.worstMinutes = worstMinutes
        }
    }

    public var from: Day
    public var to: Day
    public var total: Int
    public var byCategory: [Count]
    public var bySeverity: [Count]
    public var byProperty: [Count]
    public var byDepartment: [Count]
    public var byOwner: [Count]
    public var firstFollowUp: Durations
    public var resolution: Durations
    /// Of the complaints called back, the share called back by the time the property's policy set
    /// when it was logged (0–1); nil when none was.
    public var followedUpInTime: Double?
    /// Complaints logged in each week of the period, the week starting on its first day.
    public var weekly: [Count]

    /// `complaints`: those logged in the period, each with its timeline, the departments it was
    /// routed to, and its property's follow-up policy in force when it was logged.
    public static func make(from: Day, to: Day, complaints: [(complaint: Complaint, entries: [ComplaintEntry], departments: [String],
                                                              policy: FollowUpPolicy)], calendar: Calendar) -> ComplaintReport {
        func counts(_ names: [String]) -> [Count] {
            Dictionary(grouping: names, by: { $0 }).map { Count(name: $0.key, count: $0.value.count) }
                .sorted { ($0.count, $1.name) > ($1.count, $0.name) }
        }
        var followUps: [Double] = [], resolutions: [Double] = [], inTime = 0
        for (c, entries, _, policy) in complaints {
            let start = c.created.at
            if let first = entries.first(where: { if case .followedUp = $0.kind { true } else { false } }) {
                followUps.append(first.signature.at.timeIntervalSince(start) / 60)
                if first.signature.at <= policy.due(for: c.severity, from: start) { inTime += 1 }
            }
            // Resolved by a supervisor, closed, or by the guest saying so when called back.
            if let resolved = entries.first(where: { [.resolved, .closed, .followedUp(satisfied: true)].contains($0.kind) }) {
                resolutions.append(resolved.signature.at.timeIntervalSince(start) / 60)
            }
        }
        let weeks = ReportWeeks.starts(from: from, to: to).map { week in
            let end = week.adding(days: 7)
            let n = complaints.filter { let d = Day($0.complaint.created.at, calendar: calendar); return d >= week && d < end }.count
            return Count(name: week.description, count: n)
        }
        return ComplaintReport(
            from: from, to: to, total: complaints.count,
            byCategory: counts(complaints.map { $0.complaint.category.rawValue }),
            bySeverity: counts(complaints.map { $0.complaint.severity.rawValue }),
            byProperty: counts(complaints.map { $0.complaint.property }),
            byDepartment: counts(complaints.map { $0.departments.first ?? "not routed" }),
            byOwner: counts(complaints.map { $0.complaint.owner }),
            firstFollowUp: durations(followUps), resolution: durations(resolutions),
            followedUpInTime: followUps.isEmpty ? nil : Double(inTime) / Double(followUps.count),
            weekly: weeks)
    }

    static func durations(_ minutes: [Double]) -> Durations {
        let sorted = minutes.sorted()
        guard !sorted.isEmpty else { return Durations(count: 0) }
        let middle = sorted.count / 2
        let median = sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
        return Durations(count: sorted.count, medianMinutes: median, worstMinutes: sorted.last)
    }
}

extension Desk {
    /// The complaint report for a period (supervisors: their hotel's; administrators: one hotel's
    /// or the chain's).
    public func complaintReport(from: Day, to: Day, property: String?) throws -> ComplaintReport {
        try audited("report complaints", subject: "complaints") { try Permissions.checkRole(member, .supervisor, "read the complaint report") }
        guard from <= to else { throw FrontDeskError.invalid("the report's --from \(from) is after its --to \(to)") }
        let scope = member.role == .administrator ? property : (property ?? member.homeProperty)
        if let scope, member.role != .administrator, scope != member.homeProperty {
            throw FrontDeskError.notPermitted("a supervisor reads their own hotel's report (\(member.homeProperty)), not \(scope)'s")
        }
        let rows = try store.complaints(property: scope, statuses: nil, owner: nil)
            .filter { let d = Day($0.created.at, calendar: calendar); return d >= from && d <= to }
            .map { c -> (complaint: Complaint, entries: [ComplaintEntry], departments: [String], policy: FollowUpPolicy) in
                // The follow-up times in force when it was logged: a stricter policy later does not make it late.
                let policy = try store.complaintSettings(property: c.property, at: c.created.at).policy
                return (c, try store.entries(complaintID: c.id), try store.traces(TraceQuery(complaintID: c.id)).map(\.department.code), policy)
            }
        return ComplaintReport.make(from: from, to: to, complaints: rows, calendar: calendar)
    }
}
