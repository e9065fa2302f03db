import Foundation
import Testing
@testable import FrontDeskCore

@Suite struct ComplaintQueueOrderTests {
    typealias F = ComplaintFixtures

    func ids(_ items: [ComplaintQueueOrder.Item], now: Date) -> [Int64] {
        ComplaintQueueOrder.sorted(items, now: now).map(\.complaint.id)
    }

    @Test func overdueFollowUpsComeFirstMostOverdueFirst() {
        let now = F.at(minutes: 60)
        let items: [ComplaintQueueOrder.Item] = [
            (F.complaint(id: 1, severity: .high, dueMinutes: 90), .ambassador, .regular),  // not due yet, however grave
            (F.complaint(id: 2, severity: .low, dueMinutes: 50), .none, .regular),          // 10 minutes late
            (F.complaint(id: 3, severity: .low, dueMinutes: 20), .none, .regular),          // 40 minutes late
        ]
        #expect(ids(items, now: now) == [3, 2, 1])
    }

    @Test func thenSeverityThenGuestValueThenAge() {
        let now = F.at(minutes: 10)
        let items: [ComplaintQueueOrder.Item] = [
            (F.complaint(id: 1, severity: .low, createdMinutes: 0, dueMinutes: 30), .ambassador, .regular),
            (F.complaint(id: 2, severity: .high, createdMinutes: 5, dueMinutes: 30), .none, .regular),
            (F.complaint(id: 3, severity: .medium, createdMinutes: 4, dueMinutes: 30), .silver, .regular),
            (F.complaint(id: 4, severity: .medium, createdMinutes: 2, dueMinutes: 30), .gold, .regular),
            (F.complaint(id: 5, severity: .medium, createdMinutes: 1, dueMinutes: 30), .silver, .regular),
        ]
        #expect(ids(items, now: now) == [2, 4, 5, 3, 1])
    }

    @Test func equallyOverdueItemsFallBackToSeverity() {
        let now = F.at(minutes: 60)
        let items: [ComplaintQueueOrder.Item] = [
            (F.complaint(id: 1, severity: .low, dueMinutes: 20), .platinum, .regular),
            (F.complaint(id: 2, severity: .high, dueMinutes: 20), .none, .regular),
        ]
        #expect(ids(items, now: now) == [2, 1])
    }

    @Test func finishedComplaintsAreNeverOverdue() {
        let now = F.at(minutes: 60)
        let items: [ComplaintQueueOrder.Item] = [
            (F.complaint(id: 1, status: .resolved, severity: .low, dueMinutes: 0), .none, .regular),
            (F.complaint(id: 2, status: .open, severity: .low, dueMinutes: 50), .none, .regular),
            (F.complaint(id: 3, status: .closed, severity: .high, dueMinutes: 0), .none, .regular),
        ]
        #expect(ids(items, now: now) == [2, 3, 1])
    }

    @Test func theOrderMovesAsTheClockRuns() {
        let items: [ComplaintQueueOrder.Item] = [
            (F.complaint(id: 1, severity: .high, dueMinutes: 30), .none, .regular),
            (F.complaint(id: 2, severity: .low, dueMinutes: 20), .none, .regular),
        ]
        #expect(ids(items, now: F.at(minutes: 15)) == [1, 2])
        #expect(ids(items, now: F.at(minutes: 25)) == [2, 1])
        #expect(ids(items, now: F.at(minutes: 45)) == [2, 1])
    }

    @Test func amongEqualVIPsTheMoreValuableGuestComesFirst() {
        let now = F.at(minutes: 10)
        let items: [ComplaintQueueOrder.Item] = [
            (F.complaint(id: 1, severity: .medium, createdMinutes: 0, dueMinutes: 30), .gold, .belowZero),
            (F.complaint(id: 2, severity: .medium, createdMinutes: 5, dueMinutes: 30), .gold, .mostValuable),
            (F.complaint(id: 3, severity: .medium, createdMinutes: 4, dueMinutes: 30), .gold, .regular),
            (F.complaint(id: 4, severity: .medium, createdMinutes: 3, dueMinutes: 30), .platinum, .belowZero),
        ]
        #expect(ids(items, now: now) == [4, 2, 3, 1])
    }

    @Test func tiesKeepAStableOrderById() {
        let items: [ComplaintQueueOrder.Item] = [(F.complaint(id: 9), .none, .regular), (F.complaint(id: 4), .none, .regular)]
        #expect(ids(items, now: F.start) == [4, 9])
    }
}
