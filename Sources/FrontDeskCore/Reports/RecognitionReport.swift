import Foundation

/// What a hotel knows about its guests and how it learns, as a guest recognition team tracks it:
/// guests with a standing preference, preferences recorded and confirmed week by week, arrivals
/// reviewed before the guest came, and the one question asked and answered.
public struct RecognitionReport: Sendable, Equatable, Encodable {
    public struct Week: Sendable, Equatable, Encodable {
        public var start: Day
        public var recorded: Int
        public var confirmed: Int
    }

    public var from: Day
    public var to: Day
    public var property: String
    /// Guests with at least one standing preference in force that this hotel sees.
    public var guestsWithStandingPreference: Int
    public var weeks: [Week]
    public var arrivals: Int
    public var reviewedBeforeArrival: Int
    public var questionsAsked: Int
    /// Asked questions a preference of the same kind was recorded for, then or later.
    public var questionsAnswered: Int
}

/// The raw facts a store gives for the recognition report: times, the report counts them.
public struct RecognitionActivity: Sendable {
    public var guestsWithStandingPreference: Int
    public var recorded: [Date]
    public var confirmed: [Date]
    /// Each arrival in the period, and when it was first reviewed (nil: never).
    public var arrivals: [(arrival: Day, reviewed: Date?)]
    public var questions: [(at: Date, answered: Bool)]

    public init(guestsWithStandingPreference: Int, recorded: [Date], confirmed: [Date],
                arrivals: [(arrival: Day, reviewed: Date?)], questions: [(at: Date, answered: Bool)]) {
        self.guestsWithStandingPreference = guestsWithStandingPreference
        self.recorded = recorded
        self.confirmed = confirmed
        self.arrivals = arrivals
        self.questions = questions
    }
}

extension Desk {
    /// The recognition report of this hotel for a period (coordinators and above).
    public func recognitionReport(from: Day, to: Day) throws -> RecognitionReport {
        try audited("report recognition", subject: "recognition") {
            try Permissions.checkRole(member, .coordinator, "read the recognition report")
        }
        guard from <= to else { throw FrontDeskError.invalid("the report's --from \(from) is after its --to \(to)") }
        func midnight(_ day: Day) -> Date { calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day))! }
        let start = midnight(from), end = midnight(to.adding(days: 1))
        let facts = try store.recognitionActivity(property: property, from: from, to: to, since: start, until: end)
        let weeks = ReportWeeks.starts(from: from, to: to).map { week in
            let next = week.adding(days: 7)
            func inWeek(_ date: Date) -> Bool { let d = Day(date, calendar: calendar); return d >= week && d < next }
            return RecognitionReport.Week(start: week, recorded: facts.recorded.filter(inWeek).count,
                                          confirmed: facts.confirmed.filter(inWeek).count)
        }
        let reviewed = facts.arrivals.filter { a in a.reviewed.map { Day($0, calendar: calendar) <= a.arrival } ?? false }.count
        return RecognitionReport(from: from, to: to, property: property, guestsWithStandingPreference: facts.guestsWithStandingPreference,
                                 weeks: weeks, arrivals: facts.arrivals.count, reviewedBeforeArrival: reviewed,
                                 questionsAsked: facts.questions.count, questionsAnswered: facts.questions.filter(\.answered).count)
    }
}
