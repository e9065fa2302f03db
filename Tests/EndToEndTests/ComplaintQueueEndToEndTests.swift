import Foundation
import Testing

/// Two terminals: an associate logs a complaint, a supervisor's queue shows it and resolves it.
@Suite(.enabled(if: endToEndEnabled, "FRONTDESK_SKIP_E2E=1 was set"))
struct ComplaintQueueEndToEndTests {
    @Test func anAssociatesComplaintReachesTheSupervisorsQueue() throws {
        let hotel = try Hotel().seeded()
        try hotel.expectOK(hotel.run(["staff", "add", "sam", "--name", "Sam Supervisor", "--role", "administrator", "--db", hotel.database], as: "root"))
        try hotel.expectOK(hotel.run(["staff", "add", "maria.s", "--name", "Maria Silva", "--role", "associate", "--property", "DEMO", "--db", hotel.database], as: "sam"))
        try hotel.expectOK(hotel.run(["staff", "add", "sue", "--name", "Sue Sup", "--role", "supervisor", "--property", "DEMO", "--db", hotel.database], as: "sam"))
        _ = try hotel.addGuest(["--given", "Mette", "--family", "Jørgensen"], as: "maria.s")

        let supervisor = try hotel.console(as: "sue")
        try supervisor.waitFor("Find guest:")
        try supervisor.press("F4")
        try supervisor.waitFor("Nothing here.")

        let associate = try hotel.console(as: "maria.s")
        try associate.openGuest("mette", named: "Mette Jørgensen")
        try associate.press("c")
        try associate.waitFor("What happened?")
        try associate.type("Party next door until 2am")
        try associate.press("C-s")
        try associate.waitFor("Complaint logged; you own it.")

        try supervisor.waitFor("Party next door", seconds: 1.5)
        try supervisor.waitFor("maria.s")
        try supervisor.press("Enter")
        try supervisor.waitFor("Timeline")
        try supervisor.press("r")
        try supervisor.waitFor("How was it resolved?")
        try supervisor.type("moved to a quiet room, guest thanked us")
        try supervisor.press("Enter")
        try supervisor.waitFor("· Resolved ·")

        let listed = try hotel.run(["complaints", "list", "--format", "json", "--db", hotel.database], as: "sue")
        try hotel.expectOK(listed)
        let rows = try JSONSerialization.jsonObject(with: Data(listed.output.utf8)) as? [[String: Any]]
        #expect(rows?.count == 1)
        #expect(rows?.first?["status"] as? String == "resolved")
        #expect(rows?.first?["owner"] as? String == "maria.s")
        // The associate's profile shows it live as history now, not as open.
        try associate.waitFor("1 earlier complaint", seconds: 1.5)
    }
}
