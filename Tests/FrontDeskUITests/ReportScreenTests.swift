import Foundation
import FrontDeskCore
import Testing

/// F6: supervisors read the complaint report on the console, charts included; others are told
/// whose it is.
@Suite struct ReportScreenTests {
    @Test func f6ShowsTheFourWeeksChartsAndMovesByFourWeeks() throws {
        var h = try ConsoleHarness()
        h.member = StaffMember(login: "maria.s", displayName: "Maria Silva", role: .supervisor, homeProperty: "DEMO")
        let ana = try h.addGuest("Ana", "Lima", room: "210")
        for (category, severity) in [(ComplaintCategory.noise, ComplaintSeverity.high), (.noise, .low), (.billing, .medium)] {
            _ = try h.store.logComplaint(NewComplaint(guestID: ana, category: category, severity: severity, summary: "It happened"),
                                         policy: FollowUpPolicy(), by: h.actor)
        }
        h.start()
        h.press(.function(6))
        var lines = h.lines()
        #expect(lines[0].contains("Complaint report"))
        #expect(lines[1] == " Complaints 2026-10-26 – 2026-11-22, DEMO: 3")
        let noise = try #require(lines.first { $0.hasPrefix("   noise") })
        let billing = try #require(lines.first { $0.hasPrefix("   billing") })
        #expect(noise.hasSuffix(" 2") && billing.hasSuffix(" 1"))
        #expect(noise.filter { $0 == "█" }.count == 2 * billing.filter { $0 == "█" }.count)
        #expect(lines.allSatisfy { $0.count <= 80 })
        #expect(lines[21].contains("←/→: four weeks earlier or later"))
        h.press(.left)
        lines = h.lines()
        #expect(lines[1] == " Complaints 2026-09-28 – 2026-10-25, DEMO: 0")
        h.press(.escape)
        #expect(h.lines()[0].contains("Guest search"))
    }

    @Test func anAssociateIsToldTheReportIsASupervisors() throws {
        let h = try ConsoleHarness().start()
        h.press(.function(6))
        #expect(h.lines().contains { $0.contains("only a supervisor") || $0.contains("supervisor") })
    }
}
