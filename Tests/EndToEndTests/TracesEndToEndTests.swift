import Foundation
import Testing

/// Traces through the real binary: a supervisor routes a complaint to maintenance at one terminal,
/// maintenance marks it done at another, and the complaint's timeline says so; scripts make, list
/// and close traces.
@Suite(.enabled(if: endToEndEnabled, "FRONTDESK_SKIP_E2E=1 was set"))
struct TracesEndToEndTests {
    func staffedHotel() throws -> Hotel {
        let hotel = try Hotel().seeded()
        let db = ["--db", hotel.database]
        try hotel.expectOK(hotel.run(["staff", "add", "sam", "--name", "Sam Admin", "--role", "administrator"] + db, as: "root"))
        for (login, role) in [("maria.s", "associate"), ("sue", "supervisor"), ("max", "associate")] {
            try hotel.expectOK(hotel.run(["staff", "add", login, "--name", login, "--role", role, "--property", "DEMO"] + db, as: "sam"))
        }
        return hotel
    }

    @Test func aSupervisorRoutesAComplaintToMaintenanceWhichMarksItDoneElsewhere() throws {
        let hotel = try staffedHotel()
        let db = ["--db", hotel.database]
        let guest = String(try hotel.addGuest(["--given", "Mette", "--family", "Jørgensen"]))
        try hotel.expectOK(hotel.run(["stays", "add", guest, "--room", "412", "--arrival", Hotel.day(-1), "--departure", Hotel.day(2),
                                      "--status", "in-house"] + db))
        try hotel.expectOK(hotel.run(["complaints", "log", guest, "--category", "room", "--severity", "medium",
                                      "--summary", "TV remote does not work"] + db))

        let supervisor = try hotel.console(as: "sue")
        try supervisor.waitFor("Find guest:")
        try supervisor.press("F4")
        try supervisor.waitFor("Mette Jørgensen")
        try supervisor.press("Enter")
        try supervisor.waitFor("room 412")
        try supervisor.press("t")
        try supervisor.waitFor("Route complaint")
        try supervisor.waitFor("‹ Maintenance ›")
        try supervisor.press("C-s")
        try supervisor.waitFor("Routed to maintenance as trace #1")
        try supervisor.waitFor("Routed to Maintenance (trace #1")

        let maintenance = try hotel.console(as: "max")
        try maintenance.waitFor("Find guest:")
        try maintenance.press("F5")
        // Due in half an hour: on today's list, or on tomorrow's just before midnight.
        try maintenance.waitUntil("today's traces") { $0.contains("TV remote") || $0.contains("No traces on this day") }
        if try !maintenance.screen().contains("TV remote") { try maintenance.press("]") }
        try maintenance.waitFor("TV remote")
        try maintenance.press("d", "d", "d", "d")
        try maintenance.waitFor("· Maintenance")
        try maintenance.waitFor("412")
        try maintenance.press("x")
        try maintenance.waitFor("Mark done, signed by you")
        try maintenance.press("y")
        try maintenance.waitFor("Done: trace #1, signed by max.")

        // The supervisor's open complaint hears it within a second or so, and the owner keeps it.
        try supervisor.waitFor("max       Maintenance done (trace #1)", seconds: 2)
        try supervisor.waitFor("owner maria.s")
        var rows: [[String: Any]] = []
        for day in [Hotel.day(), Hotel.day(1)] {
            let listed = try hotel.run(["traces", "list", "--date", day, "--format", "json"] + db)
            try hotel.expectOK(listed)
            rows += try JSONSerialization.jsonObject(with: Data(listed.output.utf8)) as? [[String: Any]] ?? []
        }
        #expect(rows.count == 1 && rows.first?["status"] as? String == "done")
        #expect((rows.first?["doneBy"] as? String)?.hasPrefix("max ") == true)
        #expect(rows.first?["complaint"] as? Int == 1)
    }

    @Test func scriptsMakeListAndCloseTraces() throws {
        let hotel = try staffedHotel()
        let db = ["--db", hotel.database]
        let guest = String(try hotel.addGuest(["--given", "Ana", "--family", "Lima"]))
        try hotel.expectOK(hotel.run(["stays", "add", guest, "--room", "210", "--arrival", Hotel.day(), "--departure", Hotel.day(1),
                                      "--status", "in-house"] + db))
        // Times of tomorrow: the test reads the same at any hour.
        let made = try hotel.run(["traces", "add", guest, "--department", "housekeeping", "--text", "Crib before 6pm",
                                  "--due", "\(Hotel.day(1)) 17:00"] + db)
        try hotel.expectOK(made)
        #expect(made.output.trimmingCharacters(in: .whitespacesAndNewlines) == "1")
        try hotel.expectOK(hotel.run(["traces", "add", guest, "--department", "concierge", "--text", "=HYPERLINK(\"x\")",
                                      "--due", "\(Hotel.day(2)) 9:00"] + db))
        let tomorrow = try hotel.run(["traces", "list", "--department", "housekeeping", "--date", Hotel.day(1)] + db)
        try hotel.expectOK(tomorrow)
        #expect(tomorrow.output.contains("Crib before 6pm") && tomorrow.output.contains("210") && tomorrow.output.contains("open"))
        #expect(!tomorrow.output.contains("HYPERLINK"), "the day after's is not that day's")
        let later = try hotel.run(["traces", "list", "--date", Hotel.day(2), "--format", "csv"] + db)
        try hotel.expectOK(later)
        #expect(later.output.contains("'=HYPERLINK"), "a cell a spreadsheet would run is neutralised")
        let done = try hotel.run(["traces", "done", "1"] + db, as: "max")
        try hotel.expectOK(done)
        #expect(done.output.contains("Trace 1 done by max."))
        let again = try hotel.run(["traces", "done", "1"] + db)
        #expect(again.status != 0 && again.error.contains("already done by max"))
        let open = try hotel.run(["traces", "list", "--open", "--date", Hotel.day(1)] + db)
        #expect(open.output.contains("No traces at DEMO"))
        let past = try hotel.run(["traces", "add", guest, "--department", "concierge", "--text", "Taxi", "--due", "\(Hotel.day(-1)) 9:00"] + db)
        #expect(past.status != 0 && past.error.contains("has passed"), "a to-do is for later")
        let unknown = try hotel.run(["traces", "add", guest, "--department", "spa", "--text", "Massage"] + db)
        #expect(unknown.status == 64 && unknown.error.contains("no department 'spa' at DEMO"))
        let badTime = try hotel.run(["traces", "add", guest, "--department", "concierge", "--text", "Taxi", "--due", "soon"] + db)
        #expect(badTime.status != 0 && badTime.error.contains("'soon' is not a time"))

        // An administrator adds the hotel's spa; then it takes traces like any other department.
        let refused = try hotel.run(["departments", "add", "Spa & wellness"] + db, as: "sue")
        #expect(refused.status != 0 && refused.error.contains("only an administrator may configure departments"))
        try hotel.expectOK(hotel.run(["departments", "add", "Spa & wellness"] + db, as: "sam"))
        let departments = try hotel.run(["departments", "list"] + db)
        #expect(departments.output.contains("spa-wellness") && departments.output.contains("Spa & wellness"))
        try hotel.expectOK(hotel.run(["traces", "add", guest, "--department", "spa & wellness", "--text", "Massage at 5",
                                      "--due", "\(Hotel.day(1)) 17:00"] + db))
        let spa = try hotel.run(["traces", "list", "--department", "spa-wellness", "--date", Hotel.day(1)] + db)
        let standard = try hotel.run(["departments", "add", "Housekeeping"] + db, as: "sam")
        #expect(standard.status != 0 && standard.error.contains("one of the five every hotel has"))
        #expect(spa.output.contains("Massage at 5") && spa.output.contains("Spa & wellness"))
    }
}
