import Foundation
import FrontDeskCore
import FrontDeskStores
import Testing

/// The complaint report's numbers on a hand-built hotel whose clock the test moves, and its
/// charts as the lines a terminal shows.
@Suite struct ComplaintReportTests {
    final class Clock: @unchecked Sendable { var now: Date; init(_ now: Date) { self.now = now } }
    struct NoPINs: PinHashing {
        func hash(_ pin: String) throws -> String { "plain$" + pin }
        func hash(_ pin: String, setting: String?) -> String? { setting.map { $0 + "$" + pin } }
    }

    @Test func countsTimesAndTheShareCalledBackInTime() throws {
        var utc = Calendar(identifier: .gregorian)
        utc.timeZone = TimeZone(identifier: "UTC")!
        let start = ISO8601DateFormatter().date(from: "2026-11-02T09:00:00Z")!
        let clock = Clock(start)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("frontdesk-report-\(UUID().uuidString).sqlite").path
        let store = try Stores.open(.file(path), StoreOpeningOptions(create: true, now: { clock.now }))
        let sue = StaffMember(login: "sue", displayName: "Sue", role: .supervisor, homeProperty: "LIS")
        try store.addStaff(sue, by: Actor(login: "root", property: "LIS"))
        let desk = Desk(store: store, member: sue, actor: Actor(login: "sue", property: "LIS"), pins: NoPINs(), calendar: utc,
                        clock: { clock.now })
        try store.setComplaintSettings(ComplaintSettings(policy: FollowUpPolicy(low: 240, medium: 120, high: 30)), property: "LIS",
                                       by: Actor(login: "root", property: "LIS"))
        let guest = try desk.addGuest(NewGuest(givenName: "Ana", familyName: "Lima"))
        func at(minutes: Double) { clock.now = start.addingTimeInterval(minutes * 60) }

        let party = try desk.logComplaint(NewComplaint(guestID: guest, category: .noise, severity: .high, summary: "Party"))
        at(minutes: 20); _ = try desk.addEntry(.followedUp(satisfied: true), to: [party.id], text: "called")
        at(minutes: 1440)
        let dust = try desk.logComplaint(NewComplaint(guestID: guest, category: .housekeeping, severity: .low, summary: "Dust"))
        at(minutes: 1440 + 300); _ = try desk.addEntry(.followedUp(satisfied: false), to: [dust.id], text: "late call")
        at(minutes: 8 * 1440)
        _ = try desk.logComplaint(NewComplaint(guestID: guest, category: .noise, severity: .medium, summary: "Lift"))

        let report = try desk.complaintReport(from: Day("2026-11-02")!, to: Day("2026-11-15")!, property: nil)
        #expect(report.total == 3)
        #expect(report.byCategory.map { "\($0.name) \($0.count)" } == ["noise 2", "housekeeping 1"])
        #expect(report.firstFollowUp == .init(count: 2, medianMinutes: 160, worstMinutes: 300))
        #expect(report.resolution == .init(count: 1, medianMinutes: 20, worstMinutes: 20), "the guest satisfied resolves it")
        #expect(report.followedUpInTime == 0.5, "the party called back in 20 of its 30 minutes, the dust in 300 of 240")
        #expect(report.weekly.map { "\($0.name) \($0.count)" } == ["2026-11-02 2", "2026-11-09 1"])

        // A stricter policy from now on judges complaints logged from now on.
        try store.setComplaintSettings(ComplaintSettings(policy: FollowUpPolicy(low: 240, medium: 120, high: 10)), property: "LIS",
                                       by: Actor(login: "root", property: "LIS"))
        let later = try desk.complaintReport(from: Day("2026-11-02")!, to: Day("2026-11-15")!, property: nil)
        #expect(later.followedUpInTime == 0.5, "the party was logged when 30 minutes was the time")

    }
}
