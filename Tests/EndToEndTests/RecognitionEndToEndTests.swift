import Foundation
import Testing

@Suite(.enabled(if: endToEndEnabled, "FRONTDESK_SKIP_E2E=1 was set"))
struct RecognitionEndToEndTests {
    /// The pad records a one-off choice and a standing preference; after check-out and a new
    /// reservation, the new arrival prepares only the standing one.
    @Test func onlyTheStandingPreferenceReachesTheNextArrival() throws {
        let hotel = try Hotel().seeded()
        let ana = try hotel.addGuest(["--given", "Ana", "--family", "Lima"])
        let stayed = try hotel.run(["stays", "add", String(ana), "--db", hotel.database, "--room", "210",
                                    "--arrival", Hotel.day(-2), "--departure", Hotel.day(), "--status", "in-house"])
        try hotel.expectOK(stayed)
        let firstStay = stayed.output.trimmingCharacters(in: .whitespacesAndNewlines)

        let desk = try hotel.console()
        try desk.openGuest("ana lima", named: "Ana Lima")
        try desk.press("p")
        try desk.type("anniversary cake in the room")
        try desk.waitFor("‹ Celebration ›")
        try desk.press("Tab", "Tab", "Tab", "Tab", "Space") // detail → category → who acts → level → scope: This stay
        try desk.waitFor("for this stay only")
        try desk.press("C-s")
        try desk.waitFor("Saved to Celebration")
        try desk.press("p")
        try desk.type("foam pillows")
        try desk.waitFor("‹ Bedding ›")
        try desk.press("C-s")
        try desk.waitFor("Saved to Bedding")
        try desk.press("F10")
        try desk.type("y")
        #expect(try desk.waitForExit("the console to quit") == 0)

        try hotel.expectOK(hotel.run(["stays", "check-out", firstStay, "--revenue", "450.00", "--db", hotel.database]))
        try hotel.expectOK(hotel.run(["stays", "add", String(ana), "--db", hotel.database, "--room", "305",
                                      "--arrival", Hotel.day(), "--departure", Hotel.day(2)]))

        let morning = try hotel.console()
        try morning.waitFor("Find guest:")
        try morning.press("F3")
        try morning.waitFor("Arrivals")
        try morning.waitFor("Ana Lima")
        let screen = try morning.waitFor("Bedding: foam pillows")
        #expect(!screen.contains("anniversary"), "the one-off stayed with the first stay")
        #expect(screen.contains("305"))

        let briefing = try hotel.run(["arrivals", "--format", "json", "--db", hotel.database])
        try hotel.expectOK(briefing)
        #expect(briefing.output.contains("\"Housekeeping · Bedding: foam pillows\""))
        #expect(!briefing.output.contains("anniversary"))
        let csv = try hotel.run(["arrivals", "--format", "csv", "--date", Hotel.day(), "--db", hotel.database])
        #expect(csv.output.hasPrefix("stay,guest id,guest,room,nights,vip,tier,review,"))
        #expect(csv.output.contains(",Ana Lima,305,2,none,regular,not reviewed,"))
    }

    /// Sensitive facts stay out of the briefing unless a coordinator asks for them, and a
    /// supervisor's "do not rent" reaches it with its reason.
    @Test func theBriefingKeepsSensitiveFactsFromTheWrongPeople() throws {
        let hotel = try Hotel().seeded()
        try hotel.expectOK(hotel.run(["staff", "add", "ana", "--name", "Ana Admin", "--role", "administrator", "--db", hotel.database], as: Hotel.osUser))
        for (login, role) in [("maria.s", "associate"), ("carla", "coordinator"), ("sue", "supervisor")] {
            try hotel.expectOK(hotel.run(["staff", "add", login, "--name", login, "--role", role, "--property", "DEMO", "--db", hotel.database], as: "ana"))
        }
        let guest = try hotel.addGuest(["--given", "Ben", "--family", "Okafor"])
        try hotel.expectOK(hotel.run(["stays", "add", String(guest), "--room", "12", "--arrival", Hotel.day(), "--departure", Hotel.day(1), "--db", hotel.database]))
        let refused = try hotel.run(["prefs", "add", String(guest), "--detail", "insulin in the fridge", "--category", "health", "--db", hotel.database])
        #expect(refused.status == 64 && refused.error.contains("--consent"))
        let insulin = try hotel.run(["prefs", "add", String(guest), "--detail", "insulin in the fridge", "--category", "health", "--consent", "--db", hotel.database])
        try hotel.expectOK(insulin)
        let insulinID = insulin.output.trimmingCharacters(in: .whitespacesAndNewlines)
        let retiredByAssociate = try hotel.run(["prefs", "retire", insulinID, "--reason", "x", "--db", hotel.database], as: "maria.s")
        #expect(retiredByAssociate.status == 77 && retiredByAssociate.error.contains("sensitive"))
        let keptForNow = try hotel.run(["prefs", "list", String(guest), "--include-sensitive", "--db", hotel.database], as: "carla")
        #expect(keptForNow.output.contains("insulin in the fridge") && !keptForNow.output.contains("retired"))

        let plain = try hotel.run(["arrivals", "--format", "json", "--db", hotel.database], as: "carla")
        #expect(!plain.output.contains("insulin") && plain.output.contains("\"sensitiveHidden\" : 1"), "not exported by default")
        let asked = try hotel.run(["arrivals", "--format", "json", "--include-sensitive", "--db", hotel.database], as: "carla")
        #expect(asked.output.contains("insulin in the fridge"))
        let associate = try hotel.run(["arrivals", "--include-sensitive", "--db", hotel.database], as: "maria.s")
        #expect(associate.status == 77)

        let notAllowed = try hotel.run(["flags", "set", String(guest), "do-not-rent", "--reason", "damaged the room", "--db", hotel.database], as: "maria.s")
        #expect(notAllowed.status == 77 && notAllowed.error.contains("needs a supervisor"))
        try hotel.expectOK(hotel.run(["flags", "set", String(guest), "do-not-rent", "--reason", "damaged the room", "--db", hotel.database], as: "sue"))
        let table = try hotel.run(["arrivals", "--db", hotel.database], as: "maria.s")
        #expect(table.output.contains("Do not rent: damaged the room"))
        #expect(table.output.contains("not reviewed"))
        try hotel.expectOK(hotel.run(["arrivals", "review", "1", "--db", hotel.database], as: "carla"))
        let reviewed = try hotel.run(["arrivals", "--db", hotel.database], as: "carla").output
        #expect(reviewed.contains("reviewed") && !reviewed.contains("not reviewed"))
    }

    /// The morning briefing, one department at a time: housekeeping sees the pillows and the allergy, not the car.
    @Test func eachDepartmentGetsItsPartOfTheBriefing() throws {
        let hotel = try Hotel().seeded()
        let guest = String(try hotel.addGuest(["--given", "Mei", "--family", "Chen"]))
        let db = ["--db", hotel.database]
        try hotel.expectOK(hotel.run(["stays", "add", guest, "--room", "901", "--arrival", Hotel.day(), "--departure", Hotel.day(2)] + db))
        for (detail, category) in [("Feather pillows", "bedding"), ("Airport car at 18:00", "transport"), ("Peanuts", "allergy")] {
            try hotel.expectOK(hotel.run(["prefs", "add", guest, "--detail", detail, "--category", category] + db))
        }
        let all = try hotel.run(["arrivals", "--format", "json"] + db)
        try hotel.expectOK(all)
        #expect(all.output.contains("Housekeeping · Bedding: Feather pillows") && all.output.contains("Concierge · Transport: Airport car"))
        #expect(all.output.contains("Food & beverage · Allergy: Peanuts"), "an alert names who acts on it")
        let housekeeping = try hotel.run(["arrivals", "--department", "housekeeping", "--format", "csv"] + db)
        try hotel.expectOK(housekeeping)
        #expect(housekeeping.output.contains("Feather pillows") && housekeeping.output.contains("Peanuts"))
        #expect(!housekeeping.output.contains("Airport car"))
        // A department with nothing to do for anyone lists nobody.
        let maintenance = try hotel.run(["arrivals", "--department", "maintenance"] + db)
        try hotel.expectOK(maintenance)
        #expect(maintenance.output.contains("No arrivals for maintenance at DEMO") && !maintenance.output.contains("Mei"))
        let unknown = try hotel.run(["arrivals", "--department", "spa"] + db)
        #expect(unknown.status == 64 && unknown.error.contains("no department 'spa' at DEMO: front-office, housekeeping, food-and-beverage"))
        // A department the hotel adds is one like any other.
        try hotel.expectOK(hotel.run(["departments", "add", "Spa & wellness"] + db))
        let spa = try hotel.run(["arrivals", "--department", "spa & wellness"] + db)
        try hotel.expectOK(spa)
        #expect(spa.output.contains("No arrivals for spa & wellness"))
    }

    /// VIP levels are the chain's own: an administrator names a new rank and it shows everywhere.
    @Test func vipLevelsAreConfiguredByAnAdministrator() throws {
        let hotel = try Hotel().seeded()
        try hotel.expectOK(hotel.run(["staff", "add", "ana", "--name", "Ana Admin", "--role", "administrator", "--db", hotel.database], as: Hotel.osUser))
        try hotel.expectOK(hotel.run(["staff", "add", "maria.s", "--name", "Maria", "--role", "associate", "--property", "DEMO", "--db", hotel.database], as: "ana"))
        let refused = try hotel.run(["vip", "set", "5", "--code", "founder", "--name", "Founder", "--db", hotel.database], as: "maria.s")
        #expect(refused.status == 77)
        try hotel.expectOK(hotel.run(["vip", "set", "5", "--code", "founder", "--name", "Founder", "--role", "alert", "--db", hotel.database], as: "ana"))
        let listed = try hotel.run(["vip", "list", "--db", hotel.database])
        #expect(listed.output.contains("5     founder     Founder     alert"))
        _ = try hotel.addGuest(["--given", "Ada", "--family", "Byron", "--vip", "founder"])
        #expect(try hotel.run(["guests", "search", "byron", "--db", hotel.database]).output.contains("Ada Byron  Founder"))
        let unknown = try hotel.run(["guests", "add", "--given", "X", "--family", "Y", "--vip", "diamond", "--db", hotel.database])
        #expect(unknown.status == 64 && unknown.error.contains("founder"))
    }
}
