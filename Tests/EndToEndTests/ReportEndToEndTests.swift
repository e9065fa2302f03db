import Foundation
import Testing

/// Supervisors see their complaint trends at a glance, on a terminal of 80 columns.
@Suite(.enabled(if: endToEndEnabled, "FRONTDESK_SKIP_E2E=1 was set"))
struct ReportEndToEndTests {
    @Test func theComplaintReportDrawsChartsWithin80ColumnsAndGivesTheNumbers() throws {
        let hotel = try Hotel().seeded()
        let db = ["--db", hotel.database]
        try hotel.expectOK(hotel.run(["staff", "add", "ana", "--name", "Ana", "--role", "administrator"] + db, as: Hotel.osUser))
        try hotel.expectOK(hotel.run(["staff", "add", "sue", "--name", "Sue", "--role", "supervisor"] + db, as: "ana"))
        try hotel.expectOK(hotel.run(["staff", "add", "dee", "--name", "Dee", "--role", "associate"] + db, as: "ana"))
        let guest = String(try hotel.addGuest(["--given", "Ana", "--family", "Lima"], as: "dee"))
        for (category, severity) in [("noise", "high"), ("noise", "low"), ("billing", "medium")] {
            try hotel.expectOK(hotel.run(["complaints", "log", guest, "--category", category, "--severity", severity,
                                          "--summary", "It happened"] + db, as: "dee"))
        }
        #expect(try hotel.run(["report", "complaints"] + db, as: "dee").status == 77, "a supervisor's report")
        let table = try hotel.run(["report", "complaints"] + db, as: "sue")
        #expect(table.status == 0, "\(table.error)")
        #expect(table.output.contains("Complaints \(Hotel.day(-27)) – \(Hotel.day()), DEMO: 3"))
        #expect(table.output.contains("First call-back: none yet"))
        #expect(table.output.split(separator: "\n").allSatisfy { $0.count <= 80 })
        let noise = try #require(table.output.split(separator: "\n").first { $0.hasPrefix("  noise") })
        let billing = try #require(table.output.split(separator: "\n").first { $0.hasPrefix("  billing") })
        #expect(noise.filter { $0 == "█" }.count == 2 * billing.filter { $0 == "█" }.count, "noise's bar is twice billing's")
        let csv = try hotel.run(["report", "complaints", "--format", "csv"] + db, as: "sue").output
        #expect(csv.contains("category,noise,2\r\n") && csv.contains("severity,high,1\r\n") && csv.contains("complaints,,3\r\n"))
        #expect(!table.output.contains("The last week"), "four whole weeks by default")
        // Ten days: a week and three days, the three drawn as they are and said to be short.
        let short = try hotel.run(["report", "complaints", "--from", Hotel.day(-9), "--to", Hotel.day()] + db, as: "sue").output
        #expect(short.contains("The last week, from \(Hotel.day(-2)), has 3 days only."), "\(short)")
    }
}
