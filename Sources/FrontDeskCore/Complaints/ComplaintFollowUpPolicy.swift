import Foundation

/// How soon the owner must call the guest back, per severity. The hotel's rule is
/// twenty minutes whatever happened; a property may set its own minutes per severity.
public struct FollowUpPolicy: Sendable, Equatable, Codable {
    public var lowMinutes: Int
    public var mediumMinutes: Int
    public var highMinutes: Int

    public static let standard = FollowUpPolicy()

    public init(low: Int = 20, medium: Int = 20, high: Int = 20) {
        lowMinutes = low
        mediumMinutes = medium
        highMinutes = high
    }

    /// A zero or a day-long wait would make the follow-up meaningless.
    public func validated() throws -> FollowUpPolicy {
        for (severity, minutes) in [(ComplaintSeverity.low, lowMinutes), (.medium, mediumMinutes), (.high, highMinutes)]
        where !(1...1440).contains(minutes) {
            throw FrontDeskError.invalid("the \(severity.rawValue) follow-up time must be 1 to 1440 minutes, not \(minutes)")
        }
        return self
    }

    public func minutes(for severity: ComplaintSeverity) -> Int {
        switch severity {
        case .low: return lowMinutes
        case .medium: return mediumMinutes
        case .high: return highMinutes
        }
    }

    /// When the follow-up is due for a complaint of this severity heard (or reopened) at `start`.
    public func due(for severity: ComplaintSeverity, from start: Date) -> Date {
        start.addingTimeInterval(TimeInterval(minutes(for: severity) * 60))
    }

    /// Only an active complaint can be overdue: a resolved one is waiting for nobody.
    /// `now` is passed in so tests and the cron job decide what time it is.
    public static func isOverdue(_ complaint: Complaint, now: Date) -> Bool {
        overdueBy(complaint, now: now) != nil
    }

    /// How long past due the follow-up is, or nil if it is not (yet) overdue.
    public static func overdueBy(_ complaint: Complaint, now: Date) -> TimeInterval? {
        guard complaint.status.isActive, now > complaint.followUpDue else { return nil }
        return now.timeIntervalSince(complaint.followUpDue)
    }
}
