import Foundation
import Testing
@testable import FrontDeskCore

@Suite struct ComplaintFollowUpTests {
    typealias F = ComplaintFixtures

    /// Whole seconds: Date arithmetic in floating point is off in the last bits.
    func seconds(_ interval: TimeInterval?) -> Int? { interval.map { Int($0.rounded()) } }

    @Test(arguments: ComplaintSeverity.allCases)
    func theHotelRuleIsTwentyMinutesWhateverHappened(severity: ComplaintSeverity) {
        #expect(FollowUpPolicy.standard.minutes(for: severity) == 20)
        #expect(FollowUpPolicy.standard.due(for: severity, from: F.start) == F.at(minutes: 20))
    }

    @Test func aPropertySetsItsOwnMinutesPerSeverity() throws {
        let policy = try FollowUpPolicy(low: 45, medium: 20, high: 5).validated()
        #expect(policy.due(for: .low, from: F.start) == F.at(minutes: 45))
        #expect(policy.due(for: .medium, from: F.start) == F.at(minutes: 20))
        #expect(policy.due(for: .high, from: F.start) == F.at(minutes: 5))
        #expect(throws: FrontDeskError.invalid("the high follow-up time must be 1 to 1440 minutes, not 0")) {
            try FollowUpPolicy(high: 0).validated()
        }
    }

    @Test func overdueStartsAfterTheDueTimeAndCountsUp() {
        let c = F.complaint(dueMinutes: 20)
        #expect(!FollowUpPolicy.isOverdue(c, now: F.at(minutes: 19)))
        #expect(FollowUpPolicy.overdueBy(c, now: F.at(minutes: 19)) == nil)
        #expect(!FollowUpPolicy.isOverdue(c, now: F.at(minutes: 20)))
        #expect(FollowUpPolicy.isOverdue(c, now: F.at(minutes: 20.5)))
        #expect(seconds(FollowUpPolicy.overdueBy(c, now: F.at(minutes: 20.5))) == 30)
        #expect(seconds(FollowUpPolicy.overdueBy(c, now: F.at(minutes: 95))) == 75 * 60)
    }

    @Test(arguments: ComplaintStatus.allCases)
    func onlyComplaintsStillBeingWorkedAreOverdue(status: ComplaintStatus) {
        let c = F.complaint(status: status, dueMinutes: 20)
        #expect(FollowUpPolicy.isOverdue(c, now: F.at(minutes: 60)) == (status == .open || status == .escalated))
    }

    @Test func aFollowUpThatFailsRestartsTheClock() throws {
        let c = F.complaint(dueMinutes: 20)
        let after = try ComplaintLifecycle.apply(F.entry(.followedUp(satisfied: false), minutes: 25), to: c)
        #expect(!FollowUpPolicy.isOverdue(after, now: F.at(minutes: 30)))
        #expect(seconds(FollowUpPolicy.overdueBy(after, now: F.at(minutes: 50))) == 5 * 60)
    }
}
